// One duration rule for the policy page and the banner: every storage duration found in the
// seeds and in the Open Cookie Database, shown by core's policy renderer (the declaration the
// page fetches) and by the minified banner's preferences layer, must read the same, word for
// word, in Swedish, English and a language with no word table of its own (German, via Intl).

import {
  buildPublishedConfig,
  parseDuration,
  SECONDS_PER,
  type TDuration,
  type TStorageItem,
} from '@smula/core';
import {
  fjallbagerietDeclaration,
  seed000Declaration,
  seed001Declaration,
  seed002Declaration,
} from '@smula/core/fixtures';
import {
  importCookiebotDeclaration,
  importTable,
  parseOpenCookieDatabaseCsv,
} from '@smula/core/import';
import { readShared } from '@smula/testing';
import { describe, expect, it } from 'vitest';
import { durationKey } from '../src/duration-texts.js';
import { browserSuite, configs, session } from './helpers.js';

const seed003 = readShared('seeds/003_f9aad1d62070f1b7.txt');
const seed004 = readShared('seeds/004_850ec40d7caabd4c.txt');
const ocd = readShared('data/open-cookie-database.csv');
const missing = seed003 === undefined || seed004 === undefined || ocd === undefined;

/** Every distinct duration of the seeds (as core's importers and fixtures read them) and OCD. */
function collectDurations(): TDuration[] {
  const found: TDuration[] = [
    ...[seed000Declaration, seed001Declaration, seed002Declaration].flatMap((d) =>
      d.items.map((i) => i.duration),
    ),
    ...importCookiebotDeclaration(seed003 ?? '').draft.items.map((i) => i.duration),
    ...importTable(seed004 ?? '', { siteDomain: 'kicks.se' }).draft.items.map((i) => i.duration),
    ...parseOpenCookieDatabaseCsv(ocd ?? '').rows.map((r) => parseDuration(r.retention)),
  ];
  const byKey = new Map(found.map((d) => [durationKey(d), d]));
  return [...byKey.values()];
}

const SITE_KEY = 'durations-test';
const LOCALES = ['sv', 'en', 'de'];
const t = browserSuite(missing);

describe('durations: policy page and banner', () => {
  it.skipIf(missing)(
    'D-05: say the same words for every duration of the seeds and OCD',
    async () => {
      const durations = collectDurations();
      expect(durations.length).toBeGreaterThan(100);
      const items: TStorageItem[] = durations.map((duration, n) => ({
        id: `d-${n}`,
        name: `d-${n}`,
        matchKind: 'exact',
        type: 'cookie',
        party: 'first',
        duration,
        purpose: { sv: 'Test.', en: 'Test.' },
        category: 'necessary',
      }));
      const config = buildPublishedConfig(
        {
          ...fjallbagerietDeclaration,
          site: { ...fjallbagerietDeclaration.site, locales: LOCALES },
          vendors: [],
          items,
        },
        { siteKey: SITE_KEY, version: 1, publishedAt: '2026-11-01T10:00:00.000Z' },
      );
      configs.durations = config;

      for (const locale of LOCALES) {
        const s = await session(t.browser);
        // A page in `locale` on the test origin: the banner script and the declaration endpoint
        // are the real ones (helpers.ts), only the page's language varies.
        await s.page.route(`${t.srv.origin}/durations.html`, (route) =>
          route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><script src="/banner.js?c=durations"></script><title>Durations</title></head><body><div data-smula-declaration></div></body></html>`,
          }),
        );
        await s.page.goto(`${t.srv.origin}/durations.html`);
        await s.page.waitForFunction(
          (n) => document.querySelectorAll('[data-smula-declaration] tr[data-item]').length === n,
          items.length,
        );
        const policy: Record<string, string> = await s.page.evaluate(() =>
          Object.fromEntries(
            Array.from(
              document.querySelectorAll('[data-smula-declaration] tr[data-item]'),
              (tr) => [tr.getAttribute('data-item'), tr.children[3]?.textContent ?? ''],
            ),
          ),
        );

        await s.page.evaluate(() => window.Smula?.show());
        const p = config.texts[locale]!.policy;
        const banner: Record<string, string> = await s.page
          .waitForFunction(
            ({ n, before, after }) => {
              const lis = document
                .getElementById('smula-banner')
                ?.shadowRoot?.querySelectorAll('.d li');
              const rows = Array.from(lis ?? [])
                .map((li) => ({
                  name: li.querySelector('b')?.textContent ?? '',
                  text: li.textContent,
                }))
                .filter(({ name }) => name.startsWith('d-'));
              if (rows.length !== n) return null;
              return Object.fromEntries(
                rows.map(({ name, text }) => [name, text.split(before)[1]?.split(after)[0] ?? '']),
              );
            },
            { n: items.length, before: `${p.colDuration}: `, after: `. ${p.colType}: ` },
          )
          .then((h) => h.jsonValue() as Promise<Record<string, string>>);

        for (const item of items) {
          expect(policy[item.id], `${locale} ${durationKey(item.duration)}`).toBeTruthy();
          expect(banner[item.id], `${locale} ${durationKey(item.duration)}`).toBe(policy[item.id]);
        }
        // The case that drifted: 13 months is not rounded to a year anywhere.
        const thirteen = items.find(
          (i) => durationKey(i.duration) === String(13 * SECONDS_PER.month),
        );
        expect(thirteen && banner[thirteen.id]).toBe(
          { sv: '13 månader', en: '13 months', de: '13 Monate' }[locale],
        );
        expect(s.errors).toEqual([]);
        await s.context.close();
      }
    },
  );
});
