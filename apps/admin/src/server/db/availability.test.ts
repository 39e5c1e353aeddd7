import { describe, expect, it } from 'vitest';
import { DatabaseAvailability } from './availability';

const lost = Object.assign(new Error('terminating connection due to administrator command'), {
  code: '57P01',
});
const refused = Object.assign(new Error('duplicate key'), { code: '23505' });

describe('DatabaseAvailability', () => {
  it('pauses after a lost connection, growing to a cap, and one success ends the pause', () => {
    let now = 0;
    const a = new DatabaseAvailability(() => now, 500, 2000);
    expect(a.retryAfter()).toBeNull();
    a.failed(lost);
    expect(a.retryAfter()).toBe(1);
    now += 500;
    expect(a.retryAfter()).toBeNull(); // the first request after the pause tries again
    a.failed(lost);
    now += 999;
    expect(a.retryAfter()).toBe(1);
    now += 1;
    expect(a.retryAfter()).toBeNull();
    a.failed(lost);
    a.failed(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    expect(a.retryAfter()).toBe(2); // capped at 2 s
    now += 2000;
    a.succeeded();
    a.failed(lost);
    expect(a.retryAfter()).toBe(1); // back to the shortest pause
  });

  it('ignores errors that are not a lost connection', () => {
    const a = new DatabaseAvailability(() => 0);
    a.failed(refused);
    a.failed(new Error('something else'));
    expect(a.retryAfter()).toBeNull();
  });

  it('sees a lost connection through drizzle’s wrapper (the code is on the cause)', () => {
    const a = new DatabaseAvailability(() => 0);
    a.failed(Object.assign(new Error('Failed query: insert …'), { cause: lost }));
    expect(a.retryAfter()).toBe(1);
  });
});
