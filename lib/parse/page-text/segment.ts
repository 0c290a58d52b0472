// Groups headings, bylines and paragraph chains into articles. First in printed order (a heading
// run or a dateline starts an article), then by consistency: a paragraph whose vocabulary belongs
// to another article moves there, a heading that shares nothing with the dateline under it but
// everything with stray paragraphs goes with those, and a heading printed after a headless body
// goes back to it.
import type { Fragment } from './fragments';
import { addBag, cosine, countHanBigrams, vectorOf, type Vector } from './vocabulary-vectors';

/** Character bigrams as codes (see hanBigramCodes). */
type Bag = Map<number, number>;

export interface Group {
  headings: Fragment[];
  subtitles: Fragment[];
  credits: Fragment[];
  chains: Fragment[][];
  ednote: boolean;
  continuedFrom: string | null;
  /** Headings were printed after the body (or moved there). */
  lateHeading?: boolean;
}

const newGroup = (): Group => ({ headings: [], subtitles: [], credits: [], chains: [], ednote: false, continuedFrom: null });

export interface SegmentOptions {
  /** One-article page: a heading run splits only when a byline, subtitle or dateline follows it. */
  articleMode: boolean;
}

export function linearGroups(frags: Fragment[], headings: Set<number>, chains: Fragment[][], opts: SegmentOptions): Group[] {
  const chainAt = new Map<number, Fragment[]>();
  const inChain = new Set<number>();
  for (const c of chains) {
    chainAt.set(c[0]!.id, c);
    for (const f of c) inChain.add(f.id);
  }
  const groups: Group[] = [];
  let g: Group | null = null;
  const start = () => {
    g = newGroup();
    groups.push(g);
    return g;
  };
  const sig = frags.filter((f) => f.type !== 'break');
  const order = new Map(frags.map((f, i) => [f, i]));
  for (let i = 0; i < sig.length; i++) {
    const f = sig[i]!;
    if (headings.has(f.id)) {
      const run: Fragment[] = [];
      // Furniture between two heading lines separates them (a menu line above the real title).
      while (i < sig.length && headings.has(sig[i]!.id) && (!run.length || frags[order.get(sig[i]!)! - 1]?.type !== 'break')) run.push(sig[i++]!);
      i--;
      const after = sig[i + 1];
      const strong = after && after.type !== 'text';
      const cur = g as Group | null;
      if (opts.articleMode && cur && cur.chains.length && !strong) {
        // A subheading inside the one article: keep it as a paragraph.
        for (const h of run) cur.chains.push([h]);
        continue;
      }
      start().headings.push(...run);
      continue;
    }
    const cur = (g as Group | null) ?? start();
    switch (f.type) {
      case 'subtitle':
        if (cur.chains.length) start().subtitles.push(f);
        else cur.subtitles.push(f);
        break;
      case 'ednote':
        // An editor's note belongs to the article under whose heading it stands.
        (cur.chains.length && !cur.ednote && !cur.headings.length ? start() : cur).ednote = true;
        break;
      case 'credit':
        cur.credits.push(f);
        break;
      case 'cont': {
        const n = cur.chains.length || cur.credits.length ? start() : cur;
        n.continuedFrom = f.continuedFrom ?? null;
        break;
      }
      case 'lead': {
        const fresh = cur.chains.length > 0 || (cur.credits.length > 0 && !cur.headings.length);
        (fresh ? start() : cur).chains.push(chainAt.get(f.id) ?? [f]);
        break;
      }
      default: {
        const chain = chainAt.get(f.id);
        if (!chain) break; // a later piece of a chain already placed
        if (f.continuedFrom) {
          const n = cur.chains.length || cur.credits.length ? start() : cur;
          n.continuedFrom = f.continuedFrom;
          n.chains.push(chain);
        } else if (cur.credits.length && cur.chains.length && endCredit(cur)) start().chains.push(chain);
        else cur.chains.push(chain);
      }
    }
  }
  return groups;
}

/** A credit printed after the body closes the article (photo credits, end bylines). */
function endCredit(g: Group): boolean {
  return g.credits.some((c) => c.byline && c.byline.photographers.length > 0);
}

const textOf = (c: Fragment[]) => c.map((f) => f.text).join('');

/** Articles further apart than this (in print order) never exchange paragraphs. */
const NEAR = 8;

export function repairGroups(groups: Group[]): Group[] {
  // Character bigrams, not words: names and places match however the segmenter cuts them.
  const bagCache = new Map<Fragment[], Bag>();
  const bag = (c: Fragment[]) => bagCache.get(c) ?? bagCache.set(c, countHanBigrams(textOf(c))).get(c)!;
  const headCache = new Map<Group, Bag>();
  const headBag = (g: Group) =>
    headCache.get(g) ?? headCache.set(g, countHanBigrams([...g.headings, ...g.subtitles].map((f) => f.text).join(' '))).get(g)!;

  const plainCache = new Map<Bag, Vector<number>>();
  const plain = (b: Bag) => plainCache.get(b) ?? plainCache.set(b, vectorOf(b)).get(b)!;

  // 1. A heading over a dateline it shares no words with: the heading belongs to stray paragraphs.
  const out: Group[] = [];
  groups.forEach((g, gi) => {
    const core = g.chains[0];
    if (g.headings.length && core && core[0]!.type === 'lead' && headBag(g).size >= 1) {
      const hb = plain(headBag(g));
      const own = g.chains.slice(0, 3).some((c) => cosine(hb, plain(bag(c))) > 0);
      const near = () => groups.slice(Math.max(0, gi - NEAR), gi + NEAR);
      if (!own && near().some((o) => o !== g && o.chains.some((c) => cosine(hb, plain(bag(c))) > 0.15))) {
        out.push({ ...newGroup(), headings: g.headings, subtitles: g.subtitles });
        out.push({ ...g, headings: [], subtitles: [] });
        return;
      }
    }
    out.push(g);
  });

  // 2. Paragraphs move to the article whose vocabulary they share (a few rounds: profiles grow).
  const allChains = out.flatMap((g) => g.chains);
  const docs = allChains.length;
  let docFreq: Map<number, number> | null = null;
  const frequencies = () => {
    if (docFreq) return docFreq;
    docFreq = new Map<number, number>();
    for (const c of allChains) for (const w of bag(c).keys()) docFreq.set(w, (docFreq.get(w) ?? 0) + 1);
    return docFreq;
  };
  const idfCache = new Map<number, number>();
  const idf = (w: number) => idfCache.get(w) ?? idfCache.set(w, Math.log(1 + docs / (frequencies().get(w) ?? 1))).get(w)!;
  const vecCache = new Map<Bag, Vector<number>>();
  const vec = (b: Bag) => vecCache.get(b) ?? vecCache.set(b, vectorOf(b, idf)).get(b)!;
  // How much of a group's heading the chain repeats (names, places, topic words), idf-weighted.
  const headingCoverage = (b: Bag, heading: Bag) => {
    const hv = vec(heading);
    let hit = 0;
    let all = 0;
    for (const [w, x] of hv.w) {
      all += x;
      if (b.has(w)) hit += x;
    }
    return all ? hit / all : 0;
  };
  const affinity = (b: Bag, g: Group, core: Fragment[] | undefined) =>
    0.5 * headingCoverage(b, headBag(g)) + (core ? cosine(vec(b), vec(bag(core))) : 0);
  const movedOnce = new Set<Fragment[]>();
  // Only a page whose print order left an article without a body (its paragraphs printed
  // elsewhere) needs paragraphs moved; a page in order is left as printed.
  const orphanedHeading = out.some((g) => (g.headings.length || g.subtitles.length || g.credits.length) && !g.chains.length && out.length > 1);
  for (let round = 0; round < (orphanedHeading ? 3 : 0); round++) {
    let moved = false;
    out.forEach((g, gi) => {
      // The core (first chain under a heading, dateline or jump line) anchors its article.
      const anchored = g.headings.length || g.subtitles.length || g.continuedFrom || g.ednote || g.chains[0]?.[0]?.type === 'lead';
      for (let ci = g.chains.length - 1; ci >= (anchored ? 1 : 0); ci--) {
        const c = g.chains[ci]!;
        // A moved paragraph stays put: no oscillation between look-alike articles.
        if (c[0]!.type === 'lead' || c[0]!.continuedFrom || movedOnce.has(c)) continue;
        const b = bag(c);
        // Only the heading and the core speak for an article: a block of strays must not vouch for itself.
        const own = affinity(b, g, ci === 0 ? undefined : g.chains[0]);
        // At home enough that no neighbour could clear the bar for moving: no search.
        if (own >= 0.15) continue;
        let best = -1;
        let bestSim = 0;
        for (let oi = Math.max(0, gi - NEAR); oi < Math.min(out.length, gi + NEAR); oi++) {
          const o = out[oi]!;
          if (oi === gi || (!o.headings.length && !o.subtitles.length && !o.chains.length)) continue;
          const s = affinity(b, o, o.chains[0]);
          if (s > bestSim) [best, bestSim] = [oi, s];
        }
        if (best >= 0 && bestSim >= 0.045 && bestSim > 2 * own + 0.03) {
          g.chains.splice(ci, 1);
          out[best]!.chains.push(c);
          movedOnce.add(c);
          moved = true;
        }
      }
    });
    for (const g of out) g.chains.sort((a, b) => a[0]!.id - b[0]!.id);
    if (!moved) break;
  }

  // 3. A headless article followed by a heading run: leading lines that speak of its body are its title.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.headings.length || !a.chains.length || b.headings.length < 2) continue;
    const ab = vec(a.chains.reduce((acc, c) => addBag(acc, bag(c)), new Map() as Bag));
    const bb = vec(b.chains.reduce((acc, c) => addBag(acc, bag(c)), new Map() as Bag));
    while (b.headings.length > 1) {
      const hb = vec(countHanBigrams(b.headings[0]!.text));
      if (cosine(hb, ab) <= cosine(hb, bb)) break;
      a.headings.push(b.headings.shift()!);
      a.lateHeading = true;
    }
  }
  return out;
}
