import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readShared } from '@smula/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { ocdEntries } from '../../db/schema/ocd';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { createSite } from '../site/create-site';
import { OCD_ATTRIBUTION } from './constants';
import { getOcdStatus, ocdStatus } from './get-ocd-status';
import { displaySource, loadOcd } from './load-ocd';
import { loadOcdOnFirstStart, OCD_SNAPSHOT_SOURCE, ocdSnapshotPath } from './snapshot';
import { suggestFromOcd } from './suggest-from-ocd';
import { suggestOcdVendors } from './suggest-ocd-vendors';

const realCsv = readShared('data/open-cookie-database.csv');

const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';
/** Our own rows in the database's format: one per kind of match and category. */
const SMALL_CSV = [
  HEADER,
  'ocd-1,Matomo,Analytics,_pk_id.,,Stores a unique visitor ID,13 months,Matomo,https://matomo.org/privacy-policy/,1',
  'ocd-2,Matomo,Analytics,_pk_ses.,,"Short lived, counts a visit",30 minutes,Matomo,https://matomo.org/privacy-policy/,1',
  'ocd-3,Exempel CMS,Functional,sessionid,,Keeps the visitor signed in,session,Exempel AB,https://exempel.example/privacy,0',
  'ocd-4,Exempel Ads,Marketing,ads_id,ads.example (3rd party),Identifies a browser for ads,1 year,Exempel Ads Ltd,https://ads.example/privacy,0',
  'ocd-5,Exempel Ads,Marketing,ads_id_sync,ads.example (3rd party),Syncs the ads ID,90 days,Exempel Ads Ltd,https://ads.example/privacy,0',
  'ocd-6,Exempel Lang,Personalization,Prefs_Lang,,Remembers the language,1 year,,,0',
  'ocd-7,Broken,Analytics,too,few,cells',
  'ocd-8,Exempel Odd,Weird,odd_one,,Something else,unknown,Exempel Odd,,0',
].join('\n');

describe('displaySource', () => {
  it('keeps credentials and tokens of a URL out of what is stored', () => {
    expect(displaySource('https://user:pw@example.com/ocd.csv?token=abc#x')).toBe(
      'https://example.com/ocd.csv',
    );
    expect(displaySource('../shared/data/ocd.csv')).toBe('../shared/data/ocd.csv');
  });
});

await describeOnDrivers('the Open Cookie Database', (t) => {
  let ctx: Awaited<ReturnType<typeof makeOrganisation>>['ctx'];
  let siteId: string;
  beforeAll(async () => {
    const a = await makeOrganisation(t.db);
    ctx = a.ctx;
    siteId = (
      await createSite(ctx.owner, {
        organisationId: a.org.id,
        name: 'Suggested',
        domains: ['exempel.example'],
      })
    ).id;
  });

  // First in this suite: the database is fresh, as on a new install.
  it('loads the shipped snapshot on first start, once, and never over an operator’s load', async () => {
    const path = ocdSnapshotPath();
    expect(path).toBeDefined();
    // The snapshot is the Open Cookie Database file, unmodified, with its licence beside it.
    expect(readFileSync(path!, 'utf8')).toBe(realCsv);
    expect(readFileSync(join(dirname(path!), 'LICENSE'), 'utf8')).toContain('Apache License');
    expect(await loadOcdOnFirstStart(t.db, path)).toBe(true);
    const status = await ocdStatus(t.db);
    expect(status.rows).toBeGreaterThan(2000);
    expect(status.source).toBe(OCD_SNAPSHOT_SOURCE);
    // Known vendors and names are there: Hotjar's session cookie, Meta's _fbp.
    const names = await t.db.select({ name: ocdEntries.name }).from(ocdEntries);
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['_fbp', '_hjSession_']));
    expect(await loadOcdOnFirstStart(t.db, path)).toBe(false);
  });

  it('loads our small CSV, reporting broken rows, and replaces it on the next load', async () => {
    const first = await loadOcd(t.db, { csvText: SMALL_CSV, source: '/tmp/small.csv' });
    expect(first.rows).toBe(7);
    expect(first.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('row skipped') }),
    );
    const status = await getOcdStatus(ctx.viewer, { siteId });
    expect(status).toMatchObject({ rows: 7, source: '/tmp/small.csv', warnings: 1 });
    expect(status.attribution).toBe(OCD_ATTRIBUTION);

    const second = await loadOcd(t.db, {
      csvText: [HEADER, SMALL_CSV.split('\n')[1], SMALL_CSV.split('\n')[1]].join('\n'),
      source: 'https://example.com/ocd.csv?token=secret',
    });
    expect(second.rows).toBe(1);
    expect(second.warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('repeats') }),
    );
    expect(await getOcdStatus(ctx.viewer, { siteId })).toMatchObject({
      rows: 1,
      source: 'https://example.com/ocd.csv',
    });
  });

  it('refuses a file without rows and keeps what was loaded', async () => {
    await loadOcd(t.db, { csvText: SMALL_CSV, source: 'small.csv' });
    await expect(
      loadOcd(t.db, { csvText: 'name,category\nbasket,necessary\n', source: 'wrong.csv' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await getOcdStatus(ctx.viewer, { siteId })).toMatchObject({
      rows: 7,
      source: 'small.csv',
    });
  });

  it('suggests vendors from platforms and data controllers, most entries first', async () => {
    await loadOcd(t.db, { csvText: SMALL_CSV, source: 'small.csv' });
    const found = await suggestOcdVendors(ctx.editor, { siteId, query: 'exempel' });
    expect(found.attribution).toBe(OCD_ATTRIBUTION);
    expect(found.vendors[0]).toEqual({
      name: 'Exempel Ads',
      legalName: 'Exempel Ads Ltd',
      privacyPolicyUrl: 'https://ads.example/privacy',
      entries: 2,
    });
    expect(found.vendors.map((v) => v.name)).toEqual(
      expect.arrayContaining(['Exempel CMS', 'Exempel Lang', 'Exempel Odd']),
    );
    // The controller's name finds it too; `%` is a character, not a wildcard.
    expect((await suggestOcdVendors(ctx.editor, { siteId, query: 'Exempel AB' })).vendors).toEqual([
      expect.objectContaining({ name: 'Exempel CMS', legalName: 'Exempel AB' }),
    ]);
    expect((await suggestOcdVendors(ctx.editor, { siteId, query: '%%' })).vendors).toEqual([]);
    await expect(suggestOcdVendors(ctx.viewer, { siteId, query: 'exempel' })).rejects.toThrow();
    // A platform also listed under another controller is offered once, as most rows have it.
    await loadOcd(t.db, {
      csvText: `${SMALL_CSV}\nocd-9,Matomo,Analytics,mtm_x,,Other,1 day,Other Ltd,https://other.example/,0`,
      source: 'small.csv',
    });
    expect((await suggestOcdVendors(ctx.editor, { siteId, query: 'matomo' })).vendors).toEqual([
      {
        name: 'Matomo',
        legalName: 'Matomo',
        privacyPolicyUrl: 'https://matomo.org/privacy-policy/',
        entries: 2,
      },
    ]);
  });

  it('suggests: exact name, then wildcard prefix, then names starting with the text', async () => {
    await loadOcd(t.db, { csvText: SMALL_CSV, source: 'small.csv' });
    const pk = await suggestFromOcd(ctx.editor, { siteId, name: '_pk_id.1.a1b2' });
    expect(pk.attribution).toBe('Open Cookie Database (Apache-2.0)');
    expect(pk.suggestions).toHaveLength(1);
    expect(pk.suggestions[0]).toMatchObject({
      match: 'wildcard',
      ocdId: 'ocd-1',
      vendor: { name: 'Matomo', privacyPolicyUrl: 'https://matomo.org/privacy-policy/' },
      suggestedCategory: 'statistics',
      needsReview: false,
      item: {
        name: '_pk_id.',
        matchKind: 'prefix',
        category: 'statistics',
        purpose: { en: 'Stores a unique visitor ID' },
        duration: { kind: 'seconds' },
      },
    });

    const session = await suggestFromOcd(ctx.editor, { siteId, name: 'sessionid' });
    expect(session.suggestions[0]).toMatchObject({
      match: 'exact',
      suggestedCategory: 'necessary',
      needsReview: true,
      reviewReason: expect.stringContaining('Functional'),
      item: { category: 'unclassified', duration: { kind: 'session' } },
    });

    const ads = await suggestFromOcd(ctx.editor, { siteId, name: 'ads_id' });
    expect(ads.suggestions.map((s) => [s.ocdId, s.match])).toEqual([
      ['ocd-4', 'exact'],
      ['ocd-5', 'prefix'],
    ]);
    expect(ads.suggestions[0]!.item.party).toBe('third');

    // Case-insensitive while typing; the vendor falls back to the platform.
    const prefs = await suggestFromOcd(ctx.editor, { siteId, name: 'prefs' });
    expect(prefs.suggestions[0]).toMatchObject({
      match: 'prefix',
      suggestedCategory: 'preferences',
      vendor: { name: 'Exempel Lang' },
    });
    // An unknown category is kept for review, never guessed.
    const odd = await suggestFromOcd(ctx.editor, { siteId, name: 'odd_one' });
    expect(odd.suggestions[0]).toMatchObject({
      suggestedCategory: 'unclassified',
      needsReview: true,
    });

    // LIKE wildcards typed by the editor are literal.
    expect((await suggestFromOcd(ctx.editor, { siteId, name: '%' })).suggestions).toEqual([]);
    expect(
      (await suggestFromOcd(ctx.editor, { siteId, name: '_' })).suggestions.map((s) => s.ocdId),
    ).toEqual(['ocd-1', 'ocd-2']);
    expect(
      (await suggestFromOcd(ctx.editor, { siteId, name: 'ads', limit: 1 })).suggestions,
    ).toHaveLength(1);
  });

  it('is for editors; viewers may see the status; other organisations find nothing', async () => {
    await expect(suggestFromOcd(ctx.viewer, { siteId, name: 'ads' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const other = await makeOrganisation(t.db, ['owner']);
    await expect(suggestFromOcd(other.ctx.owner, { siteId, name: 'ads' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(getOcdStatus(other.ctx.owner, { siteId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it.skipIf(!realCsv)(
    'with the real database: _ga_ABC123 is Google Analytics, statistics',
    async () => {
      const loaded = await loadOcd(t.db, { csvText: realCsv!, source: 'open-cookie-database.csv' });
      expect(loaded.rows).toBeGreaterThan(2000);
      const ga = await suggestFromOcd(ctx.editor, { siteId, name: '_ga_ABC123' });
      expect(ga.suggestions[0]).toMatchObject({
        match: 'wildcard',
        vendor: { name: 'Google' },
        ocd: { platform: 'Google Analytics', category: 'Analytics' },
        suggestedCategory: 'statistics',
        needsReview: false,
        item: { name: '_ga_', matchKind: 'prefix', duration: { kind: 'seconds' } },
      });
      const exact = await suggestFromOcd(ctx.editor, { siteId, name: '_ga' });
      expect(exact.suggestions[0]).toMatchObject({ match: 'exact', item: { name: '_ga' } });
      expect(exact.suggestions.slice(1).every((s) => s.match !== 'exact')).toBe(true);
      // A Functional row: necessary only after a person reviews it.
      const functional = await suggestFromOcd(ctx.editor, { siteId, name: 'cookiePreferences' });
      expect(functional.suggestions[0]).toMatchObject({
        match: 'exact',
        suggestedCategory: 'necessary',
        needsReview: true,
        item: { category: 'unclassified' },
      });
    },
  );
});
