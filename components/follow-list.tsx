import type { FollowRecord } from '@/lib/store/alert-types';
import { t } from './i18n';

export interface FollowListProps {
  follows: FollowRecord[] | null;
  /** Options page: also the origin and the error time. */
  detailed?: boolean;
  now: number;
  onUnfollow: (paperId: number) => void;
}

/** "3月18日 14:05" in the user's zone; "—" for never. */
export function formatTime(at: number | null | undefined): string {
  if (!at) return '—';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getMonth() + 1}/${d.getDate()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function nextCheckText(f: FollowRecord, now: number): string {
  if (f.state.check) return t('followChecking');
  return f.state.nextCheckAt <= now ? t('followDueSoon') : formatTime(f.state.nextCheckAt);
}

/** Followed papers with their last and next check, articles found and last error in plain words. */
export function FollowList({ follows, detailed, now, onUnfollow }: FollowListProps) {
  if (follows == null) return <p class="loading">{t('readerLoading')}</p>;
  if (follows.length === 0) return <p class="hint" data-testid="follow-empty">{t('followEmpty')}</p>;
  return (
    <ul class="follow-list">
      {follows.map((f) => (
        <li key={f.paperId} data-testid="followed-row" class="follow-row">
          <div class="follow-head">
            <strong data-testid="followed-name">{f.name}</strong>
            <button type="button" class="link" data-testid="unfollow-button" onClick={() => onUnfollow(f.paperId)}>
              {t('unfollow')}
            </button>
          </div>
          <dl class="follow-facts">
            <dt>{t('followLastCheck')}</dt>
            <dd data-testid="followed-last-check">{formatTime(f.state.lastCheckAt)}</dd>
            <dt>{t('followNextCheck')}</dt>
            <dd data-testid="followed-next-check">{nextCheckText(f, now)}</dd>
            <dt>{t('followArticlesFound')}</dt>
            <dd data-testid="followed-found">{f.state.articlesFound}</dd>
            {f.state.lastSeenDate && (
              <>
                <dt>{t('followLatestIssue')}</dt>
                <dd>{f.state.lastSeenDate}</dd>
              </>
            )}
            {detailed && (
              <>
                <dt>{t('followSite')}</dt>
                <dd>
                  <code>{f.origin}</code>
                </dd>
              </>
            )}
          </dl>
          {f.state.lastError && (
            <p class="follow-error" data-testid="followed-error">
              {f.state.lastError.zh}
              {detailed && f.state.lastErrorAt ? `（${formatTime(f.state.lastErrorAt)}）` : ''}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
