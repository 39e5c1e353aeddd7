import { configHash, type TLintFinding, verifyConfig } from '@smula/core';
import { and, eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { expect, it } from 'vitest';
import { blockedText } from '~/i18n/publish-wording';
import en from '../../../../messages/en.json';
import sv from '../../../../messages/sv.json';
import { auditEvents } from '../../db/schema/audit';
import { categories, storageItems } from '../../db/schema/declarations';
import { memberships } from '../../db/schema/organisations';
import { sites } from '../../db/schema/sites';
import { clearDeliveryCache, deliver } from '../../delivery/deliver';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { deliveryRequest as req } from '../../testing/delivery';
import type { TServiceCtx } from '../context';
import { readDeclaration } from '../declaration/read-declaration';
import type { ValidationError } from '../errors';
import { createSite } from '../site/create-site';
import {
  compareVersions,
  discardDraftChanges,
  listVersions,
  restoreVersionIntoDraft,
  rollbackToVersion,
} from './history';
import { previewPublish } from './preview-publish';
import { publishSite } from './publish-site';

await describeOnDrivers('publishing and delivery', (t) => {
  /** The demo site (22 items, lint-clean) in a fresh organisation, with a context per role. */
  async function demoSite() {
    const { ctx } = await makeOrganisation(t.db);
    const demo = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    // The demo gets an organisation of its own; give the other roles a seat in it.
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      await t.db
        .insert(memberships)
        .values({ organisationId: demo.organisationId, userId: ctx[role].actor!.id, role })
        .onConflictDoNothing();
    }
    return { ctx, siteId: demo.siteId, siteKey: demo.siteKey };
  }
  const editPurpose = async (ctx: TServiceCtx, siteId: string, name: string, text: string) => {
    const [item] = await t.db
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.siteId, siteId), eq(storageItems.name, name)));
    await ctx.db
      .update(storageItems)
      .set({ purpose: { ...item!.purpose, sv: text } })
      .where(eq(storageItems.id, item!.id));
  };

  it('discards draft changes back to live, and restores any version into the draft, audited', async () => {
    const { ctx, siteId } = await demoSite();
    await expect(discardDraftChanges(ctx.editor, { siteId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: /Nothing is published yet/,
    });
    await publishSite(ctx.editor, { siteId, note: 'v1' });
    await editPurpose(ctx.editor, siteId, '_ga', 'Version två.');
    await publishSite(ctx.editor, { siteId, note: 'v2' });
    // Unpublished edits: one purpose changed, one item removed.
    await editPurpose(ctx.editor, siteId, '_ga', 'Utkast som ska bort.');
    await t.db
      .delete(storageItems)
      .where(and(eq(storageItems.siteId, siteId), eq(storageItems.name, 'FPID')));
    expect((await previewPublish(ctx.viewer, { siteId })).unchanged).toBe(false);

    await expect(discardDraftChanges(ctx.viewer, { siteId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const [before] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    const discarded = await discardDraftChanges(ctx.editor, { siteId });
    expect(discarded).toMatchObject({ version: 2, counts: { items: 22 } });
    expect((await previewPublish(ctx.viewer, { siteId })).unchanged).toBe(true);
    const [after] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    // Forms opened on the old draft are refused on save.
    expect(after!.revision).toBeGreaterThan(before!.revision);

    // The diff names categories as the site does (its default language is Swedish), not by key.
    const [statistics] = await t.db
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.siteId, siteId), eq(categories.key, 'statistics')));
    await t.db
      .update(storageItems)
      .set({ categoryId: statistics!.id })
      .where(and(eq(storageItems.siteId, siteId), eq(storageItems.name, '_ga')));
    const moved = await previewPublish(ctx.viewer, { siteId });
    expect(moved.summary?.lines.map((l) => l.text)).toContain(
      'Moved cookie _ga from Marknadsföring to Statistik',
    );

    const restored = await restoreVersionIntoDraft(ctx.editor, { siteId, version: 1 });
    expect(restored.version).toBe(1);
    const draft = await readDeclaration(t.db, after!);
    expect(draft.items.find((i) => i.name === '_ga')?.purpose.sv).not.toBe('Version två.');
    const preview = await previewPublish(ctx.viewer, { siteId });
    expect(preview.summary?.lines.map((l) => l.text).join('\n')).toMatch(/_ga/);
    await expect(restoreVersionIntoDraft(ctx.editor, { siteId, version: 9 })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    const events = await t.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.siteId, siteId));
    expect(events.filter((e) => e.action === 'discard_draft')).toHaveLength(1);
    expect(events.find((e) => e.action === 'restore')?.after).toMatchObject({ version: 1 });
  });

  it('publishes numbered, content-hashed versions with author and note; viewers cannot', async () => {
    const { ctx, siteId } = await demoSite();
    await expect(publishSite(ctx.viewer, { siteId, note: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const v1 = await publishSite(ctx.editor, { siteId, note: 'Första versionen' });
    expect(v1.version).toBe(1);
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    const [list] = [await listVersions(ctx.viewer, { siteId })];
    expect(list).toMatchObject([
      { version: 1, note: 'Första versionen', author: ctx.editor.actor!.email },
    ]);
    await expect(publishSite(ctx.editor, { siteId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: /same as live version 1/,
    });
    await editPurpose(ctx.editor, siteId, '_ga', 'Ny formulering av syftet.');
    const preview = await previewPublish(ctx.viewer, { siteId });
    expect(preview.summary?.lines).toEqual([
      {
        code: 'item-changed',
        params: { type: 'cookie', name: '_ga', field: 'purpose' },
        text: 'Changed the purpose of cookie _ga',
        material: false,
      },
    ]);
    expect(preview.summary?.reconsent).toBeNull();
    const v2 = await publishSite(ctx.admin, { siteId, note: 'Ny text' });
    expect(v2.version).toBe(2);
    expect(v2.materialHash).toBe((await listVersions(ctx.viewer, { siteId }))[1]?.materialHash);
    const [site] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    expect(site?.liveVersion).toBe(2);
  });

  it('serves automatic blocking before the banner only once the setting is on; new sites start with it on', async () => {
    clearDeliveryCache();
    const { ctx, siteId, siteKey } = await demoSite();
    await publishSite(ctx.editor, { siteId, note: 'v1' });
    expect((await deliver(t.db, req(siteKey))).body).not.toContain('smulaAutoBlock(');
    const [row] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    await t.db
      .update(sites)
      .set({ settings: { ...row!.settings, autoBlocking: true } })
      .where(eq(sites.id, siteId));
    const v2 = await publishSite(ctx.editor, { siteId, note: 'auto' });
    expect(v2.version).toBe(2);
    const body = String((await deliver(t.db, req(siteKey))).body);
    // The chunk's code before the banner's, its hook handed straight to smulaBoot.
    expect(body.indexOf('window.smulaAutoBlock=')).toBeGreaterThan(-1);
    expect(body.indexOf('window.smulaAutoBlock=')).toBeLessThan(body.indexOf('smulaBoot('));
    expect(body).toMatch(/smulaBoot\(.*,void 0,smulaAutoBlock\(/s);
    const fresh = await createSite(ctx.owner, {
      organisationId: row!.organisationId,
      name: 'Ny webbplats',
    });
    expect(fresh.settings.autoBlocking).toBe(true);
  });

  it('blocks publishing when the lint finds an error, naming the row', async () => {
    const { ctx, siteId } = await demoSite();
    const [necessary] = await t.db
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.siteId, siteId), eq(storageItems.name, 'JSESSIONID')));
    await t.db
      .update(storageItems)
      .set({ necessityJustification: null })
      .where(eq(storageItems.id, necessary!.id));
    const preview = await previewPublish(ctx.editor, { siteId });
    expect(preview.blocked).toBe(true);
    expect(preview.findings.find((f) => f.code === 'necessity-justification-missing')?.ref).toEqual(
      {
        entity: 'item',
        id: necessary!.id,
        field: 'necessityJustification',
        label: 'JSESSIONID',
      },
    );
    await expect(publishSite(ctx.editor, { siteId })).rejects.toMatchObject({
      code: 'VALIDATION',
      // With params, so the admin can word the refusal in the editor's language (issue 18).
      details: {
        findings: [
          expect.objectContaining({
            code: 'necessity-justification-missing',
            params: { name: 'JSESSIONID' },
          }),
        ],
      },
    });
    expect(await listVersions(ctx.viewer, { siteId })).toEqual([]);
  });

  it('refuses to publish while an item is unclassified, and says so in English and Swedish (issue 18)', async () => {
    const { ctx, siteId } = await demoSite();
    const cats = await t.db.select().from(categories).where(eq(categories.siteId, siteId));
    const catId = (key: string) => cats.find((c) => c.key === key)!.id;
    const [view] = await t.db
      .select()
      .from(storageItems)
      .where(and(eq(storageItems.siteId, siteId), eq(storageItems.name, 'oep.selectedView')));
    const fileUnder = (key: string) =>
      t.db
        .update(storageItems)
        .set({ categoryId: catId(key) })
        .where(eq(storageItems.id, view!.id));
    await fileUnder('unclassified');

    const preview = await previewPublish(ctx.editor, { siteId });
    expect(preview.blocked).toBe(true);
    const finding = preview.findings.find((f) => f.code === 'unclassified-items');
    expect(finding).toMatchObject({
      severity: 'error',
      ref: { entity: 'item', id: view!.id, field: 'category', label: 'oep.selectedView' },
    });
    const refused = await publishSite(ctx.editor, { siteId }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      message:
        'Publishing is blocked by 1 problem: Item “oep.selectedView” is unclassified; move it to the category that matches its purpose.',
      details: {
        findings: [
          expect.objectContaining({
            code: 'unclassified-items',
            params: { name: 'oep.selectedView' },
          }),
        ],
      },
    });
    expect(await listVersions(ctx.viewer, { siteId })).toEqual([]);
    // The toast the publish screen shows for that refusal, in each language.
    const { findings } = (refused as ValidationError).details as { findings: TLintFinding[] };
    const say = (locale: 'en' | 'sv') =>
      blockedText(
        'x',
        findings,
        createTranslator({ locale, messages: locale === 'en' ? en : sv }) as never,
      );
    expect(say('en')).toBe((refused as ValidationError).message);
    expect(say('sv')).toBe(
      'Publiceringen stoppas av 1 problem: Posten ”oep.selectedView” är oklassificerad; flytta den till den kategori som motsvarar dess ändamål.',
    );

    // Filed under its purpose, it publishes.
    await fileUnder('preferences');
    await expect(publishSite(ctx.editor, { siteId })).resolves.toMatchObject({ version: 1 });
  });

  it('rolls back by republishing version k as a new version with the same hash', async () => {
    const { ctx, siteId } = await demoSite();
    const v1 = await publishSite(ctx.editor, { siteId });
    await editPurpose(ctx.editor, siteId, 'FPID', 'Ändrad.');
    await publishSite(ctx.editor, { siteId });
    const v3 = await rollbackToVersion(ctx.editor, { siteId, version: 1 });
    expect(v3).toMatchObject({ version: 3, hash: v1.hash });
    const compared = await compareVersions(ctx.viewer, { siteId, from: 2, to: 3 });
    expect(compared.lines).toEqual([
      {
        code: 'item-changed',
        params: { type: 'cookie', name: 'FPID', field: 'purpose' },
        text: 'Changed the purpose of cookie FPID',
        material: false,
      },
    ]);
    expect((await listVersions(ctx.viewer, { siteId }))[0]).toMatchObject({
      version: 3,
      rollbackOf: 1,
      note: 'Rollback to version 1',
    });
    await expect(rollbackToVersion(ctx.viewer, { siteId, version: 1 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(rollbackToVersion(ctx.editor, { siteId, version: 9 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('serves the live script and config with caching headers, ETag and 304', async () => {
    clearDeliveryCache();
    const { ctx, siteId, siteKey } = await demoSite();
    const before = await deliver(t.db, req(siteKey));
    expect(before.status).toBe(200);
    expect(before.body).toMatch(/^console\.warn\(.*no published declaration yet/);
    expect((await deliver(t.db, req(siteKey, { kind: 'config' }))).status).toBe(404);

    await publishSite(ctx.editor, { siteId, note: 'v1' });
    const live = await deliver(t.db, req(siteKey));
    expect(live.status).toBe(200);
    expect(live.headers['cache-control']).toBe(
      'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400',
    );
    expect(live.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(live.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(live.body).toContain('smulaBoot(');
    expect(live.body).toContain('"https://admin.example/api/v1/consents"');
    const again = await deliver(t.db, req(siteKey, { ifNoneMatch: live.headers.etag! }));
    expect(again).toMatchObject({ status: 304, body: null });

    const pinned = await deliver(t.db, req(siteKey, { version: '1' }));
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(pinned.body).toBe(live.body);

    const config = await deliver(t.db, req(siteKey, { kind: 'config' }));
    const parsed = JSON.parse(String(config.body));
    expect(parsed.version).toBe(1);
    expect(configHash(parsed)).toBe(parsed.hash);
    expect(verifyConfig(parsed)).toBe(true);

    // A new publish changes the live answer but never version 1's bytes.
    await editPurpose(ctx.editor, siteId, '_ga', 'Syftet efter ändringen.');
    await publishSite(ctx.editor, { siteId });
    const newer = await deliver(t.db, req(siteKey));
    // Purposes are in the preferences layer's detail of the new version (issue 16).
    expect(newer.body).toContain('"version":2');
    const detail = (version: string) =>
      deliver(t.db, req(siteKey, { kind: 'detail', version, locale: 'sv' }));
    expect((await detail('2')).body).toContain('Syftet efter ändringen.');
    expect((await detail('1')).body).not.toContain('Syftet efter ändringen.');
    expect(newer.headers.etag).not.toBe(live.headers.etag);
    expect((await deliver(t.db, req(siteKey, { version: '1' }))).body).toBe(live.body);
  });

  it('answers bad requests with specific JSON errors and CORS only for declared domains', async () => {
    const { ctx, siteId, siteKey } = await demoSite();
    await publishSite(ctx.editor, { siteId });
    const unknown = await deliver(t.db, req('NoSuchSiteKey123'));
    expect(unknown.status).toBe(404);
    expect(JSON.parse(String(unknown.body))).toEqual({
      error: { code: 'site_not_found', message: 'No site has this key.' },
    });
    expect((await deliver(t.db, req(siteKey, { version: 'abc' }))).status).toBe(400);
    expect(
      JSON.parse(String((await deliver(t.db, req(siteKey, { version: '7' }))).body)).error.code,
    ).toBe('version_not_found');
    expect((await deliver(t.db, req(siteKey, { kind: 'declaration', locale: '<x>' }))).status).toBe(
      400,
    );

    const [site] = await t.db.select().from(sites).where(eq(sites.id, siteId));
    const domain = site!.settings.domains[0]!;
    const allowed = await deliver(
      t.db,
      req(siteKey, { kind: 'declaration', locale: 'sv', origin: `https://${domain}` }),
    );
    expect(allowed.headers['access-control-allow-origin']).toBe(`https://${domain}`);
    expect(allowed.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(allowed.body).toContain('class="smula-declaration"');
    expect(allowed.body).toContain('JSESSIONID');
    // Opened on the admin's origin it is a sandboxed document that can run and load nothing.
    expect(allowed.headers['content-security-policy']).toBe(
      "sandbox; default-src 'none'; style-src 'unsafe-inline'",
    );
    const script = await deliver(t.db, req(siteKey, { kind: 'script' }));
    expect(script.headers['content-security-policy']).toBeUndefined();
    const foreign = await deliver(
      t.db,
      req(siteKey, { kind: 'config', origin: 'https://evil.example' }),
    );
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps other organisations out of publishing', async () => {
    const a = await demoSite();
    const other = await makeOrganisation(t.db);
    await expect(publishSite(other.ctx.owner, { siteId: a.siteId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listVersions(other.ctx.owner, { siteId: a.siteId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const site = await createSite(other.ctx.owner, { organisationId: other.org.id, name: 'Tom' });
    // An empty declaration (the five categories, nothing stored) is lawful and publishes.
    expect(await publishSite(other.ctx.owner, { siteId: site.id })).toMatchObject({ version: 1 });
    await expect(listVersions(a.ctx.owner, { siteId: site.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
