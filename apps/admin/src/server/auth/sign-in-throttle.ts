import { createHash } from 'node:crypto';
import { RateLimiterDrizzle, type RateLimiterRes } from 'rate-limiter-flexible';
import type { TDbOrTx } from '../db/client';
import { authThrottle } from '../db/schema/auth';

/**
 * Failed sign-ins each key may have before every further attempt must wait. The pair (one
 * account from one address) is the tightest: it stops guessing at once without letting someone
 * elsewhere lock the real owner out for long. The account alone catches guessing spread over
 * many addresses; the address alone catches one address trying many accounts.
 */
export const FREE_FAILURES = { pair: 5, account: 20, address: 50 } as const;
type TDimension = keyof typeof FREE_FAILURES;

/** Failures are forgotten a day after the first one in a row. */
const WINDOW_SECONDS = 24 * 60 * 60;
/** The first wait, doubling with each further failure, up to the cap. */
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

/** The wait after the `over`-th failure past the free ones: 30 s, 1 min, 2 min … 15 min. */
export function waitAfter(over: number): number {
  return Math.min(FIRST_WAIT_SECONDS * 2 ** Math.max(0, over - 1), MAX_WAIT_SECONDS);
}

/** Keys hold a hash, not the e-mail address or IP itself: the table needs no personal data. */
function key(dimension: TDimension, email: string, address: string | null): string {
  const parts =
    dimension === 'pair'
      ? [email, address ?? '']
      : dimension === 'account'
        ? [email]
        : [address ?? ''];
  return `${dimension}:${createHash('sha256').update(parts.join('\n')).digest('base64url')}`;
}

export interface TThrottleVerdict {
  /** Seconds before the next attempt is considered (0: go ahead). */
  waitSeconds: number;
}

export interface TFailureOutcome extends TThrottleVerdict {
  /** This failure put the account itself (not just one address) into waiting. */
  accountLocked: boolean;
  /** Failures in a row for the account. */
  accountFailures: number;
}

/**
 * Sign-in throttling with growing waits, stored in the database (rate-limiter-flexible's
 * RateLimiterDrizzle) so it holds across instances. Unknown accounts are counted exactly like
 * known ones, so the answers say nothing about which accounts exist.
 */
export class SignInThrottle {
  private readonly failures: RateLimiterDrizzle;
  private readonly locks: RateLimiterDrizzle;

  constructor(db: TDbOrTx) {
    const common = {
      storeClient: db,
      schema: authThrottle,
      // Expired rows are cleared by the library on an unref'd timer.
      clearExpiredByTimeout: true,
    };
    // A counter that never refuses by itself: the waits come from `locks`.
    this.failures = new RateLimiterDrizzle({
      ...common,
      keyPrefix: 'fail',
      points: Number.MAX_SAFE_INTEGER,
      duration: WINDOW_SECONDS,
    });
    this.locks = new RateLimiterDrizzle({
      ...common,
      keyPrefix: 'lock',
      points: 1,
      duration: MAX_WAIT_SECONDS,
    });
  }

  private static keys(email: string, address: string | null) {
    const dims: TDimension[] = address ? ['pair', 'account', 'address'] : ['account'];
    return dims.map((d) => ({ dimension: d, key: key(d, email, address) }));
  }

  /** Whether an attempt may be checked now; call before verifying any password. */
  async check(email: string, address: string | null): Promise<TThrottleVerdict> {
    let wait = 0;
    for (const { key: k } of SignInThrottle.keys(email, address)) {
      const res: RateLimiterRes | null = await this.locks.get(k);
      if (res && res.consumedPoints > 1) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
    }
    return { waitSeconds: wait };
  }

  /** Counts a failed attempt and starts (or lengthens) the wait where a limit is passed. */
  async recordFailure(email: string, address: string | null): Promise<TFailureOutcome> {
    let wait = 0;
    let accountLocked = false;
    let accountFailures = 0;
    for (const { dimension, key: k } of SignInThrottle.keys(email, address)) {
      const res = await this.failures.consume(k);
      const over = res.consumedPoints - FREE_FAILURES[dimension];
      if (dimension === 'account') accountFailures = res.consumedPoints;
      if (over > 0) {
        const seconds = waitAfter(over);
        await this.locks.block(k, seconds);
        wait = Math.max(wait, seconds);
        if (dimension === 'account' && over === 1) accountLocked = true;
      }
    }
    return { waitSeconds: wait, accountLocked, accountFailures };
  }

  /** A correct password: the account's own counters start again (the address's stay). */
  async recordSuccess(email: string, address: string | null): Promise<void> {
    for (const { dimension, key: k } of SignInThrottle.keys(email, address)) {
      if (dimension === 'address') continue;
      await this.failures.delete(k);
      await this.locks.delete(k);
    }
  }
}
