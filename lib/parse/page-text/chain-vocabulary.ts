// Shared vocabulary between the chains the reading-order repair has built: passes 2 and 3 add it
// to a pair's score, so a leftover fragment goes to the chain that talks about the same things.
// Kept apart because it is its own small model (Han bigram vectors per chain, cosine per pair of
// chains), made lazily: most chains are never asked about.
import type { Fragment } from './fragments';
import { cosine, countHanBigrams, type Bag, type Vector } from './vocabulary-vectors';

/**
 * Similarity of the chains two fragments stand in (by index in body). Chain members are read
 * once, when this is made (after pass 1); `find` gives a fragment's chain root at the time asked.
 */
export function chainSimilarity(body: Fragment[], find: (i: number) => number): (xi: number, yi: number) => number {
  // Chain vocabularies, computed only for the chains a candidate pair asks about.
  const members = new Map<number, number[]>();
  body.forEach((_, i) => {
    const r = find(i);
    (members.get(r) ?? members.set(r, []).get(r)!).push(i);
  });
  const vectors = new Map<number, Vector<number>>();
  const vectorAt = (i: number) => {
    const r = find(i);
    let v = vectors.get(r);
    if (!v) {
      // Counted straight into one map (what adding each member's bag gives, in the same key
      // order), which is the unweighted vector itself: vectorOf(bag) would copy it unchanged.
      const bag: Bag<number> = new Map();
      for (const m of members.get(r) ?? [i]) countHanBigrams(body[m]!.text, bag);
      let n = 0;
      for (const x of bag.values()) n += x * x;
      vectors.set(r, (v = { w: bag, norm: Math.sqrt(n) }));
    }
    return v;
  };
  // A chain's vector never changes once made, so a similarity is kept per pair of chain roots.
  const sims = new Map<number, number>();
  return (xi: number, yi: number): number => {
    const key = find(xi) * body.length + find(yi);
    let v = sims.get(key);
    if (v === undefined) sims.set(key, (v = cosine(vectorAt(xi), vectorAt(yi))));
    return v;
  };
}
