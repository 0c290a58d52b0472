// Which short lines are headlines: no closing punctuation, not a wrapped piece of a sentence, and
// standing where a headline stands — before a dateline/byline/subtitle, or after a finished
// paragraph (a headline can also follow its own body, see segment.ts).
import { trailingCredit } from '../conventions';
import type { Fragment } from './fragments';
import { endsComplete, startsWithContinuationPunct, visualWidth } from './text-shape';
import type { WordEvidence } from './word-evidence';

const STRONG_NEXT = new Set(['lead', 'credit', 'subtitle', 'cont', 'ednote']);
const SENTENCE_PUNCT = /[，,。；;！？!?]/;

export function markHeadings(frags: Fragment[], ev: WordEvidence): Set<number> {
  const sig = frags.filter((f) => f.type !== 'break');
  const headings = new Set<number>();
  const isShort = (f: Fragment) =>
    f.type === 'text' && !endsComplete(f.text) && !trailingCredit(f.text) && visualWidth(f.text) <= 64 && !startsWithContinuationPunct(f.text) && !f.continuedFrom;
  // Asked of each line several times (every run looks up to five lines ahead): kept per line.
  const short = new Int8Array(sig.length); // 0 unknown, 1 short, 2 not
  const shortAt = (j: number) => {
    if (!short[j]) short[j] = isShort(sig[j]!) ? 1 : 2;
    return short[j] === 1;
  };
  const boundaryBefore = (i: number) => {
    const p = sig[i - 1];
    if (!p || headings.has(p.id)) return true;
    if (p.type === 'credit' || p.type === 'subtitle' || p.type === 'ednote' || p.type === 'cont') return true;
    return (endsComplete(p.text) || !!trailingCredit(p.text)) && (p.type === 'text' || p.type === 'lead');
  };
  // A furniture/meta line between two heading lines separates them (chrome in between).
  const brokenBefore = (f: Fragment) => f.id > 0 && frags[f.id - 1]?.type === 'break';
  // Before a dateline, byline or subtitle a line is a heading even after an unfinished one,
  // unless a word runs across into it.
  const strongAhead = (i: number) => {
    let j = i;
    while (j < sig.length && j - i < 5 && shortAt(j)) j++;
    const n = sig[j];
    const p = sig[i - 1];
    return j > i && !!n && STRONG_NEXT.has(n.type) && !(p && ev.strongWordAcross(p.text, sig[i]!.text));
  };
  for (let i = 0; i < sig.length; i++) {
    const f = sig[i]!;
    if (!shortAt(i) || !(boundaryBefore(i) || strongAhead(i))) continue;
    // Extend a run of heading-like lines and look at what follows it.
    let j = i;
    while (j + 1 < sig.length && j - i < 5 && shortAt(j + 1) && !SENTENCE_PUNCT.test(sig[j + 1]!.text) && !brokenBefore(sig[j + 1]!)) j++;
    const next = sig[j + 1];
    const strong = !!next && STRONG_NEXT.has(next.type);
    const run = sig.slice(i, j + 1);
    const punct = run.some((x) => SENTENCE_PUNCT.test(x.text));
    let ok: boolean;
    if (strong) ok = !punct || run.length === 1;
    else if (!next) ok = !punct; // trailing labels; segment.ts drops them when nothing follows
    else {
      const last = run.at(-1)!;
      ok = !punct && next.type === 'text' && visualWidth(last.text) <= 64 && !ev.strongWordAcross(last.text, next.text) && !!next.text;
      // Wrapped lines of a column are not headings: the next line has their width and goes on.
      const w = visualWidth(last.text);
      if (ok && w <= 16 && !endsComplete(next.text) && Math.abs(visualWidth(next.text) - w) <= 1.5) ok = false;
    }
    if (!ok) continue;
    for (const x of run) headings.add(x.id);
    i = j;
  }
  return headings;
}
