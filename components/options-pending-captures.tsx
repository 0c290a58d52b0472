import { useState } from 'preact/hooks';
import type { PendingCapture } from '@/lib/store/inbox-view';
import { formatTime } from './follow-list';
import { t } from './i18n';

export interface PendingCapturesProps {
  /** null while loading. The section shows only when something waits, or a notice is to be read. */
  pending: PendingCapture[] | null;
  /** The database was written by a newer Qubao (a rolled-back update): why nothing is being saved. */
  newerDatabase: string | null;
  /** The outcome of the last 重试, shown in a live region. */
  notice: string | null;
  busyId: string | null;
  onRetry: (id: string) => void;
  onDownload: (id: string) => void;
  onDiscard: (id: string) => void;
}

function stateText(p: PendingCapture): string {
  if (p.stored) return t('durabilityPendingStored');
  if (p.state === 'stopped') return t('durabilityPendingStopped', String(p.attempts));
  if (p.state === 'waiting') return t('durabilityPendingWaiting', formatTime(p.retryAt));
  return t('durabilityPendingWorking');
}

/**
 * 等待保存的页面: captures the inbox could not store yet. Titles and URLs come from pages, so
 * they are shown as text only; the page itself is offered as a download, never displayed.
 */
export function PendingCapturesSection({ pending, newerDatabase, notice, busyId, onRetry, onDownload, onDiscard }: PendingCapturesProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!newerDatabase && !notice && !pending?.length) return null;
  return (
    <section aria-labelledby="pending-heading" data-testid="pending-captures">
      <h2 id="pending-heading">{t('durabilityPendingHeading')}</h2>
      {newerDatabase && (
        <p class="form-error" role="alert" data-testid="newer-database">
          {newerDatabase}
        </p>
      )}
      {!!pending?.length && <p class="hint">{t('durabilityPendingHint')}</p>}
      <ul class="pending-captures">
        {pending?.map((p) => (
          <li key={p.id} data-testid="pending-capture" data-state={p.state}>
            <strong>{p.title || p.url}</strong>
            <div class="hint">
              {t('durabilityPendingReceived', formatTime(p.receivedAt))} · {stateText(p)}
            </div>
            {p.error && <div class="hint">{t('durabilityPendingError', p.error)}</div>}
            <div class="actions">
              <button type="button" disabled={busyId === p.id} onClick={() => onRetry(p.id)}>
                {t('durabilityPendingRetry')}
              </button>
              {p.htmlChars > 0 && (
                <button type="button" onClick={() => onDownload(p.id)}>
                  {t('durabilityPendingDownload')}
                </button>
              )}
              {!p.stored &&
                (confirming === p.id ? (
                  <>
                    <button type="button" class="danger" onClick={() => (setConfirming(null), onDiscard(p.id))}>
                      {t('durabilityPendingDiscardConfirm')}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t('durabilityPendingCancel')}
                    </button>
                  </>
                ) : (
                  <button type="button" disabled={busyId === p.id} onClick={() => setConfirming(p.id)}>
                    {t('durabilityPendingDiscard')}
                  </button>
                ))}
            </div>
          </li>
        ))}
      </ul>
      <div role="status" aria-live="polite" data-testid="pending-notice">
        {notice}
      </div>
    </section>
  );
}
