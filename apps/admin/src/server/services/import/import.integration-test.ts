import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readShared } from '@smula/testing';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { env } from '~/env';
import { auditEvents } from '../../db/schema/audit';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { listCategories } from '../category/list-categories';
import { loadDeclaration } from '../declaration/load-declaration';
import { loadOcd } from '../ocd/load-ocd';
import { createSite } from '../site/create-site';
import { createStorageItem } from '../storage-item/create-storage-item';
import { listStorageItems } from '../storage-item/list-storage-items';
import { updateStorageItem } from '../storage-item/update-storage-item';
import { createVendor } from '../vendor/create-vendor';
import { listVendors } from '../vendor/list-vendors';
import { applyImport } from './apply-import';
import { exportCsv } from './export-csv';
import { fetchImportUrl } from './fetch-import-url';
import { previewImport } from './preview-import';

const seed003 = readShared('seeds/003_f9aad1d62070f1b7.txt');

/** Our own Cookiebot-style declaration: two categories, three rows, one odd line. */
const COOKIEBOT_TEXT = `Om kakor på Exempelbageriet

Category: Necessary (2)
Necessary cookies keep the basket working.

COOKIE NAME PROVIDER TYPE MAXIMUM STORAGE DURATION
basket exempelbageriet.se HTTP Session

First found URL: https://exempelbageriet.se/

Cookie purpose description: Keeps the loaves in the basket.

Data is sent to: Sweden (adequate)
csrf_token exempelbageriet.se HTTP 1 day

First found URL: https://exempelbageriet.se/kassa

Cookie purpose description: Protects the checkout form against forged requests.

Data is sent to: Sweden (adequate)
Category: Statistics (1)
Statistics cookies count visits.

COOKIE NAME PROVIDER TYPE MAXIMUM STORAGE DURATION
_pk_id.# matomo.example.net HTTP 13 months

Cookie purpose description: Recognises a returning visitor.

Data is sent to: Germany (adequate)
this line is not part of any row
`;

/** Our own pasted cookie table in Swedish, tab separated. */
const TABLE_TEXT = [
  'Nödvändiga kakor',
  'Namn\tUtfärdare\tBeskrivning\tUpphör',
  'sessionid\texempelbageriet.se\tHåller dig inloggad.\tSession',
  'Analyskakor',
  'Namn\tUtfärdare\tBeskrivning\tUpphör',
  '_ga\tgoogle.com\tSkiljer besökare åt.\t2 år',
  '_gid\tgoogle.com\tSkiljer besökare åt\t24 timmar',
  '\t\tunder ett dygn.\t',
].join('\n');

await describeOnDrivers('import and export', (t) => {
  async function setup(name = 'Import') {
    const { org, ctx } = await makeOrganisation(t.db);
    const site = await createSite(ctx.owner, {
      organisationId: org.id,
      name,
      domains: ['etjanster.almi.se'],
      locales: ['sv', 'en'],
    });
    return { org, ctx, site };
  }

  it.skipIf(!seed003)(
    'imports seed 003: preview, then apply → 22 items in 5 categories',
    async () => {
      const { ctx, site } = await setup();
      const input = { siteId: site.id, format: 'cookiebot' as const, text: seed003 ?? '' };
      const preview = await previewImport(ctx.editor, input);
      expect(preview.counts.items).toEqual({ create: 22, update: 0, unchanged: 0 });
      expect(preview.counts.vendors.create).toBe(6);
      expect(preview.counts.categories.create).toBe(0);
      // Necessary items arrive without justifications: said now, blocked at publish.
      expect(preview.warnings).toContainEqual(
        expect.objectContaining({ message: expect.stringContaining('4 necessary items') }),
      );
      // Nothing written yet.
      expect((await listStorageItems(ctx.viewer, { siteId: site.id })).total).toBe(0);

      const applied = await applyImport(ctx.editor, { ...input, planHash: preview.planHash });
      expect(applied.counts).toEqual(preview.counts);
      const page = await listStorageItems(ctx.viewer, { siteId: site.id, limit: 500 });
      expect(page.total).toBe(22);
      const perCategory = (await listCategories(ctx.viewer, { siteId: site.id })).map((c) => [
        c.key,
        c.itemCount,
      ]);
      expect(perCategory).toEqual([
        ['necessary', 4],
        ['preferences', 8],
        ['statistics', 3],
        ['marketing', 4],
        ['unclassified', 3],
      ]);
      const ga = page.items.find((i) => i.name === '_ga_#');
      expect(ga).toMatchObject({ matchKind: 'pattern', host: 'almi.se', party: 'first' });
      const vendors = await listVendors(ctx.viewer, { siteId: site.id });
      expect(vendors.find((v) => v.slug === 'almi-se')?.countries).toEqual(['SE', 'US']);

      // Audit: one entry per row created, and one for the import.
      const audit = await t.db.select().from(auditEvents).where(eq(auditEvents.siteId, site.id));
      expect(
        audit.filter((a) => a.entity === 'storage_item' && a.action === 'create'),
      ).toHaveLength(22);
      expect(audit.filter((a) => a.entity === 'vendor' && a.action === 'create')).toHaveLength(6);
      expect(audit.filter((a) => a.action === 'import')).toMatchObject([
        { entity: 'declaration', after: { format: 'cookiebot', counts: applied.counts } },
      ]);

      // Importing the same text again changes nothing.
      const again = await previewImport(ctx.editor, input);
      expect(again.counts.items).toEqual({ create: 0, update: 0, unchanged: 22 });
      expect(again.counts.vendors).toEqual({ create: 0, update: 0, unchanged: 6 });
    },
  );

  it('imports our own Cookiebot-style text with its warnings, merging onto what exists', async () => {
    const { ctx, site } = await setup('Exempelbageriet');
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    // An item the editor already declared, with a Swedish purpose and a justification.
    const existing = await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'basket',
      host: 'exempelbageriet.se',
      duration: '1 hour',
      purpose: { sv: 'Håller varukorgen.' },
      categoryId: cats.find((c) => c.key === 'necessary')!.id,
      necessityJustification: 'The basket cannot work without it.',
    });
    const input = { siteId: site.id, format: 'cookiebot' as const, text: COOKIEBOT_TEXT };
    const preview = await previewImport(ctx.editor, input);
    expect(preview.counts.items).toEqual({ create: 2, update: 1, unchanged: 0 });
    expect(preview.warnings).toContainEqual(
      expect.objectContaining({
        line: 30,
        message: expect.stringContaining('Not a row or detail line'),
      }),
    );
    const update = preview.items.find((i) => i.action === 'update');
    expect(update).toMatchObject({
      name: 'basket',
      changes: ['duration', 'firstFoundUrl', 'party', 'purpose', 'recipientCountries', 'vendor'],
      before: { purpose: { sv: 'Håller varukorgen.' } },
      after: {
        purpose: { sv: 'Håller varukorgen.', en: 'Keeps the loaves in the basket.' },
        necessityJustification: 'The basket cannot work without it.',
        duration: { kind: 'session' },
      },
    });

    // Someone edits the item between preview and apply: the plan no longer holds.
    await updateStorageItem(ctx.editor, {
      siteId: site.id,
      id: existing.id,
      revision: existing.revision,
      purpose: { sv: 'Ändrad under tiden.' },
    });
    await expect(
      applyImport(ctx.editor, { ...input, planHash: preview.planHash }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('changed after the preview'),
      details: { current: { counts: { items: { create: 2, update: 1, unchanged: 0 } } } },
    });
    expect((await listStorageItems(ctx.viewer, { siteId: site.id })).total).toBe(1);

    const fresh = await previewImport(ctx.editor, input);
    const applied = await applyImport(ctx.editor, { ...input, planHash: fresh.planHash });
    expect(applied.counts.items).toEqual({ create: 2, update: 1, unchanged: 0 });
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    const basket = draft.items.find((i) => i.name === 'basket');
    expect(basket).toMatchObject({
      purpose: { sv: 'Ändrad under tiden.', en: 'Keeps the loaves in the basket.' },
      necessityJustification: 'The basket cannot work without it.',
      vendor: 'exempelbageriet-se',
    });
    expect(draft.items.find((i) => i.name === '_pk_id.#')).toMatchObject({
      matchKind: 'pattern',
      category: 'statistics',
      recipientCountries: ['DE'],
      duration: { kind: 'seconds', seconds: 34186698 },
    });
    const updated = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, existing.id), eq(auditEvents.action, 'update')));
    expect(updated).toHaveLength(2);
  });

  it('imports a pasted Swedish table', async () => {
    const { ctx, site } = await setup('Tabell');
    const input = { siteId: site.id, format: 'table' as const, text: TABLE_TEXT };
    const preview = await previewImport(ctx.editor, input);
    expect(preview.items.map((i) => [i.name, i.category, i.action])).toEqual([
      ['sessionid', 'necessary', 'create'],
      ['_ga', 'statistics', 'create'],
      ['_gid', 'statistics', 'create'],
    ]);
    await applyImport(ctx.editor, input);
    const draft = await loadDeclaration(ctx.viewer, { siteId: site.id });
    expect(draft.items.find((i) => i.name === '_gid')).toMatchObject({
      purpose: { sv: 'Skiljer besökare åt under ett dygn.' },
      duration: { kind: 'seconds', seconds: 86400 },
      vendor: 'google-com',
      party: 'third',
    });
    expect(draft.vendors.map((v) => v.id).sort()).toEqual(['exempelbageriet-se', 'google-com']);
  });

  it('round-trips Smula CSV: export, import into the same site (no change) and a new one (same items)', async () => {
    const { org, ctx, site } = await setup('Källa');
    const cats = await listCategories(ctx.viewer, { siteId: site.id });
    const catId = (key: string) => cats.find((c) => c.key === key)!.id;
    const google = await createVendor(ctx.editor, {
      siteId: site.id,
      slug: 'google',
      name: 'Google',
      countries: ['US'],
      dpfCertified: true,
    });
    await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '=cmd',
      host: 'kalla.se',
      party: 'first',
      duration: 'Session',
      purpose: { sv: 'Ett namn som ser ut som en formel, "citerad", med, kommatecken.' },
      categoryId: catId('necessary'),
      necessityJustification: 'Needed, with a line\nbreak.',
    });
    await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: '_ga_#',
      matchKind: 'pattern',
      host: '.kalla.se',
      duration: '2 years',
      purpose: { sv: 'Sessionens läge.', en: 'Session state.' },
      categoryId: catId('marketing'),
      vendorId: google.id,
      recipientCountries: ['US', 'IE'],
      legalBasis: 'consent',
      initiator: 'gtag.js',
    });
    await createStorageItem(ctx.editor, {
      siteId: site.id,
      name: 'ls-key',
      type: 'local_storage',
      duration: 'Persistent',
      categoryId: catId('unclassified'),
    });
    const exported = await exportCsv(ctx.viewer, { siteId: site.id });
    expect(exported).toMatchObject({ filename: 'kalla-cookies.csv', items: 3 });
    expect(exported.csv.split('\r\n')[0]).toContain('purpose:sv,purpose:en');

    const same = await previewImport(ctx.editor, {
      siteId: site.id,
      format: 'csv',
      text: exported.csv,
    });
    expect(same.counts.items).toEqual({ create: 0, update: 0, unchanged: 3 });
    expect(same.counts.vendors).toEqual({ create: 0, update: 0, unchanged: 1 });
    expect(same.warnings).toEqual([]);

    const target = await createSite(ctx.owner, {
      organisationId: org.id,
      name: 'Mål',
      locales: ['sv', 'en'],
    });
    const applied = await applyImport(ctx.editor, {
      siteId: target.id,
      format: 'csv',
      text: exported.csv,
    });
    expect(applied.counts.items.create).toBe(3);
    const strip = (items: { id: string }[]) =>
      items
        .map(({ id: _id, ...rest }) => rest)
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    const source = await loadDeclaration(ctx.viewer, { siteId: site.id });
    const copy = await loadDeclaration(ctx.viewer, { siteId: target.id });
    expect(strip(copy.items)).toEqual(strip(source.items));
    expect(copy.vendors).toMatchObject([{ id: 'google', name: 'Google', countries: ['IE', 'US'] }]);
  });

  it('imports a cookie page fetched from a URL: loopback only when allowed, never its own host, editors only', async () => {
    const page = `<html><head><meta charset="utf-8"><title>Cookies</title></head><body>
<h1>Cookiepolicy</h1><p>Vi använder kakor.</p>
<h2>Nödvändiga kakor</h2>
<table><tr><th>Namn</th><th>Leverantör</th><th>Syfte</th><th>Lagringstid</th></tr>
<tr><td>url_session</td><td>etjanster.almi.se</td><td>Håller dig inloggad mellan sidorna.</td><td>Session</td></tr></table>
<h2>Statistik</h2>
<table><tr><th>Namn</th><th>Leverantör</th><th>Syfte</th><th>Lagringstid</th></tr>
<tr><td>_url_stat</td><td>Matomo</td><td>Räknar besök på webbplatsen anonymt.</td><td>13 månader</td></tr></table>
<script>var notACookie = "<table><tr><td>x</td></tr></table>";</script></body></html>`;
    const server = createServer((req, res) => {
      if (req.url === '/cookies') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
      } else if (req.url === '/old') res.writeHead(301, { location: '/cookies' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/old`;
    const before = env.SMULA_SCAN_ALLOW_PRIVATE;
    try {
      const { ctx, site } = await setup('Från adress');
      env.SMULA_SCAN_ALLOW_PRIVATE = '0';
      await expect(fetchImportUrl(ctx.editor, { siteId: site.id, url })).rejects.toMatchObject({
        code: 'VALIDATION',
        message: expect.stringMatching(
          /^127\.0\.0\.1 is a private or reserved address and is not fetched\. .*SMULA_SCAN_ALLOW_PRIVATE=1/,
        ),
      });
      env.SMULA_SCAN_ALLOW_PRIVATE = '1';
      await expect(fetchImportUrl(ctx.viewer, { siteId: site.id, url })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const other = await setup('Någon annans');
      await expect(
        fetchImportUrl(other.ctx.editor, { siteId: site.id, url }),
      ).rejects.toMatchObject({ code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) });
      // The admin's own host (SMULA_PUBLIC_URL, here the localhost default) is never fetched.
      const own = new URL(env.SMULA_PUBLIC_URL ?? 'http://localhost:3000').hostname;
      await expect(
        fetchImportUrl(ctx.editor, { siteId: site.id, url: `http://${own}:${port}/cookies` }),
      ).rejects.toMatchObject({ message: expect.stringContaining("is Smula's own host") });
      await expect(
        fetchImportUrl(ctx.editor, { siteId: site.id, url: 'file:///etc/passwd' }),
      ).rejects.toMatchObject({ message: expect.stringContaining('Only http and https') });
      await expect(
        fetchImportUrl(ctx.editor, { siteId: site.id, url: `http://127.0.0.1:${port}/gone` }),
      ).rejects.toMatchObject({ message: expect.stringContaining('answered HTTP 404') });

      const fetched = await fetchImportUrl(ctx.editor, { siteId: site.id, url });
      expect(fetched.url).toBe(`http://127.0.0.1:${port}/cookies`);
      const input = { siteId: site.id, format: 'auto' as const, text: fetched.text, locale: 'sv' };
      const preview = await previewImport(ctx.editor, input);
      expect(preview.recognised).toMatchObject({ format: 'html' });
      expect(preview.items.map((i) => [i.name, i.category, i.vendor, i.after.party])).toEqual([
        ['url_session', 'necessary', 'etjanster-almi-se', 'first'],
        ['_url_stat', 'statistics', 'matomo', 'third'],
      ]);
      await applyImport(ctx.editor, { ...input, planHash: preview.planHash });
      expect((await listStorageItems(ctx.viewer, { siteId: site.id })).total).toBe(2);
    } finally {
      env.SMULA_SCAN_ALLOW_PRIVATE = before;
      server.closeAllConnections();
      server.close();
    }
  });

  it('hints the Open Cookie Database category for unclassified rows, matched with their host', async () => {
    const { ctx, site } = await setup('Ledtrådar');
    await loadOcd(t.db, {
      source: '/tmp/own-ocd.csv',
      csvText:
        'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match\n' +
        'h1,Brödstat,Analytics,_hint_id,,Counts visitors,13 months,Brödstat AB,https://brodstat.example/privacy,0\n' +
        'h2,Annonsnätet,Marketing,hint_ad,annonsnatet.example,Ad id,90 days,Annonsnätet AB,,0\n',
    });
    const preview = await previewImport(ctx.editor, {
      siteId: site.id,
      format: 'auto',
      text: 'Namn\tDomän\tUpphör\n_hint_id\tetjanster.almi.se\t13 månader\nhint_ad\tetjanster.almi.se\t90 dagar\n',
    });
    expect(preview.items.map((i) => [i.name, i.category])).toEqual([
      ['_hint_id', 'unclassified'],
      ['hint_ad', 'unclassified'],
    ]);
    const hints = preview.warnings.filter((w) => /Open Cookie Database/.test(w.message));
    expect(hints.map((w) => w.message)).toEqual([
      '_hint_id: the Open Cookie Database lists it as Analytics (Brödstat); consider the statistics category.',
      'hint_ad: a weak hint only: the Open Cookie Database lists a cookie of this name as Marketing (Annonsnätet on annonsnatet.example), not on etjanster.almi.se.',
    ]);
  });

  it('lets viewers export but not import', async () => {
    const { ctx, site } = await setup('Roller');
    await expect(
      previewImport(ctx.viewer, { siteId: site.id, format: 'csv', text: 'name,category\n' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      applyImport(ctx.viewer, { siteId: site.id, format: 'csv', text: 'name,category\n' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await exportCsv(ctx.viewer, { siteId: site.id })).items).toBe(0);
  });
});
