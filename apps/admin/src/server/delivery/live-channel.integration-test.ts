/**
 * Issue 16: a publish is visible on every instance at once, not after the pointer's TTL: each
 * listens on PostgreSQL's `smula_live` channel and forgets the published site's pointer.
 */
import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { storageItems } from '../db/schema/declarations';
import { createOrRefreshDemo } from '../demo/create-or-refresh-demo';
import { publishSite } from '../services/publish/publish-site';
import { makeOrganisation } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { deliveryRequest } from '../testing/delivery';
import { waitUntil } from '../testing/faults';
import { createDeliveryCaches, deliver } from './deliver';
import { LivePointerListener } from './live-channel';

await describeOnDrivers('live pointers over LISTEN/NOTIFY', (t, driver) => {
  it.skipIf(driver.name !== 'pg')(
    'another instance forgets the pointer when a site is published, within its TTL',
    async () => {
      // A clock that never moves: the pointer can only go because of the notification.
      const caches = createDeliveryCaches({ clock: { now: () => 1_000_000 } });
      const listener = new LivePointerListener(t.url!, caches, () => {});
      await listener.start();
      try {
        expect(listener.connected).toBe(true);
        const { ctx } = await makeOrganisation(t.db, ['owner']);
        const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
        await publishSite(ctx.owner, { siteId: demo.siteId });
        // The first publish's own notification may arrive after the first read below and drop
        // its pointer; a sentinel sent after it (delivered in commit order) says it has passed.
        caches.pointers.set('sentinel', {} as never);
        await t.db.execute(sql`select pg_notify('smula_live', 'sentinel')`);
        await waitUntil('the first notifications', () => !caches.pointers.has('sentinel'), 10_000);
        const version = async () =>
          JSON.parse(
            String(
              (await deliver(t.db, deliveryRequest(demo.siteKey, { kind: 'config' }), caches)).body,
            ),
          ).version as number;
        expect(await version()).toBe(1);
        expect(caches.pointers.get(demo.siteKey)).toBeDefined();
        await t.db
          .update(storageItems)
          .set({ purpose: { sv: 'Ändrad.', en: 'Changed.' } })
          .where(and(eq(storageItems.siteId, demo.siteId), eq(storageItems.name, '_ga')));
        await publishSite(ctx.owner, { siteId: demo.siteId });
        await waitUntil(
          'the notification',
          () => caches.pointers.get(demo.siteKey) === undefined,
          10_000,
        );
        expect(await version()).toBe(2);
      } finally {
        await listener.end();
      }
    },
  );
});
