import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyArticle, emptyResult, type ParseResult } from '../parse/types';
import { freshDb } from './test-db';
import { saveParsedPage } from './save-page';
import { listLibraryEntries, readArticleParts } from './library-entries';
import type { QubaoDb } from './db';

let db: QubaoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => db.delete());

const base = 'http://epaper.example.cn/html/2026-05/06/';

function page(id: string, pageNumber: string, title: string, body: string, marks: { from?: string; to?: string } = {}, date = '2026-05-06'): [ParseResult, string] {
  const r = emptyResult('article', []);
  r.newspaper = { name: '江湾报', district: null };
  r.date = date;
  r.page = { number: pageNumber, name: null };
  r.articles = [{ ...emptyArticle(title), body, continuedFrom: marks.from ?? null, continuedTo: marks.to ?? null, url: `${base}content_${id}.htm` }];
  return [r, `${base}content_${id}.htm`];
}

async function save([r, url]: [ParseResult, string], now: number) {
  return (await saveParsedPage(db, r, { url, title: '', html: '', now })).articleIds[0]!;
}

describe('listLibraryEntries', () => {
  it('folds the two parts of a continued article into one entry, in page order, at its newest place', async () => {
    const tail = await save(page('2', '2', '新桥今日通车', '（上接第1版）沿线居民出行更方便。', { from: '1' }), 1);
    const other = await save(page('3', '2', '消防检查', '检查组走访老旧小区。'), 2);
    const head = await save(page('1', '1', '新桥今日通车', '新桥今天通车。', { to: '2' }), 3);
    const entries = await listLibraryEntries(db);
    expect(entries.map((e) => [e.id, e.parts.map((p) => p.id)])).toEqual([
      [head, [head, tail]],
      [other, [other]],
    ]);
  });

  it('keeps parts of different issues apart', async () => {
    await save(page('1', '1', '新桥今日通车', '新桥今天通车。', { to: '2' }), 1);
    await save(page('2', '2', '新桥今日通车', '沿线居民出行更方便。', { from: '1' }, '2026-05-07'), 2);
    expect((await listLibraryEntries(db)).map((e) => e.parts.length)).toEqual([1, 1]);
  });
});

describe('readArticleParts', () => {
  it('returns every part from either id, and null for a missing id', async () => {
    const head = await save(page('1', '1', '新桥今日通车', '新桥今天通车。', { to: '2' }), 1);
    const tail = await save(page('2', '2', '新桥今日通车', '沿线居民出行更方便。', { from: '1' }), 2);
    expect((await readArticleParts(db, tail))!.map((p) => p.id)).toEqual([head, tail]);
    expect((await readArticleParts(db, head))!.map((p) => p.id)).toEqual([head, tail]);
    expect(await readArticleParts(db, 'nope')).toBeNull();
  });

  it('shows a part alone while its partner is not saved', async () => {
    const head = await save(page('1', '1', '新桥今日通车', '新桥今天通车。', { to: '2' }), 1);
    expect((await readArticleParts(db, head))!.map((p) => p.id)).toEqual([head]);
  });
});
