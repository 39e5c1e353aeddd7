/**
 * Fixed-window request counters, in memory. Per process: with several app instances each
 * enforces its own share, which is what a per-instance guard against a flood needs (the
 * database is the shared resource it protects, and each instance batches its own writes).
 */
export class RateLimiter {
  private window = 0;
  private counts = new Map<string, number>();

  /** `limit` requests per `windowMs`; a limit of 0 means unlimited. */
  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for `key`: `null` when allowed, else seconds until the window ends. */
  hit(key: string): number | null {
    if (this.limit <= 0) return null;
    const t = this.now();
    const w = Math.floor(t / this.windowMs);
    if (w !== this.window) {
      // A new window forgets every key at once, so memory never outgrows one window's keys.
      this.window = w;
      this.counts.clear();
    }
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= this.limit) return null;
    return Math.max(1, Math.ceil(((w + 1) * this.windowMs - t) / 1000));
  }
}
