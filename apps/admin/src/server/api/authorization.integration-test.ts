/**
 * Every tRPC procedure × every kind of caller, through `createCaller` (not HTTP). The table is
 * keyed by procedure path and compared with `appRouter._def.procedures`: a procedure added
 * without a row here fails the first test. Then, for every procedure whose input names an id,
 * the owner of another organisation tries it with this organisation's ids (alone, and paired
 * with their own site) and must get NOT_FOUND with nothing changed.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TRPCError } from '@trpc/server';
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '../db/client';
import { auditEvents } from '../db/schema/audit';
import { categories, storageItems, vendors } from '../db/schema/declarations';
import { invitations, memberships, type TRole } from '../db/schema/organisations';
import { sites } from '../db/schema/sites';
import { configVersions } from '../db/schema/versions';
import { webhookDeliveries, webhookEndpoints } from '../db/schema/webhooks';
import { createCategory } from '../services/category/create-category';
import { listCategories } from '../services/category/list-categories';
import type { TServiceCtx } from '../services/context';
import { createInvitation } from '../services/invitation/create-invitation';
import { publishSite } from '../services/publish/publish-site';
import { createSite } from '../services/site/create-site';
import { createStorageItem } from '../services/storage-item/create-storage-item';
import { createVendor } from '../services/vendor/create-vendor';
import { createWebhook } from '../services/webhook/create-webhook';
import { sendTestWebhook } from '../services/webhook/send-test-webhook';
import { makeOrganisation, makeUser } from '../testing/actors';
import { describeOnDrivers } from '../testing/databases';
import { insertDoneScan } from '../testing/scans';
import { appRouter, createCaller } from './root';

const CALLERS = ['owner', 'admin', 'editor', 'viewer', 'nonMember', 'anonymous'] as const;
type TCaller = (typeof CALLERS)[number];
type TOutcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHORIZED' | 'CONFLICT';
type TApi = ReturnType<typeof createCaller>;
type TExpect = Record<TCaller, TOutcome>;

const RANK: Record<TRole, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

/** Members with at least `min` succeed, lower roles are forbidden, others do not find it. */
// A cookie page for declaration.fetchImportUrl, on loopback (the admin's tests allow private
// addresses, SMULA_SCAN_ALLOW_PRIVATE=1): a permitted caller's fetch succeeds.
const policyPage = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    '<table><tr><th>Name</th><th>Provider</th></tr><tr><td>_ga</td><td>Google</td></tr></table>',
  );
});
await new Promise<void>((resolve) => policyPage.listen(0, '127.0.0.1', resolve));
const policyUrl = `http://127.0.0.1:${(policyPage.address() as AddressInfo).port}/kakor`;
afterAll(() => {
  policyPage.close();
});

const atLeast = (min: TRole): TExpect => ({
  owner: 'ok',
  admin: RANK.admin >= RANK[min] ? 'ok' : 'FORBIDDEN',
  editor: RANK.editor >= RANK[min] ? 'ok' : 'FORBIDDEN',
  viewer: RANK.viewer >= RANK[min] ? 'ok' : 'FORBIDDEN',
  nonMember: 'NOT_FOUND',
  anonymous: 'UNAUTHORIZED',
});
const signedIn: TExpect = {
  owner: 'ok',
  admin: 'ok',
  editor: 'ok',
  viewer: 'ok',
  nonMember: 'ok',
  anonymous: 'UNAUTHORIZED',
};
const everyone = (outcome: TOutcome): TExpect =>
  Object.fromEntries(CALLERS.map((c) => [c, outcome])) as TExpect;

/** Organisation A (the one under test) and B (the non-member's, the cross-tenant attacker's). */
async function makeFixture(db: TDb) {
  const a = await makeOrganisation(db);
  const b = await makeOrganisation(db, ['owner']);
  const site = await createSite(a.ctx.owner, {
    organisationId: a.org.id,
    name: 'A',
    domains: ['a.example'],
  });
  const siteB = await createSite(b.ctx.owner, { organisationId: b.org.id, name: 'B' });
  const catsA = await listCategories(a.ctx.owner, { siteId: site.id });
  const catsB = await listCategories(b.ctx.owner, { siteId: siteB.id });
  const unclassifiedA = catsA.find((c) => c.key === 'unclassified')!;
  const unclassifiedB = catsB.find((c) => c.key === 'unclassified')!;
  let n = 0;
  const next = () => `${++n}${randomBytes(2).toString('hex')}`;

  const fresh = {
    category: () => createCategory(a.ctx.owner, { siteId: site.id, key: `c${next()}` }),
    vendor: () => createVendor(a.ctx.owner, { siteId: site.id, name: `Vendor ${next()}` }),
    item: (ctx: TServiceCtx = a.ctx.owner, siteId = site.id, categoryId = unclassifiedA.id) =>
      createStorageItem(ctx, { siteId, name: `i_${next()}`, duration: 'Session', categoryId }),
    member: async () => {
      const u = await makeUser(db, 'member');
      await db
        .insert(memberships)
        .values({ organisationId: a.org.id, userId: u.id, role: 'viewer' });
      return u;
    },
    invitation: () =>
      createInvitation(a.ctx.owner, {
        organisationId: a.org.id,
        email: `invited-${next()}@example.test`,
        role: 'viewer',
      }),
    site: async (siteId = site.id) => {
      const [row] = await db.select().from(sites).where(eq(sites.id, siteId));
      return row!;
    },
    /** An empty site of A: passes the publish lint. */
    publishable: () => createSite(a.ctx.owner, { organisationId: a.org.id, name: `P ${next()}` }),
    /** A webhook endpoint of A on loopback (tests allow private addresses). */
    webhook: async (siteId = site.id) =>
      (await createWebhook(a.ctx.owner, { siteId, url: WEBHOOK_URL })).endpoint,
  };

  const actorOf = (ctx: TServiceCtx | undefined) => ctx?.actor ?? null;
  const callers: Record<TCaller, TApi> = {
    owner: createCaller({ db, actor: actorOf(a.ctx.owner) }),
    admin: createCaller({ db, actor: actorOf(a.ctx.admin) }),
    editor: createCaller({ db, actor: actorOf(a.ctx.editor) }),
    viewer: createCaller({ db, actor: actorOf(a.ctx.viewer) }),
    nonMember: createCaller({ db, actor: actorOf(b.ctx.owner) }),
    anonymous: createCaller({ db, actor: null }),
  };
  // Long-lived rows of A for reads and cross-tenant attempts, and B's own counterparts.
  const itemA = await fresh.item();
  const vendorA = await fresh.vendor();
  const categoryA = await fresh.category();
  const invitationA = await fresh.invitation();
  const memberA = await fresh.member();
  const publishedSite = await fresh.publishable();
  await publishSite(a.ctx.owner, { siteId: publishedSite.id });
  const itemB = await fresh.item(b.ctx.owner, siteB.id, unclassifiedB.id);
  // Nothing sends in this test (no notifier, no DATABASE_URL): deliveries stay queued.
  const webhookA = await fresh.webhook();
  const deliveryA = await sendTestWebhook(a.ctx.owner, {
    siteId: site.id,
    endpointId: webhookA.id,
  });
  return {
    webhookA,
    deliveryA,
    db,
    a,
    b,
    site,
    siteB,
    catsA,
    catsB,
    unclassifiedA,
    unclassifiedB,
    itemA,
    itemB,
    vendorA,
    categoryA,
    invitationA,
    memberA,
    publishedSite,
    fresh,
    callers,
    next,
  };
}
type TFixture = Awaited<ReturnType<typeof makeFixture>>;

interface TRow {
  expect: TExpect;
  /** One call as `api`; builds fresh rows where the call uses them up. */
  call: (api: TApi, fx: TFixture) => Promise<unknown>;
  /** The same procedure with organisation A's ids, called by B's owner: each must be NOT_FOUND. */
  cross?: (api: TApi, fx: TFixture) => (() => Promise<unknown>)[];
}

const CSV = 'name,category\nauth_probe,unclassified\n';

// A finished scan of site A, made once per fixture (scan reads and additions use it).
const doneScans = new WeakMap<object, Promise<{ id: string }>>();
const doneScan = (fx: TFixture) => {
  if (!doneScans.has(fx)) doneScans.set(fx, insertDoneScan(fx.db, fx.site.id));
  return doneScans.get(fx)!;
};
/** A new site on loopback each time: one scan per site at a time, and tests allow private. */
const scannable = (fx: TFixture) =>
  createSite(fx.a.ctx.owner, {
    organisationId: fx.a.org.id,
    name: `Scan ${fx.next()}`,
    domains: ['127.0.0.1'],
  });
const ADDITION = [{ observation: 0, category: 'statistics' }];
const WEBHOOK_URL = 'http://127.0.0.1:9/hook';

const TABLE: Record<string, TRow> = {
  // setup: public. The database under test has users, so setup is closed for everyone; the
  // empty-database case has its own test below.
  'setup.state': { expect: everyone('ok'), call: (api) => api.setup.state() },
  'setup.createOwner': {
    expect: everyone('CONFLICT'),
    call: (api, fx) =>
      api.setup.createOwner({
        name: 'Late',
        email: `late-${fx.next()}@example.test`,
        password: 'a long enough password',
        organisationName: 'Late AB',
      }),
  },

  'organisation.list': { expect: signedIn, call: (api) => api.organisation.list() },
  'account.signOutEverywhere': {
    expect: signedIn,
    call: (api) => api.account.signOutEverywhere(),
  },
  'organisation.create': {
    expect: signedIn,
    call: (api, fx) => api.organisation.create({ name: `Org ${fx.next()}` }),
  },

  'site.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.site.list({ organisationId: fx.a.org.id }),
    cross: (api, fx) => [() => api.site.list({ organisationId: fx.a.org.id })],
  },
  'site.get': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.site.get({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.site.get({ siteId: fx.site.id })],
  },
  'site.overview': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.site.overview({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.site.overview({ siteId: fx.site.id })],
  },
  'site.create': {
    expect: atLeast('admin'),
    call: (api, fx) => api.site.create({ organisationId: fx.a.org.id, name: `S ${fx.next()}` }),
    cross: (api, fx) => [() => api.site.create({ organisationId: fx.a.org.id, name: 'Intruder' })],
  },
  'site.updateSettings': {
    expect: atLeast('admin'),
    call: async (api, fx) => {
      const s = await fx.fresh.site();
      return api.site.updateSettings({
        siteId: s.id,
        revision: s.revision,
        settings: s.settings,
      });
    },
    cross: (api, fx) => [
      () =>
        fx.fresh
          .site()
          .then((s) =>
            api.site.updateSettings({ siteId: s.id, revision: s.revision, settings: s.settings }),
          ),
    ],
  },

  'member.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.member.list({ organisationId: fx.a.org.id }),
    cross: (api, fx) => [() => api.member.list({ organisationId: fx.a.org.id })],
  },
  'member.changeRole': {
    expect: atLeast('admin'),
    call: async (api, fx) => {
      const u = await fx.fresh.member();
      return api.member.changeRole({ organisationId: fx.a.org.id, userId: u.id, role: 'editor' });
    },
    cross: (api, fx) => [
      () =>
        api.member.changeRole({
          organisationId: fx.a.org.id,
          userId: fx.memberA.id,
          role: 'owner',
        }),
      () =>
        api.member.changeRole({
          organisationId: fx.b.org.id,
          userId: fx.memberA.id,
          role: 'owner',
        }),
    ],
  },
  'member.remove': {
    expect: atLeast('admin'),
    call: async (api, fx) => {
      const u = await fx.fresh.member();
      return api.member.remove({ organisationId: fx.a.org.id, userId: u.id });
    },
    cross: (api, fx) => [
      () => api.member.remove({ organisationId: fx.a.org.id, userId: fx.memberA.id }),
      () => api.member.remove({ organisationId: fx.b.org.id, userId: fx.memberA.id }),
    ],
  },

  'invitation.create': {
    expect: atLeast('admin'),
    call: (api, fx) =>
      api.invitation.create({
        organisationId: fx.a.org.id,
        email: `new-${fx.next()}@example.test`,
        role: 'viewer',
      }),
    cross: (api, fx) => [
      () =>
        api.invitation.create({
          organisationId: fx.a.org.id,
          email: 'intruder@example.test',
          role: 'owner',
        }),
    ],
  },
  'invitation.list': {
    expect: atLeast('admin'),
    call: (api, fx) => api.invitation.list({ organisationId: fx.a.org.id }),
    cross: (api, fx) => [() => api.invitation.list({ organisationId: fx.a.org.id })],
  },
  'invitation.revoke': {
    expect: atLeast('admin'),
    call: async (api, fx) => {
      const inv = await fx.fresh.invitation();
      return api.invitation.revoke({ organisationId: fx.a.org.id, invitationId: inv.id });
    },
    cross: (api, fx) => [
      () => api.invitation.revoke({ organisationId: fx.a.org.id, invitationId: fx.invitationA.id }),
      () => api.invitation.revoke({ organisationId: fx.b.org.id, invitationId: fx.invitationA.id }),
    ],
  },
  // Public: the one-time token in the link is the credential, whoever holds it.
  'invitation.lookup': {
    expect: everyone('ok'),
    call: (api, fx) => api.invitation.lookup({ token: fx.invitationA.token }),
  },
  // Only the invited address may accept: a signed-in person with another address is refused;
  // someone without an account creates one with the link.
  'invitation.accept': {
    expect: { ...everyone('FORBIDDEN'), anonymous: 'ok' },
    call: async (api, fx) => {
      const inv = await fx.fresh.invitation();
      return api.invitation.accept({
        token: inv.token,
        name: 'Invited',
        password: 'a long enough password',
      });
    },
  },

  'category.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.category.list({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.category.list({ siteId: fx.site.id })],
  },
  'category.create': {
    expect: atLeast('editor'),
    call: (api, fx) => api.category.create({ siteId: fx.site.id, key: `k${fx.next()}` }),
    cross: (api, fx) => [() => api.category.create({ siteId: fx.site.id, key: 'intruder' })],
  },
  'category.update': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const c = await fx.fresh.category();
      return api.category.update({
        siteId: fx.site.id,
        id: c.id,
        revision: c.revision,
        required: true,
      });
    },
    cross: (api, fx) => [
      () => api.category.update({ siteId: fx.site.id, id: fx.categoryA.id, revision: 1, key: 'x' }),
      () =>
        api.category.update({ siteId: fx.siteB.id, id: fx.categoryA.id, revision: 1, key: 'x' }),
    ],
  },
  'category.reorder': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const cats = await listCategories(fx.a.ctx.owner, { siteId: fx.site.id });
      return api.category.reorder({ siteId: fx.site.id, ids: cats.map((c) => c.id) });
    },
    cross: (api, fx) => [
      () =>
        listCategories(fx.a.ctx.owner, { siteId: fx.site.id }).then((cats) =>
          api.category.reorder({ siteId: fx.site.id, ids: cats.map((c) => c.id).reverse() }),
        ),
      () =>
        api.category.reorder({
          siteId: fx.siteB.id,
          ids: [...fx.catsB.map((c) => c.id), fx.categoryA.id],
        }),
    ],
  },
  'category.delete': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const c = await fx.fresh.category();
      return api.category.delete({ siteId: fx.site.id, id: c.id, revision: c.revision });
    },
    cross: (api, fx) => [
      () => api.category.delete({ siteId: fx.site.id, id: fx.categoryA.id, revision: 1 }),
      () => api.category.delete({ siteId: fx.siteB.id, id: fx.categoryA.id, revision: 1 }),
      // B's own category, its items "moved" into A's category.
      () =>
        createCategory(fx.b.ctx.owner, { siteId: fx.siteB.id, key: `b${fx.next()}` }).then((c) =>
          api.category.delete({
            siteId: fx.siteB.id,
            id: c.id,
            revision: c.revision,
            moveItemsTo: fx.categoryA.id,
          }),
        ),
    ],
  },

  'vendor.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.vendor.list({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.vendor.list({ siteId: fx.site.id })],
  },
  'vendor.create': {
    expect: atLeast('editor'),
    call: (api, fx) => api.vendor.create({ siteId: fx.site.id, name: `V ${fx.next()}` }),
    cross: (api, fx) => [() => api.vendor.create({ siteId: fx.site.id, name: 'Intruder' })],
  },
  'vendor.update': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const v = await fx.fresh.vendor();
      return api.vendor.update({
        siteId: fx.site.id,
        id: v.id,
        revision: v.revision,
        countries: ['SE'],
      });
    },
    cross: (api, fx) => [
      () => api.vendor.update({ siteId: fx.site.id, id: fx.vendorA.id, revision: 1, name: 'x' }),
      () => api.vendor.update({ siteId: fx.siteB.id, id: fx.vendorA.id, revision: 1, name: 'x' }),
    ],
  },
  'vendor.delete': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const v = await fx.fresh.vendor();
      return api.vendor.delete({ siteId: fx.site.id, id: v.id, revision: v.revision });
    },
    cross: (api, fx) => [
      () => api.vendor.delete({ siteId: fx.site.id, id: fx.vendorA.id, revision: 1 }),
      () => api.vendor.delete({ siteId: fx.siteB.id, id: fx.vendorA.id, revision: 1 }),
    ],
  },

  'storageItem.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.storageItem.list({ siteId: fx.site.id, search: 'i_' }),
    cross: (api, fx) => [
      () => api.storageItem.list({ siteId: fx.site.id }),
      () => api.storageItem.list({ siteId: fx.siteB.id, categoryId: fx.unclassifiedA.id }),
      () => api.storageItem.list({ siteId: fx.siteB.id, vendorId: fx.vendorA.id }),
    ],
  },
  'storageItem.create': {
    expect: atLeast('editor'),
    call: (api, fx) =>
      api.storageItem.create({
        siteId: fx.site.id,
        name: `n_${fx.next()}`,
        duration: '1 day',
        categoryId: fx.unclassifiedA.id,
      }),
    cross: (api, fx) => [
      () =>
        api.storageItem.create({
          siteId: fx.site.id,
          name: 'intruder',
          duration: '1 day',
          categoryId: fx.unclassifiedA.id,
        }),
      () =>
        api.storageItem.create({
          siteId: fx.siteB.id,
          name: 'intruder',
          duration: '1 day',
          categoryId: fx.unclassifiedA.id,
        }),
      () =>
        api.storageItem.create({
          siteId: fx.siteB.id,
          name: 'intruder',
          duration: '1 day',
          categoryId: fx.unclassifiedB.id,
          vendorId: fx.vendorA.id,
        }),
    ],
  },
  'storageItem.update': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const i = await fx.fresh.item();
      return api.storageItem.update({
        siteId: fx.site.id,
        id: i.id,
        revision: i.revision,
        party: 'first',
      });
    },
    cross: (api, fx) => [
      () => api.storageItem.update({ siteId: fx.site.id, id: fx.itemA.id, revision: 1, name: 'x' }),
      () =>
        api.storageItem.update({ siteId: fx.siteB.id, id: fx.itemA.id, revision: 1, name: 'x' }),
      // B's own item pointed at A's category or vendor.
      () =>
        api.storageItem.update({
          siteId: fx.siteB.id,
          id: fx.itemB.id,
          revision: fx.itemB.revision,
          categoryId: fx.unclassifiedA.id,
        }),
      () =>
        api.storageItem.update({
          siteId: fx.siteB.id,
          id: fx.itemB.id,
          revision: fx.itemB.revision,
          vendorId: fx.vendorA.id,
        }),
    ],
  },
  'storageItem.delete': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const i = await fx.fresh.item();
      return api.storageItem.delete({ siteId: fx.site.id, id: i.id, revision: i.revision });
    },
    cross: (api, fx) => [
      () => api.storageItem.delete({ siteId: fx.site.id, id: fx.itemA.id, revision: 1 }),
      () => api.storageItem.delete({ siteId: fx.siteB.id, id: fx.itemA.id, revision: 1 }),
    ],
  },
  'storageItem.bulkMove': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const i = await fx.fresh.item();
      const target = fx.catsA.find((c) => c.key === 'preferences')!;
      return api.storageItem.bulkMove({
        siteId: fx.site.id,
        categoryId: target.id,
        items: [{ id: i.id, revision: i.revision }],
      });
    },
    cross: (api, fx) => [
      () =>
        api.storageItem.bulkMove({
          siteId: fx.site.id,
          categoryId: fx.categoryA.id,
          items: [{ id: fx.itemA.id, revision: 1 }],
        }),
      () =>
        api.storageItem.bulkMove({
          siteId: fx.siteB.id,
          categoryId: fx.unclassifiedB.id,
          items: [{ id: fx.itemA.id, revision: 1 }],
        }),
      () =>
        api.storageItem.bulkMove({
          siteId: fx.siteB.id,
          categoryId: fx.categoryA.id,
          items: [{ id: fx.itemB.id, revision: fx.itemB.revision }],
        }),
    ],
  },

  'declaration.get': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.declaration.get({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.declaration.get({ siteId: fx.site.id })],
  },
  'declaration.missingTranslations': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.declaration.missingTranslations({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.declaration.missingTranslations({ siteId: fx.site.id })],
  },
  'declaration.updateTexts': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const s = await fx.fresh.site();
      return api.declaration.updateTexts({
        siteId: s.id,
        revision: s.revision,
        locale: 'sv',
        texts: { banner: { title: `Kakor ${fx.next()}` } },
      });
    },
    cross: (api, fx) => [
      () =>
        fx.fresh.site().then((s) =>
          api.declaration.updateTexts({
            siteId: s.id,
            revision: s.revision,
            locale: 'sv',
            texts: { banner: { title: 'Intruder' } },
          }),
        ),
    ],
  },
  'declaration.updateAppearance': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const s = await fx.fresh.site();
      return api.declaration.updateAppearance({
        siteId: s.id,
        revision: s.revision,
        appearance: s.appearance,
      });
    },
    cross: (api, fx) => [
      () =>
        fx.fresh.site().then((s) =>
          api.declaration.updateAppearance({
            siteId: s.id,
            revision: s.revision,
            appearance: s.appearance,
          }),
        ),
    ],
  },
  'declaration.previewImport': {
    expect: atLeast('editor'),
    call: (api, fx) =>
      api.declaration.previewImport({ siteId: fx.site.id, format: 'csv', text: CSV }),
    cross: (api, fx) => [
      () => api.declaration.previewImport({ siteId: fx.site.id, format: 'csv', text: CSV }),
    ],
  },
  'declaration.applyImport': {
    expect: atLeast('editor'),
    call: (api, fx) =>
      api.declaration.applyImport({ siteId: fx.site.id, format: 'csv', text: CSV }),
    cross: (api, fx) => [
      () => api.declaration.applyImport({ siteId: fx.site.id, format: 'csv', text: CSV }),
    ],
  },
  'declaration.exportCsv': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.declaration.exportCsv({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.declaration.exportCsv({ siteId: fx.site.id })],
  },
  // Any signed-in user gets a demo organisation of their own.
  'publish.preview': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.publish.preview({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.publish.preview({ siteId: fx.site.id })],
  },
  'publish.publish': {
    expect: atLeast('editor'),
    // A new empty site each time: lint-clean and never "same as live".
    call: async (api, fx) =>
      api.publish.publish({ siteId: (await fx.fresh.publishable()).id, note: 'auth' }),
    cross: (api, fx) => [() => api.publish.publish({ siteId: fx.site.id })],
  },
  'publish.versions': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.publish.versions({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.publish.versions({ siteId: fx.site.id })],
  },
  'publish.version': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.publish.version({ siteId: fx.publishedSite.id, version: 1 }),
    cross: (api, fx) => [() => api.publish.version({ siteId: fx.publishedSite.id, version: 1 })],
  },
  'publish.compare': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.publish.compare({ siteId: fx.publishedSite.id, from: 1, to: 1 }),
    cross: (api, fx) => [
      () => api.publish.compare({ siteId: fx.publishedSite.id, from: 1, to: 1 }),
    ],
  },
  'publish.rollback': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const s = await fx.fresh.publishable();
      await publishSite(fx.a.ctx.owner, { siteId: s.id });
      return api.publish.rollback({ siteId: s.id, version: 1 });
    },
    cross: (api, fx) => [() => api.publish.rollback({ siteId: fx.publishedSite.id, version: 1 })],
  },
  'publish.restore': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const s = await fx.fresh.publishable();
      await publishSite(fx.a.ctx.owner, { siteId: s.id });
      return api.publish.restore({ siteId: s.id, version: 1 });
    },
    cross: (api, fx) => [() => api.publish.restore({ siteId: fx.publishedSite.id, version: 1 })],
  },
  'publish.discardDraft': {
    expect: atLeast('editor'),
    call: async (api, fx) => {
      const s = await fx.fresh.publishable();
      await publishSite(fx.a.ctx.owner, { siteId: s.id });
      return api.publish.discardDraft({ siteId: s.id });
    },
    cross: (api, fx) => [() => api.publish.discardDraft({ siteId: fx.publishedSite.id })],
  },
  'declaration.fetchImportUrl': {
    expect: atLeast('editor'),
    call: (api, fx) => api.declaration.fetchImportUrl({ siteId: fx.site.id, url: policyUrl }),
    cross: (api, fx) => [
      () => api.declaration.fetchImportUrl({ siteId: fx.site.id, url: policyUrl }),
    ],
  },
  'declaration.loadDemo': { expect: signedIn, call: (api) => api.declaration.loadDemo() },
  'declaration.demoStatus': { expect: signedIn, call: (api) => api.declaration.demoStatus() },
  'declaration.resetDemo': { expect: signedIn, call: (api) => api.declaration.resetDemo() },

  'audit.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.audit.list({ siteId: fx.site.id, limit: 5 }),
    cross: (api, fx) => [
      () => api.audit.list({ siteId: fx.site.id }),
      () => api.audit.list({ siteId: fx.site.id, entity: 'storage_item' }),
    ],
  },
  'audit.listOrganisation': {
    expect: atLeast('admin'),
    call: (api, fx) => api.audit.listOrganisation({ organisationId: fx.a.org.id, limit: 5 }),
    cross: (api, fx) => [
      () => api.audit.listOrganisation({ organisationId: fx.a.org.id }),
      () => api.audit.listOrganisation({ organisationId: fx.a.org.id, organisationOnly: true }),
    ],
  },
  // The Open Cookie Database is global reference data, asked for through a site so that every
  // call is a member's; loading it is the operator's CLI, not a procedure.
  'ocd.status': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.ocd.status({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.ocd.status({ siteId: fx.site.id })],
  },
  'ocd.suggest': {
    expect: atLeast('editor'),
    call: (api, fx) => api.ocd.suggest({ siteId: fx.site.id, name: '_ga' }),
    cross: (api, fx) => [() => api.ocd.suggest({ siteId: fx.site.id, name: '_ga' })],
  },
  'ocd.vendors': {
    expect: atLeast('editor'),
    call: (api, fx) => api.ocd.vendors({ siteId: fx.site.id, query: 'go' }),
    cross: (api, fx) => [() => api.ocd.vendors({ siteId: fx.site.id, query: 'go' })],
  },

  // The consent log: viewers read it; owners and admins change retention, purge and verify.
  'consent.search': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.consent.search({ siteId: fx.site.id, limit: 5 }),
    cross: (api, fx) => [
      () => api.consent.search({ siteId: fx.site.id }),
      () => api.consent.search({ siteId: fx.site.id, consentId: 'c0ffee'.padEnd(32, '0') }),
    ],
  },
  'consent.stats': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.consent.stats({ siteId: fx.site.id, days: 7 }),
    cross: (api, fx) => [() => api.consent.stats({ siteId: fx.site.id, days: 90 })],
  },
  'consent.setRetention': {
    expect: atLeast('admin'),
    call: (api, fx) => api.consent.setRetention({ siteId: fx.site.id, months: 24 }),
    cross: (api, fx) => [() => api.consent.setRetention({ siteId: fx.site.id, months: 1 })],
  },
  'consent.purge': {
    expect: atLeast('admin'),
    call: (api, fx) => api.consent.purge({ siteId: fx.site.id }),
    cross: (api, fx) => [
      () => api.consent.purge({ siteId: fx.site.id }),
      () => api.consent.purge({ siteId: fx.site.id, dryRun: true }),
    ],
  },
  'consent.verify': {
    expect: atLeast('admin'),
    call: (api, fx) => api.consent.verify({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.consent.verify({ siteId: fx.site.id })],
  },

  // Scans: viewers read; editors and above start, schedule and add from them (issue 14).
  'scan.start': {
    expect: atLeast('editor'),
    call: async (api, fx) =>
      api.scan.start({ siteId: (await scannable(fx)).id, url: 'http://127.0.0.1:9/', maxPages: 1 }),
    cross: (api, fx) => [() => api.scan.start({ siteId: fx.site.id })],
  },
  'scan.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.scan.list({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.scan.list({ siteId: fx.site.id })],
  },
  'scan.get': {
    expect: atLeast('viewer'),
    call: async (api, fx) => api.scan.get({ scanId: (await doneScan(fx)).id }),
    cross: (api, fx) => [async () => api.scan.get({ scanId: (await doneScan(fx)).id })],
  },
  'scan.latest': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.scan.latest({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.scan.latest({ siteId: fx.site.id })],
  },
  'scan.publishWarnings': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.scan.publishWarnings({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.scan.publishWarnings({ siteId: fx.site.id })],
  },
  'scan.schedule': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.scan.schedule({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.scan.schedule({ siteId: fx.site.id })],
  },
  'scan.setSchedule': {
    expect: atLeast('editor'),
    call: (api, fx) => api.scan.setSchedule({ siteId: fx.site.id, frequency: 'weekly' }),
    cross: (api, fx) => [() => api.scan.setSchedule({ siteId: fx.site.id, frequency: 'off' })],
  },
  'scan.previewAdditions': {
    expect: atLeast('editor'),
    call: async (api, fx) =>
      api.scan.previewAdditions({ scanId: (await doneScan(fx)).id, items: ADDITION }),
    cross: (api, fx) => [
      async () => api.scan.previewAdditions({ scanId: (await doneScan(fx)).id, items: ADDITION }),
    ],
  },
  'scan.applyAdditions': {
    expect: atLeast('editor'),
    call: async (api, fx) =>
      api.scan.applyAdditions({ scanId: (await doneScan(fx)).id, items: ADDITION }),
    cross: (api, fx) => [
      async () => api.scan.applyAdditions({ scanId: (await doneScan(fx)).id, items: ADDITION }),
    ],
  },

  // Webhooks: viewers read the endpoints and the log; editors and above change them (issue 20).
  'webhook.list': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.webhook.list({ siteId: fx.site.id }),
    cross: (api, fx) => [() => api.webhook.list({ siteId: fx.site.id })],
  },
  'webhook.create': {
    expect: atLeast('editor'),
    // A site of its own each time: a site holds at most ten endpoints.
    call: async (api, fx) =>
      api.webhook.create({ siteId: (await fx.fresh.publishable()).id, url: WEBHOOK_URL }),
    cross: (api, fx) => [() => api.webhook.create({ siteId: fx.site.id, url: WEBHOOK_URL })],
  },
  'webhook.update': {
    expect: atLeast('editor'),
    call: (api, fx) =>
      api.webhook.update({ siteId: fx.site.id, endpointId: fx.webhookA.id, description: 'x' }),
    cross: (api, fx) => [
      () => api.webhook.update({ siteId: fx.site.id, endpointId: fx.webhookA.id, enabled: false }),
      () => api.webhook.update({ siteId: fx.siteB.id, endpointId: fx.webhookA.id, enabled: false }),
    ],
  },
  'webhook.delete': {
    expect: atLeast('editor'),
    call: async (api, fx) =>
      api.webhook.delete({ siteId: fx.site.id, endpointId: (await fx.fresh.webhook()).id }),
    cross: (api, fx) => [
      () => api.webhook.delete({ siteId: fx.site.id, endpointId: fx.webhookA.id }),
      () => api.webhook.delete({ siteId: fx.siteB.id, endpointId: fx.webhookA.id }),
    ],
  },
  'webhook.rotateSecret': {
    expect: atLeast('editor'),
    call: (api, fx) => api.webhook.rotateSecret({ siteId: fx.site.id, endpointId: fx.webhookA.id }),
    cross: (api, fx) => [
      () => api.webhook.rotateSecret({ siteId: fx.site.id, endpointId: fx.webhookA.id }),
      () => api.webhook.rotateSecret({ siteId: fx.siteB.id, endpointId: fx.webhookA.id }),
    ],
  },
  'webhook.deliveries': {
    expect: atLeast('viewer'),
    call: (api, fx) => api.webhook.deliveries({ siteId: fx.site.id }),
    cross: (api, fx) => [
      () => api.webhook.deliveries({ siteId: fx.site.id }),
      () => api.webhook.deliveries({ siteId: fx.siteB.id, endpointId: fx.webhookA.id }),
    ],
  },
  'webhook.sendTest': {
    expect: atLeast('editor'),
    call: (api, fx) => api.webhook.sendTest({ siteId: fx.site.id, endpointId: fx.webhookA.id }),
    cross: (api, fx) => [
      () => api.webhook.sendTest({ siteId: fx.site.id, endpointId: fx.webhookA.id }),
      () => api.webhook.sendTest({ siteId: fx.siteB.id, endpointId: fx.webhookA.id }),
    ],
  },
  'webhook.redeliver': {
    expect: atLeast('editor'),
    call: (api, fx) =>
      api.webhook.redeliver({ siteId: fx.site.id, deliveryId: fx.deliveryA.deliveryId }),
    cross: (api, fx) => [
      () => api.webhook.redeliver({ siteId: fx.site.id, deliveryId: fx.deliveryA.deliveryId }),
      () => api.webhook.redeliver({ siteId: fx.siteB.id, deliveryId: fx.deliveryA.deliveryId }),
    ],
  },
};

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

// Runtime shape of a tRPC v11 router: procedures flattened by path, each with its input parsers.
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { inputs: unknown[] } }
>;
const PATHS = Object.keys(procedures).sort();
const ID_FIELD =
  /^(?:id|ids|items|siteId|organisationId|userId|invitationId|categoryId|vendorId|moveItemsTo|scanId|endpointId|deliveryId)$/;

/** Whether a procedure's input names a row by id (organisation, site, entity, member …). */
function takesId(path: string): boolean {
  return (procedures[path]?._def.inputs ?? []).some(
    (input) =>
      typeof input === 'object' &&
      input !== null &&
      'shape' in input &&
      Object.keys((input as { shape: object }).shape).some((k) => ID_FIELD.test(k)),
  );
}

/** Everything organisation A has, as one string: equal before and after means nothing changed. */
async function snapshot(db: TDb, organisationId: string): Promise<string> {
  const siteRows = await db
    .select()
    .from(sites)
    .where(eq(sites.organisationId, organisationId))
    .orderBy(sites.id);
  const ids = siteRows.map((s) => s.id);
  const cats = await db
    .select()
    .from(categories)
    .where(inArray(categories.siteId, ids))
    .orderBy(categories.id);
  const vens = await db
    .select()
    .from(vendors)
    .where(inArray(vendors.siteId, ids))
    .orderBy(vendors.id);
  const items = await db
    .select()
    .from(storageItems)
    .where(inArray(storageItems.siteId, ids))
    .orderBy(storageItems.id);
  const members = await db
    .select()
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(memberships.userId);
  const invites = await db
    .select()
    .from(invitations)
    .where(eq(invitations.organisationId, organisationId))
    .orderBy(invitations.id);
  const versions = await db
    .select()
    .from(configVersions)
    .where(inArray(configVersions.siteId, ids))
    .orderBy(configVersions.id);
  const hooks = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.siteId, ids))
    .orderBy(webhookEndpoints.id);
  const deliveries = await db
    .select()
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.siteId, ids))
    .orderBy(webhookDeliveries.id);
  const [audit] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId));
  return JSON.stringify({
    siteRows,
    cats,
    vens,
    items,
    members,
    invites,
    versions,
    hooks,
    deliveries,
    audit,
  });
}

describe('the authorization table', () => {
  it('P-03: has a row for every procedure in appRouter, and no other', () => {
    expect(PATHS).toEqual(Object.keys(TABLE).sort());
  });

  it('has a cross-organisation case for every procedure that takes an id', () => {
    const missing = PATHS.filter((p) => takesId(p) && !TABLE[p]?.cross);
    expect(missing).toEqual([]);
    // The check itself must see ids: these all take one.
    expect(['site.get', 'storageItem.bulkMove', 'member.remove'].every(takesId)).toBe(true);
  });
});

await describeOnDrivers('authorization', (t, driver) => {
  let fx: TFixture;
  beforeAll(async () => {
    fx = await makeFixture(t.db);
  });

  it.each(PATHS)('%s: outcome per role', async (path) => {
    const row = TABLE[path];
    if (!row) throw new Error(`No authorization row for ${path}`);
    const got: Record<string, string> = {};
    for (const caller of CALLERS)
      got[caller] = await outcome(() => row.call(fx.callers[caller], fx));
    expect(got).toEqual(row.expect);
  });

  it.each(PATHS.filter(takesId))(
    '%s: another organisation’s ids are not found, and nothing changes',
    async (path) => {
      const row = TABLE[path]!;
      const before = await snapshot(t.db, fx.a.org.id);
      const attempts = row.cross?.(fx.callers.nonMember, fx) ?? [];
      expect(attempts.length).toBeGreaterThan(0);
      const got: string[] = [];
      for (const attempt of attempts) got.push(await outcome(attempt));
      expect(got).toEqual(attempts.map(() => 'NOT_FOUND'));
      expect(await snapshot(t.db, fx.a.org.id)).toBe(before);
    },
  );

  it('setup.createOwner works once, with the setup token, on an empty database only', async () => {
    const empty = await driver.open();
    try {
      const api = createCaller({
        db: empty.db,
        actor: null,
        setupToken: () => 'the-one-time-setup-token',
      });
      expect(await api.setup.state()).toEqual({ needsSetup: true });
      const input = {
        name: 'First',
        email: 'first@example.test',
        password: 'a long enough password',
        organisationName: 'First AB',
        setupToken: 'the-one-time-setup-token',
      };
      // Whoever reaches a fresh deployment first is not owner without the token.
      expect(await outcome(() => api.setup.createOwner({ ...input, setupToken: undefined }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await outcome(() =>
          api.setup.createOwner({ ...input, setupToken: 'the-one-time-setup-tokeN' }),
        ),
      ).toBe('FORBIDDEN');
      // No token configured (a context without one): refused, never open.
      expect(
        await outcome(() => createCaller({ db: empty.db, actor: null }).setup.createOwner(input)),
      ).toBe('FORBIDDEN');
      expect(await api.setup.state()).toEqual({ needsSetup: true });
      await expect(api.setup.createOwner(input)).resolves.toMatchObject({
        userId: expect.any(String),
      });
      expect(
        await outcome(() => api.setup.createOwner({ ...input, email: 'second@example.test' })),
      ).toBe('CONFLICT');
    } finally {
      await empty.close();
    }
  });
});
