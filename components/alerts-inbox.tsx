import type { Alert } from '@/lib/alerts/alerts';
import type { InboxGroup } from '@/lib/alerts/record-alerts';
import { HighlightText } from './highlight-text';
import { t } from './i18n';

export interface AlertsInboxProps {
  /** lib/alerts inboxGroups: by topic, groups with unread first, unread first within. */
  groups: InboxGroup[] | null;
  onOpen: (alert: Alert) => void;
  onMarkRead: (ids: string[]) => void;
  onMarkAllRead: (topicId: number | null) => void;
  onMute: (topicId: number, muted: boolean) => void;
}

/** The snippet with its first match marked (page text: rendered as text nodes only). */
export function AlertSnippet({ alert }: { alert: Alert }) {
  const { text, highlight } = alert.snippet;
  return (
    <span data-testid="alert-snippet" class="alert-snippet">
      <HighlightText text={text} ranges={[{ start: highlight.start, end: highlight.end, className: 'watched' }]} />
    </span>
  );
}

/** What an alert row shows in the inbox and the digest: topic, paper, date, headline, snippet. */
export function AlertRowBody({ alert: a }: { alert: Alert }) {
  return (
    <>
      <div class="row-meta">
        <span data-testid="alert-topic">{a.topicName}</span>
        <span>{a.paperName ?? ''}</span>
        <span>{a.date ?? ''}</span>
      </div>
      <span data-testid="alert-title" class="row-title">
        {a.title}
      </span>
      <AlertSnippet alert={a} />
    </>
  );
}

export function AlertsInbox({ groups, onOpen, onMarkRead, onMarkAllRead, onMute }: AlertsInboxProps) {
  if (groups == null) return <p class="loading">{t('readerLoading')}</p>;
  if (groups.length === 0) return <p class="hint" data-testid="alerts-empty">{t('alertsEmpty')}</p>;
  const anyUnread = groups.some((g) => g.unread > 0);
  return (
    <section class="alerts-inbox" data-testid="alerts-inbox">
      {anyUnread && (
        <button type="button" data-testid="alerts-read-all" onClick={() => onMarkAllRead(null)}>
          {t('alertsReadAll')}
        </button>
      )}
      {groups.map((g) => (
        <div key={String(g.topicId)} class={g.muted ? 'alert-group muted' : 'alert-group'} data-testid="alert-group">
          <h3 class="alert-group-head">
            <span>{g.topicName}</span>
            {g.unread > 0 && <span class="tab-count">{g.unread}</span>}
            {g.muted && <span class="hint">{t('topicMutedLabel')}</span>}
            <span class="group-actions">
              {g.unread > 0 && (
                <button type="button" class="link" onClick={() => onMarkAllRead(Number(g.topicId))}>
                  {t('alertsGroupRead')}
                </button>
              )}
              <button type="button" class="link" data-testid="topic-mute" onClick={() => onMute(Number(g.topicId), !g.muted)}>
                {g.muted ? t('topicUnmute') : t('topicMute')}
              </button>
            </span>
          </h3>
          <ul class="article-list">
            {g.alerts.map((a) => (
              <li key={a.id} data-testid="alert-row" data-read={a.read} class={a.read ? 'row read' : 'row'} onClick={() => onOpen(a)}>
                <AlertRowBody alert={a} />
                {!a.read && (
                  <button
                    type="button"
                    class="link"
                    data-testid="alert-mark-read"
                    onClick={(e) => {
                      e.stopPropagation();
                      onMarkRead([a.id]);
                    }}
                  >
                    {t('alertMarkRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
