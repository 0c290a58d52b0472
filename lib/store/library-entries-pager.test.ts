import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addTag, setRead, setStarred } from './article-marks';
import type { QubaoDb } from './db';
import { compareForGroup, NO_FILTER, rowTest, type LibraryFilter } from './library-entries-filter';
import { allLibraryEntryIds, countGroup, countLibrary, LibraryPager, libraryPapers } from './library-entries-pager';
import { generatedLibrary, TEST_PAPERS } from './library-entries-test-support';
import { freshDb } from './test-db';
import { removeFromIndex, writeAnalyses } from './search-index';
import type { ArticleRecord } from './types';

const N = 2000;
const library = generatedLibrary(N);
let db: QubaoDb;
beforeAll(async () => {
  db = freshDb();
  await db.articles.bulkPut(library);
});
afterEach(async () => {
  await db.articleMarks.clear();
  await db.topicAlerts.clear();
});

const f = (over: Partial<LibraryFilter>): LibraryFilter => ({ ...NO_FILTER, ...over });

/** What the list should show: every matching row in list order, computed over the whole array. */
function expected(filter: LibraryFilter, keep: (a: ArticleRecord) => boolean = () => true, read: Set<string> | null = null): string[] {
  const test = rowTest(filter, read);
  return library.filter((a) => test(a) && keep(a)).sort(compareForGroup(filter.groupBy)).map((a) => a.id);
}

async function pageAll(filter: LibraryFilter, size = 97): Promise<string[]> {
  const pager = await LibraryPager.open(db, filter);
  let guard = 0;
  while (!pager.done && guard++ < 1000) {
    const added = await pager.more(size);
    expect(added.length).toBeLessThanOrEqual(size);
  }
  return pager.entries.map((e) => e.id);
}

describe('library paging', () => {
  it('walks every article by date in pages, newest issue first, undated last, none twice', async () => {
    const ids = await pageAll(f({ groupBy: 'date' }));
    expect(ids).toEqual(expected(f({ groupBy: 'date' })));
    expect(new Set(ids).size).toBe(N);
    expect(library.find((a) => a.id === ids[N - 1])!.date).toBeNull();
  });

  it('walks by paper (A→Z, newest first within), paperless and undated rows last', async () => {
    const ids = await pageAll(f({ groupBy: 'paper' }), 250);
    expect(ids).toEqual(expected(f({ groupBy: 'paper' }), () => true));
    expect(ids).toHaveLength(N);
  });

  it('narrows by paper and date range through the compound index, and counts from indexes', async () => {
    const filter = f({ paper: '茅河报', from: '2025-03-05', to: '2025-04-10' });
    const ids = await pageAll(filter, 40);
    expect(ids).toEqual(expected(filter));
    expect(ids.length).toBeGreaterThan(20);
    expect(await countLibrary(db, filter)).toBe(ids.length);
    expect(await countLibrary(db, NO_FILTER)).toBe(N);
    expect(await countGroup(db, f({ groupBy: 'paper' }), '江湾报')).toBe(library.filter((a) => a.paperName === '江湾报').length);
    expect(await countGroup(db, NO_FILTER, '2025-02-03')).toBe(library.filter((a) => a.date === '2025-02-03').length);
    expect(await countLibrary(db, f({ page: '3' }))).toBeNull();
    expect((await libraryPapers(db)).sort()).toEqual([...TEST_PAPERS].sort());
  });

  it('filters by 版次 number or 版名', async () => {
    expect(await pageAll(f({ page: '3' }))).toEqual(expected(f({ page: '3' })));
    const named = await pageAll(f({ page: '要闻', groupBy: 'paper' }));
    expect(named).toEqual(expected(f({ page: '要闻', groupBy: 'paper' })));
    expect(named.length).toBe(N / 8);
  });

  it('shows unread, starred and tagged articles from the marks table', async () => {
    const read = library.filter((_, i) => i % 3 === 0).map((a) => a.id);
    await setRead(db, read, true);
    const unread = f({ state: 'unread' });
    expect(await pageAll(unread)).toEqual(expected(unread, () => true, new Set(read)));

    const starred = library.filter((_, i) => i % 50 === 7).map((a) => a.id);
    await setStarred(db, starred, true);
    expect(await pageAll(f({ state: 'starred', groupBy: 'paper' }), 7)).toEqual(expected(f({ groupBy: 'paper' }), (a) => starred.includes(a.id)));

    await addTag(db, starred.slice(0, 5), '交通');
    await addTag(db, [library[1]!.id], '交通');
    const tagged = f({ tag: '交通', state: 'starred' });
    expect(await pageAll(tagged)).toEqual(expected(NO_FILTER, (a) => starred.slice(0, 5).includes(a.id)));
    expect([...(await allLibraryEntryIds(db, f({ tag: '交通' }))).keys()]).toEqual(expected(NO_FILTER, (a) => [...starred.slice(0, 5), library[1]!.id].includes(a.id)));
  });

  it('shows the articles with an alert for a topic', async () => {
    const hits = [library[10]!, library[400]!, library[1999]!];
    await db.topicAlerts.bulkPut(hits.map((a, i) => ({ id: `t${i}`, topicId: 4, topicName: '河道', articleId: a.id, createdAt: i, read: 0 }) as never));
    await db.topicAlerts.put({ id: 'other', topicId: 5, topicName: '别的', articleId: library[11]!.id, createdAt: 1, read: 0 } as never);
    expect(await pageAll(f({ topicId: 4 }))).toEqual(expected(NO_FILTER, (a) => hits.includes(a)));
  });

  it('shows the articles whose analysis found a place', async () => {
    const doc = (id: string, terms: string[], places: string[]) => ({ id, terms, counts: [], headCounts: [], length: 1, paper: null, date: null, page: null, pageName: null, people: [], version: 1, indexedAt: 0, keywords: [], entities: { places: places.map((name) => ({ name, district: null, count: 1 })), organisations: [], people: [] } });
    // Through the index's own write (rows and posting blocks): the filter reads the term's blocks.
    const docs = [doc(library[3]!.id, ['山阳镇', '桥'], ['山阳镇']), doc(library[4]!.id, ['山阳镇'], []), doc(library[5]!.id, ['山阳镇'], ['山阳镇'])];
    await writeAnalyses(db, docs.map((d) => ({ doc: d, keywords: [], entities: d.entities })));
    expect(await pageAll(f({ place: '山阳镇' }))).toEqual(expected(NO_FILTER, (a) => [library[3]!.id, library[5]!.id].includes(a.id)));
    await removeFromIndex(db, docs.map((d) => d.id));
  });
});

describe('library paging of continued articles', () => {
  it('shows a continued article once, at its first part in list order', async () => {
    const d = freshDb();
    const [x, y, z] = generatedLibrary(3).map((a) => ({ ...a, paperName: '江湾报', date: '2025-05-06' }));
    await d.articles.bulkPut([
      { ...x!, title: '新桥今日通车', pageNumber: '01', continuedTo: '2', paragraphs: ['新桥今天通车。'] },
      { ...y!, title: '新桥今日通车', pageNumber: '02', continuedFrom: '1', paragraphs: ['（上接第1版）沿线居民出行更方便。'] },
      z!,
    ]);
    const pager = await LibraryPager.open(d, NO_FILTER);
    await pager.more(1);
    await pager.more(1);
    await pager.more(5);
    expect(pager.entries.map((e) => e.parts.map((p) => p.id))).toEqual([[z!.id], [x!.id, y!.id]]);
    await d.delete();
  });
});
