// Alerts: one per (topic, article). The id is derived from the two, so saving the same article
// again, or receiving it from a 版面 page and from its own page, writes the same record instead
// of a second one. Also the snippet shown with an alert and the grouping of many new alerts
// into few notifications (pure: the background turns the texts into browser notifications).
import type { MatchField, TopicMatch } from './matcher';
import type { Topic, TopicId } from './topic';

export interface AlertArticle {
  /** The library's article key (lib/library/dedupe-key#articleKey). */
  id: string;
  url: string;
  title: string;
  introTitle?: string | null;
  subtitle?: string | null;
  body: string;
  paperName?: string | null;
  date?: string | null;
}

export interface Alert {
  id: string;
  topicId: TopicId;
  topicName: string;
  articleId: string;
  articleUrl: string;
  title: string;
  paperName: string | null;
  date: string | null;
  /** Matched terms as the user wrote them (the reader highlights them). */
  terms: string[];
  snippet: Snippet;
  field: MatchField;
  createdAt: number;
  read: 0 | 1;
}

export interface Snippet {
  text: string;
  /** Where the first match sits in `text`. */
  highlight: { start: number; end: number };
}

/** Deterministic alert id. The separator cannot occur in a topic id typed by anyone. */
export function alertId(topicId: TopicId, articleId: string): string {
  return `${typeof topicId === 'number' ? 'n' : 's'}:${String(topicId)}\u241f${articleId}`;
}

export function createAlerts(article: AlertArticle, matches: readonly TopicMatch[], topics: readonly Topic[], now: number): Alert[] {
  const names = new Map(topics.map((t) => [t.id, t.name] as const));
  const seen = new Set<string>();
  const out: Alert[] = [];
  for (const m of matches) {
    const id = alertId(m.topicId, article.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const source = article[m.first.field] ?? '';
    out.push({
      id,
      topicId: m.topicId,
      topicName: names.get(m.topicId) ?? String(m.topicId),
      articleId: article.id,
      articleUrl: article.url,
      title: article.title,
      paperName: article.paperName ?? null,
      date: article.date ?? null,
      terms: [...m.terms],
      snippet: makeSnippet(source, m.first.start, m.first.end),
      field: m.first.field,
      createdAt: now,
      read: 0,
    });
  }
  return out;
}

/**
 * What to write after matching an article: fresh alerts merged over stored ones with the same
 * id (creation time and read state kept, terms and snippet refreshed), and which of them are
 * new, so only those are notified.
 */
export function mergeAlerts(fresh: readonly Alert[], stored: ReadonlyMap<string, Alert>): { put: Alert[]; created: Alert[] } {
  const put: Alert[] = [];
  const created: Alert[] = [];
  for (const a of fresh) {
    const old = stored.get(a.id);
    if (!old) {
      put.push(a);
      created.push(a);
      continue;
    }
    const terms = [...new Set([...old.terms, ...a.terms])];
    put.push({ ...a, createdAt: old.createdAt, read: old.read, terms });
  }
  return { put, created };
}

const ELLIPSIS = '…';

/**
 * About `width` characters of `text` around [start, end), the match a third of the way in,
 * line breaks shown as spaces, "…" where the text was cut. Never splits a surrogate pair.
 */
export function makeSnippet(text: string, start: number, end: number, width = 60): Snippet {
  const matchLength = Math.max(0, end - start);
  let from = Math.max(0, start - Math.floor(Math.max(0, width - matchLength) / 3));
  let to = Math.min(text.length, Math.max(end, from + width));
  from = Math.max(0, Math.min(from, to - width)); // near the end: use the room before the match
  if (isLowSurrogate(text, from)) from--;
  if (isLowSurrogate(text, to)) to++;
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const body = text.slice(from, to).replace(/\s*\n\s*/g, ' ');
  // Collapsing line breaks can shift the match; recompute its place in the cleaned body.
  const lead = text.slice(from, start).replace(/\s*\n\s*/g, ' ').length;
  const hit = text.slice(start, end).replace(/\s*\n\s*/g, ' ').length;
  return { text: prefix + body + suffix, highlight: { start: prefix.length + lead, end: prefix.length + lead + hit } };
}

function isLowSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return i > 0 && i < s.length && c >= 0xdc00 && c <= 0xdfff;
}

export interface NotificationText {
  /** Stable id for the notification (the alert id, or a group id). */
  id: string;
  title: string;
  message: string;
  alertIds: string[];
}

export interface SummaryOptions {
  /** Up to this many new alerts get one notification each; more are grouped into one. */
  maxSeparate?: number;
  lang?: 'zh' | 'en';
  /** Headlines listed in a grouped notification. */
  maxLines?: number;
}

/** Notification texts for alerts that arrived together; Chinese unless asked otherwise. */
export function summarizeAlerts(alerts: readonly Alert[], options: SummaryOptions = {}): NotificationText[] {
  const { maxSeparate = 3, lang = 'zh', maxLines = 4 } = options;
  if (alerts.length === 0) return [];
  const sorted = [...alerts].sort((a, b) => a.createdAt - b.createdAt || a.topicName.localeCompare(b.topicName, 'zh'));
  if (sorted.length <= maxSeparate) {
    return sorted.map((a) => ({
      id: a.id,
      title: lang === 'zh' ? `主题“${a.topicName}”${a.paperName ? ` · ${a.paperName}` : ''}` : `Topic "${a.topicName}"${a.paperName ? ` · ${a.paperName}` : ''}`,
      message: `${a.title}\n${a.snippet.text}`,
      alertIds: [a.id],
    }));
  }
  const byTopic = new Map<string, Alert[]>();
  for (const a of sorted) {
    const list = byTopic.get(a.topicName) ?? [];
    list.push(a);
    byTopic.set(a.topicName, list);
  }
  const counts = [...byTopic].map(([name, list]) => (lang === 'zh' ? `${name} ${list.length} 条` : `${name}: ${list.length}`));
  const lines = sorted.slice(0, maxLines).map((a) => `· ${a.title}`);
  const more = sorted.length - lines.length;
  if (more > 0) lines.push(lang === 'zh' ? `还有 ${more} 条` : `and ${more} more`);
  return [
    {
      id: `group\u241f${sorted[0]!.id}\u241f${sorted.length}`,
      title: lang === 'zh' ? `${sorted.length} 条新提醒（${counts.join('、')}）` : `${sorted.length} new alerts (${counts.join(', ')})`,
      message: lines.join('\n'),
      alertIds: sorted.map((a) => a.id),
    },
  ];
}
