// The segmenter's dictionary cuts of join windows, kept per text and made in batches. Join
// evidence cuts the same few-character windows again and again (every pair an end takes part in),
// and much of a cut's cost is the call itself, so this is the one place that talks to the
// segmenter for WordEvidence. Only used when a segmenter is present.
import type { Segmenter } from '../types';
import { leadingSingles, trailingSingles } from './han-characters';

/** Texts per batched segmenter call (see cutAll). */
const CUT_BATCH = 400;

/** The tokens are the text, cut: toks.join('') === text, without building the joined string. */
function splitsBack(toks: string[], text: string): boolean {
  let at = 0;
  for (const tok of toks) {
    if (!text.startsWith(tok, at)) return false;
    at += tok.length;
  }
  return at === text.length;
}

export class DictionaryCuts {
  private readonly cuts = new Map<string, string[]>();

  constructor(private readonly segmenter: Segmenter | null) {}

  /**
   * Dictionary cuts of many space-free texts in one segmenter call per batch, joined by line
   * breaks: a segmenter never carries a word across a line break, so each text cuts as it would
   * alone. A batch whose tokens do not split back into its texts is cut one text at a time.
   */
  cutAll(texts: Iterable<string>): void {
    const todo: string[] = [];
    for (const t of texts) if (!this.cuts.has(t)) todo.push(t);
    for (let k = 0; k < todo.length; k += CUT_BATCH) {
      const part = todo.slice(k, k + CUT_BATCH);
      const split: string[][] = [];
      let toks: string[] = [];
      for (const tok of this.segmenter!.cut(part.join('\n'), false)) {
        if (tok === '\n') {
          split.push(toks);
          toks = [];
        } else toks.push(tok);
      }
      split.push(toks);
      const clean = split.length === part.length && split.every((ts, i) => splitsBack(ts, part[i]!));
      for (let i = 0; i < part.length; i++) this.cuts.set(part[i]!, clean ? split[i]! : this.segmenter!.cut(part[i]!, false));
    }
  }

  // Lone characters at the end (start) of a join window's own cut, kept per window: every pair
  // an end takes part in asks again.
  private readonly loneEnds = new Map<string, { count: number; loose: boolean }>();
  private readonly loneStarts = new Map<string, { count: number; loose: boolean }>();
  loneAtEnd(l: string): { count: number; loose: boolean } {
    let v = this.loneEnds.get(l);
    if (!v) this.loneEnds.set(l, (v = trailingSingles(this.dictCut(l))));
    return v;
  }
  loneAtStart(r: string): { count: number; loose: boolean } {
    let v = this.loneStarts.get(r);
    if (!v) this.loneStarts.set(r, (v = leadingSingles(this.dictCut(r))));
    return v;
  }

  dictCut(t: string): string[] {
    let c = this.cuts.get(t);
    if (!c) this.cuts.set(t, (c = this.segmenter!.cut(t, false)));
    return c;
  }

  /** The segmenter's HMM cut of l + r carries a word across the join. */
  hmmAcross(l: string, r: string): boolean {
    let pos = 0;
    for (const tok of this.segmenter!.cut(l + r, true)) {
      const end = pos + tok.length;
      if (pos < l.length && end > l.length) return true;
      pos = end;
    }
    return false;
  }
}
