import { isConnectionError } from './errors';

/**
 * Whether the database is worth trying, per process. After a lost connection, requests are
 * answered 503 at once for a short, growing pause (0.5 s doubling to 8 s) instead of each
 * waiting on a connection attempt; the first request after the pause tries again, and one
 * success ends the pause. The pool itself reconnects on demand: nothing needs a restart.
 */
export class DatabaseAvailability {
  private downUntil = 0;
  private pause = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly minPauseMs = 500,
    private readonly maxPauseMs = 8000,
  ) {}

  /** Seconds a client should wait (for Retry-After) while in a pause, else null: go ahead. */
  retryAfter(): number | null {
    const left = this.downUntil - this.now();
    return left > 0 ? Math.max(1, Math.ceil(left / 1000)) : null;
  }

  /** Notes a failure; only a lost connection starts (or lengthens) a pause. */
  failed(err: unknown): void {
    if (!isConnectionError(err)) return;
    this.pause = this.pause ? Math.min(this.pause * 2, this.maxPauseMs) : this.minPauseMs;
    this.downUntil = this.now() + this.pause;
  }

  succeeded(): void {
    this.pause = 0;
    this.downUntil = 0;
  }
}
