// Lookup tables for pass 1 of the reading-order repair (strong-join-candidates.ts): the lone
// characters at fragment ends ("zones") are interned as numbers, and facts about a pair of zones
// are kept in one table, so a pair loop that runs tens of thousands of times compares numbers
// instead of building key strings.

/** Distinct strings numbered in order of first sight. */
export class Zones {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  id(z: string): number {
    let i = this.ids.get(z);
    if (i === undefined) {
      this.ids.set(z, (i = this.texts.length));
      this.texts.push(z);
    }
    return i;
  }
  text(i: number): string {
    return this.texts[i]!;
  }
  get size(): number {
    return this.texts.length;
  }
}

/** Facts per pair of zone ids: a dense table when small, else a map. */
export class ZonePairs {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  // Bits of an entry: 1 queued for a cut, 2 word-across answered, 4 a word crosses; the rest is
  // 1 + how often the page prints the pair of characters across the zones (0 = not asked yet).
  constructor(
    tails: number,
    private readonly heads: number,
  ) {
    // A page with thousands of distinct zones would zero megabytes for a few thousand pairs asked.
    this.dense = tails * heads <= 1 << 18 ? new Int32Array(tails * heads) : null;
  }
  private get(k: number): number {
    return this.dense ? this.dense[k]! : (this.sparse.get(k) ?? 0);
  }
  private set(k: number, v: number): void {
    if (this.dense) this.dense[k] = v;
    else this.sparse.set(k, v);
  }
  printed(t: number, h: number): number {
    return this.get(t * this.heads + h) >> 3;
  }
  setPrinted(t: number, h: number, p: number): void {
    const k = t * this.heads + h;
    this.set(k, (p << 3) | (this.get(k) & 7));
  }
  queued(t: number, h: number): boolean {
    return (this.get(t * this.heads + h) & 1) === 1;
  }
  queue(t: number, h: number): void {
    const k = t * this.heads + h;
    this.set(k, this.get(k) | 1);
  }
  /** Whether a word crosses the two zones: 1 yes, 0 no, -1 not answered yet (see setAnswer). */
  answer(t: number, h: number): number {
    const v = this.get(t * this.heads + h);
    return v & 2 ? (v & 4) >> 2 : -1;
  }
  setAnswer(t: number, h: number, across: boolean): void {
    const k = t * this.heads + h;
    this.set(k, this.get(k) | 2 | (across ? 4 : 0));
  }
}
