// Whether a word crosses a join, asked of the join's "zones" only: the lone characters that end
// one fragment's own cut and start another's (月 | 底). Pass 1 of the reading-order repair asks
// this of thousands of far pairs before it makes any joined cut of two ends; the zones are a few
// characters and repeat across a page, so each answer is kept here, apart from the join scoring.
import type { Segmenter } from '../types';
import type { DictionaryCuts } from './dictionary-cuts';

export class ZoneJoins {
  constructor(
    private readonly segmenter: Segmenter | null,
    private readonly cutter: DictionaryCuts,
  ) {}

  /** Cuts these zone pairs' texts in batches, ahead of across. */
  prepare(pairs: Iterable<readonly [string, string]>): void {
    if (!this.segmenter) return;
    const zones = new Set<string>();
    for (const [tz, hz] of pairs) if (tz && hz && !this.answers.get(tz)?.has(hz)) zones.add(tz + hz);
    this.cutter.cutAll(zones);
  }

  /** across(tz, hz) is answered already. */
  known(tz: string, hz: string): boolean {
    return !!this.answers.get(tz)?.has(hz);
  }

  // Answers by tail zone, then head zone (no key strings built in the pair loop).
  private readonly answers = new Map<string, Map<string, boolean>>();

  /**
   * Whether two zones of lone characters (tailZone | headZone), cut on their own, form a word
   * across the join (月 | 底 → 月底, 为产 | 业 → 为/产业): the cheap test before the joined cut of
   * the two ends. A join that resolves lone characters nearly always does it this way, and the
   * few-character zones repeat across a page, so each answer is kept.
   */
  across(tz: string, hz: string): boolean {
    if (!tz || !hz || !this.segmenter) return false;
    let byHead = this.answers.get(tz);
    if (!byHead) this.answers.set(tz, (byHead = new Map()));
    let v = byHead.get(hz);
    if (v === undefined) {
      v = false;
      let pos = 0;
      for (const tok of this.cutter.dictCut(tz + hz)) {
        const end = pos + tok.length;
        if (pos < tz.length && end > tz.length) v = true;
        if (end >= tz.length) break;
        pos = end;
      }
      byHead.set(hz, v);
    }
    return v;
  }
}
