import type { Alert } from '@/lib/alerts/alerts';
import { AlertRowBody } from './alerts-inbox';
import { t } from './i18n';

export interface AlertsDigestProps {
  /** Local date shown (YYYY-MM-DD). */
  date: string;
  alerts: Alert[] | null;
  /** The day shown is today: there is no next day yet. */
  latest?: boolean;
  onDay: (delta: number) => void;
  onOpen: (alert: Alert) => void;
}

/** Alerts of one day by topic, in the order they arrived within each. */
export function groupByTopic(alerts: readonly Alert[]): [string, Alert[]][] {
  const m = new Map<string, Alert[]>();
  for (const a of [...alerts].sort((x, y) => x.createdAt - y.createdAt)) {
    const list = m.get(a.topicName) ?? [];
    list.push(a);
    m.set(a.topicName, list);
  }
  return [...m].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'zh'));
}

/** The daily digest page: the day's matches, by topic. */
export function AlertsDigest({ date, alerts, latest, onDay, onOpen }: AlertsDigestProps) {
  return (
    <main class="options digest">
      <h1>{t('digestHeading', date)}</h1>
      <div class="actions">
        <button type="button" data-testid="digest-prev" onClick={() => onDay(-1)}>
          {t('digestPrev')}
        </button>
        <button type="button" data-testid="digest-next" disabled={latest} onClick={() => onDay(1)}>
          {t('digestNext')}
        </button>
      </div>
      {alerts == null ? (
        <p class="loading">{t('readerLoading')}</p>
      ) : alerts.length === 0 ? (
        <p class="hint" data-testid="digest-empty">{t('digestEmpty')}</p>
      ) : (
        groupByTopic(alerts).map(([topic, list]) => (
          <section key={topic} data-testid="digest-topic">
            <h2>{t('digestTopic', topic, String(list.length))}</h2>
            <ul class="article-list">
              {list.map((a) => (
                <li key={a.id} data-testid="alert-row" class="row" onClick={() => onOpen(a)}>
                  <AlertRowBody alert={a} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </main>
  );
}
