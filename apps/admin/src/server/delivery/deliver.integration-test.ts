import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { storageItems } from '../db/schema/declarations';
import { createOrRefreshDemo } from '../demo/create-or-refresh-demo';
import { publishSite } from '../services/publish/publish-site';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { deliveryRequest } from '../testing/delivery';
import {
  createDeliveryCaches,
  deliver,
  LIVE_POINTER_TTL_MS,
  type TDeliveryRequest,
} from './deliver';

/** A clock the test moves by hand. It starts past 0: lru-cache reads a 0 start as "no TTL". */
function manualClock() {
  let now = 1_000_000;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

await describeOnDrivers('delivery caches', (t) => {
  /** The demo site published once, and a way to publish the next version. */
  async function publishedDemo() {
    const { ctx } = await makeOrganisation(t.db, ['owner']);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    await publishSite(ctx.owner, { siteId: demo.siteId });
    const publishNext = async (purpose: string) => {
      await t.db
        .update(storageItems)
        .set({ purpose: { sv: purpose, en: purpose } })
        .where(and(eq(storageItems.siteId, demo.siteId), eq(storageItems.name, '_ga')));
      await publishSite(ctx.owner, { siteId: demo.siteId });
    };
    return { siteKey: demo.siteKey, publishNext };
  }
  /** The config unless `over` says otherwise: its JSON names the version served. */
  const req = (siteKey: string, over: Partial<TDeliveryRequest> = {}) =>
    deliveryRequest(siteKey, { kind: 'config', ...over });
  const liveVersion = async (caches: ReturnType<typeof createDeliveryCaches>, siteKey: string) =>
    JSON.parse(String((await deliver(t.db, req(siteKey), caches)).body)).version as number;

  it('trusts a live pointer for LIVE_POINTER_TTL_MS on its clock, then reads it again', async () => {
    const clock = manualClock();
    const caches = createDeliveryCaches({ clock });
    const { siteKey, publishNext } = await publishedDemo();
    expect(await liveVersion(caches, siteKey)).toBe(1);

    // Published elsewhere (another instance): this instance's pointer is not told.
    await publishNext('Ändrad på en annan instans.');
    expect(await liveVersion(caches, siteKey)).toBe(1);
    clock.advance(LIVE_POINTER_TTL_MS);
    expect(await liveVersion(caches, siteKey)).toBe(1);
    clock.advance(1);
    expect(await liveVersion(caches, siteKey)).toBe(2);
  });

  it('remembers an unknown site key for the TTL as well', async () => {
    const clock = manualClock();
    const caches = createDeliveryCaches({ clock });
    const missing = await deliver(t.db, req('NoSuchSiteKey42'), caches);
    expect(missing.status).toBe(404);
    expect(caches.pointers.get('NoSuchSiteKey42')).toEqual({ site: undefined });
    clock.advance(LIVE_POINTER_TTL_MS + 1);
    expect(caches.pointers.get('NoSuchSiteKey42')).toBeUndefined();
  });

  it('evicts the least recently used built answer, not the oldest', async () => {
    const caches = createDeliveryCaches({ max: 2 });
    const { siteKey } = await publishedDemo();
    const kinds = () => [...caches.built.keys()].map((k) => k.split(':')[0]).sort();
    await deliver(t.db, req(siteKey, { kind: 'config' }), caches);
    await deliver(t.db, req(siteKey, { kind: 'script' }), caches);
    // The config, built first, is used again; the script is now the least recently used.
    const config = await deliver(t.db, req(siteKey, { kind: 'config' }), caches);
    expect(config.status).toBe(200);
    await deliver(t.db, req(siteKey, { kind: 'declaration', locale: 'sv' }), caches);
    expect(kinds()).toEqual(['config', 'declaration']);
  });
});
