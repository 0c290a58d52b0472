import { describe, expect, it } from 'vitest';
import type { ArticleMarkRecord } from './article-marks-types';
import type { LibraryEntry } from './library-entries';
import { generatedArticle } from './library-entries-test-support';
import { LIBRARY_SNAPSHOT_KEY, parseSnapshot, readLibrarySnapshot, snapshotText, writeLibrarySnapshot } from './library-snapshot';

const entry = (i: number, parts = 1): LibraryEntry => {
  const rows = Array.from({ length: parts }, (_, k) => ({ ...generatedArticle(i * 10 + k), rawText: '整版原文', paragraphs: ['正文第一段', '正文第二段'] }));
  return { id: rows[0]!.id, lead: rows[0]!, parts: rows };
};
const mark = (e: LibraryEntry, starred: 0 | 1, tags: string[]): ArticleMarkRecord => ({ articleId: e.id, starred, readAt: 5, tags, updatedAt: 9 });

function memoryStore() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), map: m };
}

describe('library snapshot', () => {
  it('keeps what a row draws (ids, title, paper, date, 版次, parse state, marks) and nothing of the body', () => {
    const entries = [entry(1), entry(2, 3)];
    const marks = new Map([[entries[1]!.id, mark(entries[1]!, 1, ['交通'])]]);
    const text = snapshotText(entries, marks);
    expect(text).not.toContain('正文');
    expect(text).not.toContain('整版原文');
    const s = parseSnapshot(text)!;
    expect(s.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(s.entries[1]!.parts.map((p) => p.id)).toEqual(entries[1]!.parts.map((p) => p.id));
    for (const [i, e] of s.entries.entries()) {
      const src = entries[i]!.lead;
      expect(e.lead).toMatchObject({ id: src.id, title: src.title, paperName: src.paperName, date: src.date, pageNumber: src.pageNumber, pageName: src.pageName, parseStatus: src.parseStatus });
      expect(e.lead.paragraphs).toEqual([]);
      expect(e.lead.rawText).toBeNull();
    }
    expect(s.marks.get(entries[1]!.id)).toMatchObject({ starred: 1, readAt: 5, tags: ['交通'] });
    expect(s.marks.has(entries[0]!.id)).toBe(false);
  });

  it('is ignored when absent, not JSON, of another format or not the stored shape', () => {
    const good = JSON.parse(snapshotText([entry(1)], new Map()));
    expect(parseSnapshot(null)).toBeNull();
    expect(parseSnapshot('{')).toBeNull();
    expect(parseSnapshot(JSON.stringify({ ...good, format: 99 }))).toBeNull();
    expect(parseSnapshot(JSON.stringify({ ...good, entries: [] }))).toBeNull();
    const badTitle = structuredClone(good);
    badTitle.entries[0].lead.title = { html: '<img onerror=x>' };
    expect(parseSnapshot(JSON.stringify(badTitle))).toBeNull();
    const badStatus = structuredClone(good);
    badStatus.entries[0].parts[0].parseStatus = 'maybe';
    expect(parseSnapshot(JSON.stringify(badStatus))).toBeNull();
    const badMark = structuredClone(good);
    badMark.marks = [['x', 2, 0, []]];
    expect(parseSnapshot(JSON.stringify(badMark))).toBeNull();
    expect(parseSnapshot(JSON.stringify(good))).not.toBeNull();
  });

  it('is written to and read from storage; an empty page removes it; a storage that throws is no snapshot', () => {
    const store = memoryStore();
    writeLibrarySnapshot([entry(3)], new Map(), store);
    expect(readLibrarySnapshot(store)!.entries).toHaveLength(1);
    writeLibrarySnapshot([], new Map(), store);
    expect(store.map.has(LIBRARY_SNAPSHOT_KEY)).toBe(false);
    expect(readLibrarySnapshot(store)).toBeNull();
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); }, removeItem: () => undefined };
    expect(() => writeLibrarySnapshot([entry(4)], new Map(), broken)).not.toThrow();
    expect(readLibrarySnapshot(broken)).toBeNull();
  });
});
