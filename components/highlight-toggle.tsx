import { t } from './i18n';

export interface HighlightToggleProps {
  /** null while the setting is being read. */
  on: boolean | null;
  onChange: (on: boolean) => void;
  testId?: string;
  label?: string;
}

/** "高亮关注词" switch: the popup's (newspaper page) and the reader's. */
export function HighlightToggle({ on, onChange, testId = 'highlight-toggle', label = t('highlightPage') }: HighlightToggleProps) {
  return (
    <label class="highlight-toggle">
      <input type="checkbox" data-testid={testId} checked={on === true} disabled={on === null} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />{' '}
      {label}
    </label>
  );
}
