// How the page itself prints characters next to each other: bigram counts inside its lines and
// the characters printed after each one. Join evidence asks "does the page print a|b elsewhere?"
// and the reading order asks "which starts could follow this end?"; both read these counts, which
// are made once per page, on first use.
import { isHanCode, isSpaceCode } from './han-characters';

export class PageBigrams {
  // Bigram counts keyed by the two UTF-16 codes (first × 65536 + second): no string per bigram.
  private readonly counts = new Map<number, number>();
  private counted = false;

  constructor(private readonly pageText: string) {}

  /** Character bigrams inside the page's lines (never across a line break, spaces skipped), counted on first use. */
  get bigrams(): Map<number, number> {
    if (!this.counted) {
      this.counted = true;
      const t = this.pageText;
      let prev = -1; // code of the last non-space character of the line so far
      for (let i = 0; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) prev = -1;
        else if (!isSpaceCode(c)) {
          if (prev >= 0 && isHanCode(prev) && isHanCode(c)) {
            const k = prev * 65536 + c;
            this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
          }
          prev = c;
        }
      }
    }
    return this.counts;
  }

  private readonly followers = new Map<string, string[]>();

  /** Characters printed right after `c` somewhere on the page. */
  successors(c: string): string[] {
    if (!this.followers.size) {
      for (const k of this.bigrams.keys()) {
        const a = String.fromCharCode(Math.floor(k / 65536));
        (this.followers.get(a) ?? this.followers.set(a, []).get(a)!).push(String.fromCharCode(k % 65536));
      }
    }
    return this.followers.get(c) ?? [];
  }

  private readonly ranks = new Map<string, Map<string, number>>();

  /** successors(c) as a lookup: each successor's place in that list. */
  successorRank(c: string): Map<string, number> {
    let r = this.ranks.get(c);
    if (!r) this.ranks.set(c, (r = new Map(this.successors(c).map((s, i) => [s, i]))));
    return r;
  }
}
