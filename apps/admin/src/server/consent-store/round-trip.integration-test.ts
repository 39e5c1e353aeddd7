/**
 * Property (issue 12, defect 4): any body the endpoint accepts reads back from the database
 * exactly as it was hashed, on both drivers; any body it refuses is a 400 that stores nothing;
 * and nothing a visitor sends can make the day's chain fail to verify.
 */
import type { TPublishedConfig } from '@smula/core';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { ingestConsent } from '../consent-ingest/ingest';
import { consentRecords } from '../db/schema/consents';
import { consentBody, consentRequest, makeConsentSite, testIngestDeps } from '../testing/consents';
import { describeOnDrivers } from '../testing/databases';
import { chainHash } from './chain';
import { verifyConsentChains } from './verify';

// Text that stresses storage: any code point, lone surrogates and NUL, astral characters.
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      '\u0000',
      '\ud800',
      '\udfff',
      '😀',
      'å',
      '/',
      ' ',
      '\u2028',
      '\ufffd',
      'x',
    ),
    maxLength: 20,
  }),
);

// Times from before 1970 to past 9999, written with assorted offsets.
const clientTime = fc
  .tuple(
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(10_000, 0, 2) }),
    fc.constantFrom('Z', '+00:00', '-05:00', '+14:00', '+05:30'),
  )
  .map(([t, offset]) => {
    const iso = new Date(t).toISOString();
    return offset === 'Z' ? iso : iso.replace(/Z$/, offset);
  });

const REFUSALS = new Set(['invalid_text', 'invalid_time', 'invalid_record']);

await describeOnDrivers('what the endpoint accepts reads back as it was hashed', (t) => {
  let site: { siteId: string; siteKey: string; config: TPublishedConfig };
  beforeAll(async () => {
    site = await makeConsentSite(t.db);
  });

  it('holds for generated bodies and user agents', async () => {
    const deps = testIngestDeps(t.db);
    const categories = site.config.categories;
    await fc.assert(
      fc.asyncProperty(
        hostileText,
        fc.option(clientTime, { nil: undefined }),
        fc.option(hostileText, { nil: null }),
        fc.constantFrom('accept_all', 'reject_all', 'custom', 'withdraw', 'renew'),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: categories.length, maxLength: categories.length }),
        async (path, time, userAgent, action, gpc, granted) => {
          const body = consentBody(site, {
            pagePath: `/${path.replace(/[?#]/g, '')}`,
            clientTime: time,
            action,
            gpc,
            choices: Object.fromEntries(
              categories.map((c, i) => [c.key, c.required || granted[i]]),
            ),
          });
          const res = await ingestConsent(deps, consentRequest(body, { userAgent }));
          const [row] = await t.db
            .select()
            .from(consentRecords)
            .where(eq(consentRecords.id, body.recordId));
          if (res.status === 400) {
            expect(REFUSALS).toContain(JSON.parse(res.body!).error.code);
            expect(row).toBeUndefined();
            return;
          }
          expect(res.status).toBe(201);
          const { prevHash, hash, ...fields } = row!;
          // What was stored is what was sent…
          expect(fields.pagePath).toBe(body.pagePath);
          expect(fields.clientTime?.getTime() ?? null).toBe(
            body.clientTime ? Date.parse(body.clientTime as string) : null,
          );
          // …and it hashes to the hash written with it.
          expect(chainHash(prevHash, fields)).toBe(hash);
        },
      ),
      { numRuns: 60 },
    );
    expect((await verifyConsentChains(t.db, site.siteId)).problems).toEqual([]);
  });
});
