import { and, eq } from 'drizzle-orm';
import { afterEach, expect, it, vi } from 'vitest';
import { auditEvents } from '../db/schema/audit';
import { users } from '../db/schema/auth';
import { signOutEverywhere } from '../services/account/sign-out-everywhere';
import { removeMember } from '../services/member/remove-member';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { authorizePassword, waitInWords } from './authorize-password';
import { actorFromClaims } from './index';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { FREE_FAILURES, SignInThrottle, waitAfter } from './sign-in-throttle';

afterEach(() => {
  vi.useRealTimers();
});

const uniqueEmail = (label: string) =>
  `${label}-${Math.random().toString(36).slice(2)}@example.test`.toLowerCase();

it('waits grow from 30 seconds, doubling, to at most 15 minutes', () => {
  expect([1, 2, 3, 4, 5, 6, 7, 20].map(waitAfter)).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  expect([30, 59, 60, 61, 900].map(waitInWords)).toEqual([
    '30 seconds',
    '59 seconds',
    '1 minute',
    '2 minutes',
    '15 minutes',
  ]);
});

it('the dummy hash for unknown accounts is a real argon2id hash that no guess matches', async () => {
  const dummy = await dummyPasswordHash();
  expect(dummy).toMatch(/^\$argon2id\$/);
  expect(await dummyPasswordHash()).toBe(dummy);
  expect(await verifyPassword(dummy, '')).toBe(false);
  expect(await verifyPassword(dummy, 'password123')).toBe(false);
});

await describeOnDrivers('sign-in protection', (t) => {
  async function withPassword(password: string) {
    const { org, ctx } = await makeOrganisation(t.db, ['owner', 'admin']);
    const email = ctx.admin.actor!.email;
    await t.db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, ctx.admin.actor!.id));
    return { org, ctx, email };
  }

  it('lets five wrong passwords from one address through, then makes each next one wait longer', async () => {
    const throttle = new SignInThrottle(t.db);
    const { email } = await withPassword('the right password');
    const address = '192.0.2.10';
    for (let i = 0; i < FREE_FAILURES.pair; i++) {
      const r = await authorizePassword(t.db, throttle, { email, password: `wrong ${i}` }, address);
      expect(r).toEqual({ ok: false, reason: 'invalid' });
    }
    const sixth = await authorizePassword(t.db, throttle, { email, password: 'wrong' }, address);
    expect(sixth).toEqual({ ok: false, reason: 'throttled', waitSeconds: 30 });
    // While waiting even the right password is not checked.
    const during = await authorizePassword(
      t.db,
      throttle,
      { email, password: 'the right password' },
      address,
    );
    expect(during).toMatchObject({ ok: false, reason: 'throttled' });
    // Another address is not held up by this one's failures (the account has 6 of 20).
    const elsewhere = await authorizePassword(
      t.db,
      throttle,
      { email, password: 'the right password' },
      '198.51.100.7',
    );
    expect(elsewhere.ok).toBe(true);
  });

  it('answers an unknown account exactly like a known one with a wrong password', async () => {
    const throttle = new SignInThrottle(t.db);
    const { email } = await withPassword('the right password');
    const unknown = uniqueEmail('nobody');
    const outcomes = async (who: string, address: string) => {
      const out = [];
      for (let i = 0; i < FREE_FAILURES.pair + 2; i++) {
        // Let each wait run out (the clock moves, the database stays real).
        vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 3600_000 * (i + 1) });
        out.push(await authorizePassword(t.db, throttle, { email: who, password: 'x' }, address));
      }
      vi.useRealTimers();
      return out;
    };
    expect(await outcomes(unknown, '203.0.113.1')).toEqual(await outcomes(email, '203.0.113.2'));
  });

  it('grows the wait per failure and lifts it when the wait is over', async () => {
    const throttle = new SignInThrottle(t.db);
    const email = uniqueEmail('grow');
    const address = '192.0.2.99';
    const waits: number[] = [];
    for (let i = 0; i < FREE_FAILURES.pair + 3; i++)
      waits.push((await throttle.recordFailure(email, address)).waitSeconds);
    expect(waits).toEqual([0, 0, 0, 0, 0, 30, 60, 120]);
    expect((await throttle.check(email, address)).waitSeconds).toBeGreaterThan(100);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 121_000 });
    expect((await throttle.check(email, address)).waitSeconds).toBe(0);
  });

  it('a correct password clears the account’s count; the lockout of an account is audited', async () => {
    const throttle = new SignInThrottle(t.db);
    const { org, email } = await withPassword('the right password');
    // Failures spread over addresses: only the account-wide limit applies.
    for (let i = 0; i < FREE_FAILURES.account; i++)
      await authorizePassword(t.db, throttle, { email, password: 'no' }, `10.0.${i}.1`);
    const none = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, org.id), eq(auditEvents.action, 'lockout')));
    expect(none).toHaveLength(0);
    const locked = await authorizePassword(t.db, throttle, { email, password: 'no' }, '10.1.0.1');
    expect(locked).toEqual({ ok: false, reason: 'throttled', waitSeconds: 30 });
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, org.id), eq(auditEvents.action, 'lockout')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: 'account', actorId: null });
    expect(JSON.stringify(events[0]!.after)).not.toContain(email);

    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 31_000 });
    const ok = await authorizePassword(
      t.db,
      throttle,
      { email, password: 'the right password' },
      '10.1.0.1',
    );
    expect(ok.ok).toBe(true);
    // Counting starts again from zero for the account.
    const next = await authorizePassword(t.db, throttle, { email, password: 'no' }, '10.2.0.1');
    expect(next).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses malformed input before touching the throttle or argon2', async () => {
    const throttle = new SignInThrottle(t.db);
    for (const raw of [{}, { email: 'not an address', password: 'x' }, { email: 'a@b.se' }])
      expect(await authorizePassword(t.db, throttle, raw, '192.0.2.1')).toEqual({
        ok: false,
        reason: 'invalid',
      });
  });

  it('ends sessions older than the absolute maximum, or of an older session version', async () => {
    const { ctx } = await makeOrganisation(t.db, ['owner', 'editor']);
    const id = ctx.editor.actor!.id;
    const now = Date.now();
    const fresh = { id, sv: 0, authAt: Math.floor(now / 1000) - 60 };
    expect(await actorFromClaims(t.db, fresh, now)).toEqual(ctx.editor.actor);
    expect(await actorFromClaims(t.db, { id, sv: 0 }, now)).toBeNull();
    expect(
      await actorFromClaims(t.db, { ...fresh, authAt: Math.floor(now / 1000) - 8 * 86400 }, now),
    ).toBeNull();

    await signOutEverywhere(ctx.editor);
    expect(await actorFromClaims(t.db, fresh, now)).toBeNull();
    expect(await actorFromClaims(t.db, { ...fresh, sv: 1 }, now)).toEqual(ctx.editor.actor);
  });

  it('removing a member revokes their sessions', async () => {
    const { org, ctx } = await makeOrganisation(t.db, ['owner', 'viewer']);
    const id = ctx.viewer.actor!.id;
    const claims = { id, sv: 0, authAt: Math.floor(Date.now() / 1000) };
    expect(await actorFromClaims(t.db, claims, Date.now())).not.toBeNull();
    await removeMember(ctx.owner, { organisationId: org.id, userId: id });
    expect(await actorFromClaims(t.db, claims, Date.now())).toBeNull();
  });
});
