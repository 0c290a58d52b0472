// Topic matching on every saved article, whichever path saved it (a page the user read, a
// "保存整期" job, a follow check): like the search indexer, Dexie hooks on the articles table note
// new and re-worded articles, and once their write has committed a serial queue matches them
// against all topics in one automaton pass (lib/alerts, cached until the topics change) and
// stores the alerts. Never inside the saving transaction: segmentation may await jieba's WASM.
// Alert ids are derived from (topic, article), so an article saved twice, or by two paths,
// still has one alert; only alerts that did not exist before are reported as new.
import type { Alert, AlertArticle } from '@/lib/alerts/alerts';
import { topicMatcherCache } from '@/lib/alerts/matcher';
import { recordAlerts } from '@/lib/alerts/record-alerts';
import type { WordSegmenter } from '@/lib/alerts/word-boundaries';
import type { ArticleRecord, QubaoDb } from '@/lib/store';
import { DexieAlertStore, listTopics } from '@/lib/store/topics';
import { textChanged } from './indexing';

export interface AlertMatchDeps {
  /** jieba for whole-word checks (null: letters and digits only, see lib/alerts word-boundaries). */
  segmenter(): Promise<WordSegmenter | null>;
  now(): number;
  /** New alerts of one batch (notify, badge). */
  onCreated(alerts: Alert[]): Promise<void> | void;
  onError?(e: unknown): void;
}

export interface AlertMatchQueue {
  enqueue(ids: string[]): void;
  /** Resolves when everything queued so far is matched. */
  idle(): Promise<void>;
  /** Matches now, in the queue's turn; returns the new alerts. */
  run(ids: string[]): Promise<Alert[]>;
}

const BATCH = 50;

/** The article as lib/alerts matches it; null for pages kept as raw text (no structure to trust). */
export function alertArticle(a: ArticleRecord): AlertArticle | null {
  if (a.parseStatus !== 'ok') return null;
  return { id: a.id, url: a.url, title: a.title, introTitle: a.introTitle, subtitle: a.subtitle, body: a.paragraphs.join('\n'), paperName: a.paperName, date: a.date };
}

export function createAlertMatchQueue(db: QubaoDb, deps: AlertMatchDeps): AlertMatchQueue {
  const matcherFor = topicMatcherCache();
  const store = new DexieAlertStore(db);
  const pending = new Set<string>();
  let chain: Promise<unknown> = Promise.resolve();
  let scheduled = false;
  const onError = deps.onError ?? (() => undefined);

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(onError);
    return next;
  };

  async function match(ids: string[]): Promise<Alert[]> {
    const topics = await listTopics(db);
    const matcher = matcherFor(topics);
    if (matcher.topicCount === 0) return [];
    const rows = await db.articles.bulkGet(ids);
    const articles = rows.map((r) => (r ? alertArticle(r) : null)).filter((a): a is AlertArticle => a != null);
    if (!articles.length) return [];
    const segmenter = await deps.segmenter().catch(() => null);
    const created: Alert[] = [];
    for (const a of articles) created.push(...(await recordAlerts(a, matcher, topics, store, deps.now(), segmenter)));
    return created;
  }

  async function drain(): Promise<void> {
    scheduled = false;
    const created: Alert[] = [];
    while (pending.size) {
      const batch = [...pending].slice(0, BATCH);
      for (const id of batch) pending.delete(id);
      created.push(...(await match(batch)));
    }
    // One report for everything that arrived together, so notifications can be grouped.
    if (created.length) await deps.onCreated(created);
  }

  return {
    enqueue(ids) {
      for (const id of ids) pending.add(id);
      if (scheduled) return;
      scheduled = true;
      // After the current task: the transaction that fired the hook has committed by then.
      setTimeout(() => void serial(drain), 0);
    },
    idle: () => serial(async () => (pending.size ? drain() : undefined)),
    run: (ids) =>
      serial(async () => {
        const created = await match(ids);
        if (created.length) await deps.onCreated(created);
        return created;
      }),
  };
}

/** Feeds the queue from the articles table's hooks (this db instance's writes only). */
export function watchArticlesForAlerts(db: QubaoDb, queue: AlertMatchQueue): void {
  db.articles.hook('creating', (id) => {
    queue.enqueue([id]);
  });
  db.articles.hook('updating', (mods, id, old) => {
    if (textChanged(mods as Record<string, unknown>, old as unknown as Record<string, unknown>)) queue.enqueue([id]);
  });
}
