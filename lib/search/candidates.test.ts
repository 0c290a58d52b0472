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

describe('findCandidates against an exhaustive scorer (property)', () => {
  const VOCAB = ['河道', '学校', '社区', '新风', '整改', '张堰镇', '公交'];
  /** Each document: term → [body count, headline count], length. */
  const docArb = fc.record({
    terms: fc.dictionary(fc.constantFrom(...VOCAB), fc.tuple(fc.nat(40), fc.nat(3)), { maxKeys: VOCAB.length }),
    length: fc.integer({ min: 1, max: 3000 }),
  });
  const params = { headlineWeight: 5, k1: 1.2, b: 0.75 };

  /** Every document scored alone: the BM25 sum in ascending-df order (ties: token order), as the index does it. */
  function exhaustive(docs: { terms: Record<string, [number, number]>; length: number }[], tokens: string[], excluded: string[]) {
    const df = (t: string) => docs.filter((d) => d.terms[t]).length;
    const order = [...tokens].sort((a, b) => df(a) - df(b));
    const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length;
    const out: [number, number][] = [];
    docs.forEach((d, n) => {
      if (!tokens.every((t) => d.terms[t]) || excluded.some((t) => d.terms[t])) return;
      const norm = params.k1 * (1 - params.b + (params.b * d.length) / (avg || 1));
      let score = 0;
      for (const t of order) {
        const idf = Math.log(1 + (docs.length - df(t) + 0.5) / (df(t) + 0.5));
        const tf = d.terms[t]![0] + params.headlineWeight * d.terms[t]![1];
        score += idf * ((tf * (params.k1 + 1)) / (tf + norm));
      }
      out.push([n, score]);
    });
    return out;
  }

  it('finds exactly the documents and bit-identical scores, rare or common tokens, with exclusions', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(docArb, { minLength: 1, maxLength: 120 }),
        fc.uniqueArray(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.constantFrom(...VOCAB), { maxLength: 2 }),
        async (docs, tokens, excluded) => {
          const store = new MemorySearchStore();
          docs.forEach((d, n) => {
            const terms = Object.keys(d.terms);
            const id = `d${n}`;
            store.put({ id, terms, counts: terms.map((t) => d.terms[t]![0]), headCounts: terms.map((t) => d.terms[t]![1]), length: d.length, paper: null, date: null, page: null, pageName: null, people: [] }, { id, title: '', paragraphs: [] });
          });
          const found = await findCandidates(store, tokens, excluded, params);
          expect(Array.from(found.docs, (doc, i) => [doc, found.scores[i]])).toEqual(exhaustive(docs, tokens, excluded));
        },
      ),
      { numRuns: 300 },
    );
  });
});
