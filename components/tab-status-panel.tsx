import type { SiteMode, TabStatus } from '@/lib/protocol';
import { t } from './i18n';

/** What the popup knows about the current tab. */
export interface TabView {
  tabId: number | null;
  url: string | null;
  /** http(s) origin, null for browser pages. */
  origin: string | null;
  /** The content script may run here (origin granted). */
  enabled: boolean;
  status: TabStatus | null;
  mode: SiteMode;
}

export interface TabStatusPanelProps {
  tab: TabView;
  busy: boolean;
  notice: string | null;
  onSave: () => void;
  onEnableSite: () => void;
  onSetMode: (mode: SiteMode) => void;
}

const KIND_TEXT = { article: 'statusArticle', layout: 'statusLayout', 'page-text': 'statusPageText', none: 'statusNone' } as const;

export function statusLines(tab: TabView): string[] {
  if (!tab.origin) return [t('statusNotWeb')];
  const s = tab.status;
  if (!s) return tab.enabled ? [t('statusNotCandidate')] : [t('statusNotChecked'), t('statusNotEnabled')];
  if (tab.mode === 'off' && s.kind === 'none' && s.savedCount === 0) return [t('statusOff')];
  const lines: string[] = [t(KIND_TEXT[s.kind])];
  // A write that failed says so itself; statusFailed is for pages kept as raw text.
  if (s.error) lines.push(s.unsaved ? s.error : t('statusFailed', s.error));
  else if (s.savedCount > 0) lines.push(t('statusSaved', String(s.savedCount)));
  else if (s.layoutSaved) lines.push(t('statusLayoutSaved'));
  else if (s.awaitingSave) lines.push(t('statusAwaiting'));
  if (s.reasons.length) lines.push(t('statusReasons', s.reasons.slice(0, 4).join('；')));
  return lines;
}

export function TabStatusPanel({ tab, busy, notice, onSave, onEnableSite, onSetMode }: TabStatusPanelProps) {
  const web = tab.origin != null && tab.tabId != null;
  return (
    <section data-testid="tab-status" class="tab-status" data-kind={tab.status?.kind ?? 'unknown'}>
      {statusLines(tab).map((line, i) => (
        <p key={i} class={i === 0 ? 'status-head' : 'status-line'}>{line}</p>
      ))}
      {notice && <p class="notice" role="status">{notice}</p>}
      {web && (
        <div class="actions">
          <button type="button" data-testid="save-page-button" disabled={busy} onClick={onSave}>
            {busy ? t('saving') : t('savePage')}
          </button>
          {!tab.enabled && (
            <button type="button" data-testid="enable-site-button" disabled={busy} onClick={onEnableSite}>
              {t('enableSite')}
            </button>
          )}
        </div>
      )}
      {web && tab.enabled && (
        <label class="mode">
          {t('siteMode')}{' '}
          <select value={tab.mode} onChange={(e) => onSetMode((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
            <option value="auto">{t('modeAuto')}</option>
            <option value="ask">{t('modeAsk')}</option>
            <option value="off">{t('modeOff')}</option>
          </select>
        </label>
      )}
    </section>
  );
}
