import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { QubaoDb } from './db';
import { STALE_KEY } from './library-counts';
import { countAll, countWhere } from './library-counts-read';
import { countsAndTruth } from './library-counts-test-support';
import { articleRecordOf } from './search-test-support';
import { freshDb } from './test-db';
import type { ArticleRecord } from './types';

let db: QubaoDb | null = null;
afterEach(async () => db?.delete());

const PAPERS = ['江湾报', '茅河报', null];
const DATES = ['2025-01-02', '2025-01-03', '2025-02-10', null];

/** A small deterministic generator (the same sequence every run). */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

function article(id: string, paperName: string | null, date: string | null): ArticleRecord {
  return articleRecordOf({ id, title: `标题${id}`, paragraphs: ['正文'], paperName, date } as never, 5);
}

/** One random write through one of Dexie's write APIs; ids from a small pool so writes collide. */
async function randomWrite(d: QubaoDb, r: (n: number) => number): Promise<string> {
  const id = () => `a${r(12)}`;
  const a = () => article(id(), PAPERS[r(PAPERS.length)]!, DATES[r(DATES.length)]!);
  switch (r(11)) {
    case 0:
      await d.articles.put(a());
      return 'put';
    case 1:
      await d.articles.bulkPut([a(), a(), a()]); // may name one id twice
      return 'bulkPut';
    case 2:
      await d.articles.bulkAdd([a(), a()]).catch((e) => {
        if (!(e instanceof Dexie.BulkError)) throw e; // an id already there: that row fails, the rest stays
      });
      return 'bulkAdd';
    case 3:
      await d.articles.update(id(), { date: DATES[r(DATES.length)]!, paperName: PAPERS[r(PAPERS.length)]! });
      return 'update';
    case 4:
      await d.articles.where('paperName').equals('茅河报').modify({ date: DATES[r(DATES.length)]! });
      return 'modify';
    case 5:
      await d.articles.delete(id());
      return 'delete';
    case 6:
      await d.articles.bulkDelete([id(), id(), 'missing']);
      return 'bulkDelete';
    case 7:
      await d.articles.where('date').equals(DATES[r(3)]!).delete();
      return 'where-delete';
    case 8:
      // A transaction that names only the articles (the middleware adds the counts), two writes in parallel.
      await d.transaction('rw', d.articles, async () => {
        const x = a();
        await Promise.all([d.articles.put(x), d.articles.put({ ...x, date: DATES[r(3)]! }), d.articles.delete(id())]);
      });
      return 'parallel';
    case 9:
      await d.articles.where(':id').between('a3', 'a6').delete();
      return 'range-delete';
    default:
      if (r(6) === 0) await d.articles.clear();
      return 'clear';
  }
}

describe('library counts kept by the middleware', () => {
  it('stay equal to a tally of the rows through 300 random writes of every API', async () => {
    db = freshDb();
    const r = rng(7);
    for (let step = 0; step < 300; step++) {
      const op = await randomWrite(db, r);
      const { stored, fromRows } = await countsAndTruth(db);
      expect(stored, `step ${step}: ${op}`).toEqual(fromRows);
    }
    expect(await db.libraryCounts.get(STALE_KEY)).toBeUndefined();
  });

  it('stay equal when table hooks are subscribed (as in the background, where every write runs through them)', async () => {
    db = freshDb();
    const seen: string[] = [];
    db.articles.hook('creating', (id) => void seen.push(`c${id}`));
    db.articles.hook('updating', (_m, id) => void seen.push(`u${id}`));
    db.articles.hook('deleting', (id) => void seen.push(`d${id}`));
    const r = rng(11);
    for (let step = 0; step < 150; step++) {
      const op = await randomWrite(db, r);
      const { stored, fromRows } = await countsAndTruth(db);
      expect(stored, `step ${step}: ${op}`).toEqual(fromRows);
    }
    expect(seen.length).toBeGreaterThan(100);
  });

  it('roll back with an aborted transaction', async () => {
    db = freshDb();
    const d = db;
    await d.articles.bulkPut([article('a1', '江湾报', '2025-01-02'), article('a2', '江湾报', '2025-01-03')]);
    await expect(
      d.transaction('rw', d.articles, async () => {
        await d.articles.put(article('a3', '茅河报', '2025-01-02'));
        await d.articles.delete('a1');
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await countAll(d)).toBe(2);
    expect(await countWhere(d, { paper: '江湾报' })).toBe(2);
    expect(await countWhere(d, { paper: '茅河报' })).toBe(0);
  });

  it('answer totals, paper, date and range questions from the rows', async () => {
    db = freshDb();
    await db.articles.bulkPut([article('a1', '江湾报', '2025-01-02'), article('a2', '江湾报', '2025-01-03'), article('a3', '茅河报', '2025-01-03'), article('a4', null, '2025-02-10'), article('a5', '茅河报', null)]);
    expect(await countAll(db)).toBe(5);
    expect(await countWhere(db, { date: '2025-01-03' })).toBe(2);
    expect(await countWhere(db, { paper: '茅河报' })).toBe(2);
    expect(await countWhere(db, { paper: '江湾报', date: '2025-01-03' })).toBe(1);
    expect(await countWhere(db, { from: '2025-01-03' })).toBe(3);
    expect(await countWhere(db, { to: '2025-01-03' })).toBe(3);
    expect(await countWhere(db, { paper: '江湾报', from: '2025-01-03', to: '2025-12-31' })).toBe(1);
    expect(await countWhere(db, { paper: '茅河报', from: '2025-01-01' })).toBe(1);
  });

  it('are flagged stale (and not used) when a write finds them wrong', async () => {
    db = freshDb();
    await db.articles.bulkPut([article('a1', '江湾报', '2025-01-02'), article('a2', '江湾报', '2025-01-02')]);
    await db.libraryCounts.put({ key: ['p', '江湾报'], n: 0 }); // as if a count had been lost
    await db.articles.delete('a1');
    expect(await db.libraryCounts.get(STALE_KEY)).toBeDefined();
    expect(await countAll(db)).toBeNull();
    expect(await countWhere(db, { paper: '江湾报' })).toBeNull();
  });
});

describe('writers of the articles table', () => {
  // Every write through Dexie is counted; only raw IndexedDB could go around the middleware.
  it('never write articles through raw IndexedDB in the extension code', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
          const text = readFileSync(p, 'utf8');
          if (/objectStore\(\s*['"]articles['"]\s*\)\s*\.\s*(put|add|delete|clear)\b/.test(text) || /\.transaction\([^)]*articles[^)]*['"]readwrite['"]/.test(text)) offenders.push(path.relative(root, p));
        }
      }
    };
    for (const dir of ['lib', 'entrypoints', 'components']) walk(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});
