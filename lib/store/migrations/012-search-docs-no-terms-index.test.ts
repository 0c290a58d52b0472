import { afterEach, describe, expect, it } from 'vitest';
import { QubaoDb } from '../db';
import { idsWithAllTerms } from '../search-index';
import { searchDocsWithTerm } from '../search-postings';
import { DexieSearchStore } from '../search-store';
import { MIGRATIONS } from './index';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const before012 = MIGRATIONS.filter((m) => m.version < 12);
const through012 = MIGRATIONS.filter((m) => m.version <= 12);
const NO_ENTITIES = { places: [], organisations: [], people: [] };

describe('migration 012 (searchDocs without the *terms index)', () => {
  it('drops the index and keeps every row; term lookups answer from the posting blocks', async () => {
    const name = `mig-012-${Date.now()}`;
    // The old shape: rows with terms, the *terms index, numbers and blocks as migration 007 left them.
    const old = new QubaoDb(name, before012);
    const row = (id: string, terms: string[], places: string[]) => ({
      id,
      terms,
      counts: terms.map(() => 1),
      headCounts: terms.map(() => 0),
      length: 10,
      paper: null,
      date: '2024-01-0' + id.length,
      page: null,
      pageName: null,
      people: [],
      version: 1,
      indexedAt: 5,
      keywords: [{ word: terms[0], weight: 1 }],
      entities: { ...NO_ENTITIES, places: places.map((p) => ({ name: p, district: '金山区', count: 1 })) },
    });
    const rows = [row('a', ['张堰镇', '河道'], ['张堰镇']), row('bb', ['张堰镇', '学校'], []), row('ccc', ['河道', '建发', '唐府'], [])];
    await old.table('searchDocs').bulkPut(rows);
    expect(await old.table('searchDocs').where('terms').equals('张堰镇').primaryKeys()).toEqual(['a', 'bb']);
    await old.table('searchDocNos').bulkPut([{ docNo: 0, id: 'a' }, { docNo: 1, id: 'bb' }, { docNo: 2, id: 'ccc' }]);
    const block = (term: string, docs: number[]) => ({ term, block: 0, docs: Uint32Array.from(docs), tf: Uint16Array.from(docs, () => 1), head: Uint16Array.from(docs, () => 0), len: Uint16Array.from(docs, () => 10) });
    await old.table('searchPostings').bulkPut([block('张堰镇', [0, 1]), block('河道', [0, 2]), block('学校', [1]), block('建发', [2]), block('唐府', [2])]);
    await old.table('termStats').bulkPut([['张堰镇', 2], ['河道', 2], ['学校', 1], ['建发', 1], ['唐府', 1]].map(([term, df]) => ({ term, df })));
    old.close();

    db = new QubaoDb(name, through012);
    await db.open();
    expect(db.verno).toBe(12);
    expect(db.searchDocs.schema.indexes.map((i) => i.name).sort()).toEqual(['date', 'paper', 'version']);
    // Lossless: the rows are as written.
    expect(await db.searchDocs.toArray()).toEqual(rows);
    // What read the *terms index before reads the blocks now.
    expect((await searchDocsWithTerm(db, '张堰镇')).map((d) => d.id)).toEqual(['a', 'bb']);
    expect((await idsWithAllTerms(db, [['建发', '唐府'], ['学校', '河道']])).sort()).toEqual(['ccc']);
    expect(await new DexieSearchStore(db).termsWithPrefix('张堰', 5)).toEqual(['张堰镇']);
    // Date ranges still use their index.
    expect(await db.searchDocs.where('date').between('2024-01-02', '2024-01-03', true, true).primaryKeys()).toEqual(['bb', 'ccc']);
  });
});
