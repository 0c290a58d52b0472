// Time as a parameter, so the crawler's spacing, backoff and timeouts run under fake clocks in
// tests and under the real one (or alarms) in the extension.

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * A manual clock for tests: timers fire only inside advance(), in time order, with promise
 * callbacks settled between them so async code sees each step as it would for real.
 */
export class FakeClock implements Clock {
  private time: number;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void; seq: number }>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.time + Math.max(0, ms), fn, seq: id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Number of timers not yet fired. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing due timers in order. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    await settle();
    for (;;) {
      let next: [number, { at: number; fn: () => void; seq: number }] | null = null;
      for (const entry of this.timers) if (entry[1].at <= until && (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].seq < next[1].seq))) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].fn();
      await settle();
    }
    this.time = until;
    await settle();
  }

  /** Advances until no timer is left (or `limitMs` has passed). */
  async runAll(limitMs = 24 * 3600_000): Promise<void> {
    const end = this.time + limitMs;
    await settle(); // let work that is about to set a timer get there
    while (this.timers.size && this.time < end) {
      const at = Math.min(...[...this.timers.values()].map((t) => t.at));
      await this.advance(Math.max(0, Math.min(at, end) - this.time));
    }
  }
}

/** Lets pending promise callbacks run (a macrotask turn drains every microtask before it). */
export function settle(): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, 0));
}
