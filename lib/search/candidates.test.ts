import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nodeTextEngine } from '../text/engine-node';
import { findCandidates, PARALLEL_READ_MIN_DF, topPositions } from './candidates';
import { indexArticle } from './index-terms';
import { MemorySearchStore } from './memory-store';
import { search } from './search';
import type { SearchStore } from './types';

const engine = nodeTextEngine();

describe('topPositions', () => {
  it('gives the k best, best first, ties by lower document number (property: same as a full sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(60), (raw, k) => {
        const scores = Float64Array.from(raw);
        const docs = Uint32Array.from(raw, (_, i) => 1000 - i); // descending: ties must follow docs, not positions
        const want = Array.from(raw, (_, i) => i)
          .sort((x, y) => scores[y]! - scores[x]! || docs[x]! - docs[y]!)
          .slice(0, k);
        expect(topPositions(scores, docs, k)).toEqual(want);
      }),
    );
  });
});

describe('search beyond the first candidates taken', () => {
  it('keeps taking candidates until the page is filled when the best ones fail the text check', async () => {
    const store = new MemorySearchStore();
    // 120 articles have both words apart (more often, so they rank first), 8 have the compound.
    for (let i = 0; i < 128; i++) {
      const apart = i < 120;
      const a = {
        id: `a${String(i).padStart(3, '0')}`,
        title: '社区新闻',
        paragraphs: [apart ? '口袋里装着钥匙。公园里有人跑步。口袋很深。公园很大。' : '新建的口袋公园开放了。'],
      };
      store.put(indexArticle(a, engine), a);
    }
    const r = await search(store, engine, '口袋公园', { limit: 5, exactCheckLimit: 0 });
    expect(r.hits).toHaveLength(5);
    for (const h of r.hits) expect(Number(h.id.slice(1))).toBeGreaterThanOrEqual(120);
    expect(r.exact).toBe(false);
    const all = await search(store, engine, '口袋公园', { limit: 50, exactCheckLimit: 200 });
    expect(all.total).toBe(8);
    expect(all.exact).toBe(true);
    // By default only 100 candidates are checked for an exact total: 128 is an upper bound.
    const capped = await search(store, engine, '口袋公园', { limit: 50 });
    expect(capped.hits).toHaveLength(8);
    expect(capped).toMatchObject({ total: 128, exact: false });
  });
});

describe('findCandidates reads', () => {
  const params = { headlineWeight: 5, k1: 1.2, b: 0.75 };
  /** A store of `common` articles with 河道, `rare` of them also with 学校; logs each postings read. */
  function library(common: number, rare: number) {
    const store = new MemorySearchStore();
    for (let i = 0; i < common; i++) {
      const a = { id: `d${String(i).padStart(4, '0')}`, title: '新闻', paragraphs: [i < rare ? '河道旁的学校。' : '河道整治。'] };
      store.put(indexArticle(a, engine), a);
    }
    const reads: string[] = [];
    const logged: SearchStore = store;
    const postings = logged.postings.bind(store);
    logged.postings = (term: string, within?: Uint32Array) => {
      reads.push(`${term}${within ? ` within ${within.length}` : ''}`);
      return postings(term, within);
    };
    return { store, reads };
  }

  it('reads the other words only where a rare word’s candidates are', async () => {
    const { store, reads } = library(200, 3);
    const found = await findCandidates(store, ['河道', '学校'], [], params);
    expect(found.docs.length).toBe(3);
    expect(reads).toEqual(['学校', '河道 within 3']);
  });

  it('reads every list at once when even the rarest word is common, with the same result', async () => {
    const rare = PARALLEL_READ_MIN_DF + 10;
    const { store, reads } = library(200, rare);
    const found = await findCandidates(store, ['河道', '学校'], [], params);
    expect(reads.sort()).toEqual(['学校', '河道']);
    expect(found.docs.length).toBe(rare);
    const res = await search(store, engine, '河道 学校', { limit: 5 });
    expect(res.total).toBe(rare);
    expect(res.hits[0]!.score).toBeCloseTo(found.scores[topPositions(found.scores, found.docs, 1)[0]!]!, 9);
  });
});
