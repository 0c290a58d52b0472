import { afterAll, describe, expect, it } from 'vitest';
import { search } from '@/lib/search/search';
import { openQubaoDb } from '@/lib/store';
import { setUserDictionary } from '@/lib/store/search-settings';
import { DexieSearchStore } from '@/lib/store/search-store';
import { articleRecordOf } from '@/lib/store/search-test-support';
import { textServices } from './indexing-setup';

// textServices() works on the extension's one database (fake-indexeddb here) and on jieba's
// process-wide dictionary, so this file keeps to a word no other test adds.
const WORD = '璟汇澜庭苑';
afterAll(async () => openQubaoDb().delete());

describe('user dictionary', () => {
  it('re-indexes the articles holding a newly added word, so searching the word finds them', async () => {
    const db = openQubaoDb();
    const rt = textServices();
    const engine = await rt.engine();
    expect(engine.cut(`${WORD}交付`)).not.toContain(WORD); // unknown before
    await db.articles.bulkPut([
      articleRecordOf({ id: 'estate', title: `${WORD}项目今天交付`, paragraphs: [`${WORD}共有住宅六百套，今天交付。`] }),
      articleRecordOf({ id: 'other', title: '河道整治', paragraphs: ['区里部署河道整治工作。'] }),
    ]);
    await rt.indexer.run(['estate', 'other']);
    expect((await db.searchDocs.get('estate'))!.terms).not.toContain(WORD);

    await setUserDictionary(db, `# 小区\n${WORD} ns`);
    await rt.reloadDictionary();
    await rt.indexer.idle();
    expect(engine.cut(`${WORD}交付`)).toContain(WORD);
    expect((await db.searchDocs.get('estate'))!.terms).toContain(WORD);
    const hits = (await search(new DexieSearchStore(db), engine, WORD)).hits;
    expect(hits.map((h) => h.id)).toEqual(['estate']);
  });
});
