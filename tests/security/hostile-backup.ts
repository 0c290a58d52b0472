// A backup file full of XSS payloads, made by the real exporter (lib/store/backup) from a
// throwaway database, for the unit test of the import and for importing through the options
// page in the XSS end-to-end tests.
import 'fake-indexeddb/auto';
import { exportBackup } from '../../lib/store/backup';
import { freshDb } from '../../lib/store/test-db';
import type { ArticleRecord } from '../../lib/store/types';
import type { XssPayload } from './xss-payloads';

/** An article row whose every text field holds a payload (i picks them), with non-http URLs. */
export function hostileArticle(id: string, payloads: XssPayload[], i: number): Record<string, unknown> {
  const p = (k: number) => payloads[(i + k) % payloads.length]!.text;
  return {
    id, url: `javascript:alert(${i})`, pageUrl: 'data:text/html,<script>alert(1)</script>', paperName: p(0), date: '2026-05-06',
    pageNumber: p(1), pageName: p(2), title: `备份文章${i} ${p(3)}`, introTitle: p(4), subtitle: p(5),
    reporters: [p(6)], correspondents: [p(7)], photographers: [], otherCredits: {}, paragraphs: [p(8), p(9), `城市更新 ${p(12)}`],
    images: [{ src: 'javascript:alert(2)', caption: p(10) }], continuedFrom: null, continuedTo: null, savedAt: 1, updatedAt: 1,
    read: 0, starred: 0, tags: [p(11)], parseStatus: i % 5 === 0 ? 'failed' : 'ok', parseError: i % 5 === 0 ? p(13) : null, rawText: i % 5 === 0 ? p(14) : null, keywords: [],
  };
}

/** The backup text and the ids of its articles; `count` articles take 13 payloads each. */
export async function hostileBackupText(payloads: XssPayload[], count: number): Promise<{ text: string; ids: string[] }> {
  const db = freshDb();
  try {
    const ids = Array.from({ length: count }, (_, i) => `http://backup.example.cn/html/2026-05/06/content_${i}.htm`);
    await db.articles.bulkAdd(ids.map((id, i) => hostileArticle(id, payloads, i * 13)) as unknown as ArticleRecord[]);
    // Topic names are not length-checked on this path: long payloads reach the options page.
    await db.watchTopics.bulkAdd(
      payloads.slice(0, 3).map((p, i) => ({ name: p.text, anyOf: ['城市更新'], mustHave: [], exclude: [], scope: 'both', newspapers: [], mode: 'word', muted: 0, createdAt: i })) as never,
    );
    return { text: await exportBackup(db), ids };
  } finally {
    await db.delete();
  }
}
