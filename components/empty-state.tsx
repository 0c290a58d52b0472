import { t } from './i18n';

export interface EmptyStateProps {
  /** Absent when the known sites are already enabled. */
  onEnableKnown?: () => void;
}

export function EmptyState({ onEnableKnown }: EmptyStateProps) {
  return (
    <div data-testid="empty-state" class="empty-state">
      <p>{t('emptyState')}</p>
      <p class="hint">{t('emptyStateHint')}</p>
      {onEnableKnown && (
        <button type="button" data-testid="enable-known-button" onClick={onEnableKnown}>
          {t('enableKnown')}
        </button>
      )}
    </div>
  );
}
