// Google Consent Mode v2: the exact gtag calls (dataLayer entries) for basic and advanced mode,
// with wait_for_update, ads_data_redaction, url_passthrough and region-scoped defaults, in
// Chromium against the minified banner. The fixture page's own gtag snippet runs after the banner, as a site's would.
import { buildPublishedConfig, type TGoogleConsentMode, type TRegionRules } from '@smula/core';
import { fjallbagerietDeclaration as fjb } from '@smula/core/fixtures';
import { describe, expect, it } from 'vitest';
import { browserSuite, configs, dataLayer, dialog, session, until } from './helpers.js';

const gcmConfig = (googleConsentMode: TGoogleConsentMode) =>
  buildPublishedConfig(
    { ...fjb, site: { ...fjb.site, googleConsentMode } },
    { siteKey: 'gcm-test', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' },
  );
const options = { waitForUpdateMs: 500, adsDataRedaction: true, urlPassthrough: true };
configs.gcmBasic = gcmConfig({ enabled: true, mode: 'basic', ...options });
configs.gcmAdvanced = gcmConfig({ enabled: true, mode: 'advanced', ...options });
configs.gcmPlain = gcmConfig({ enabled: true, mode: 'basic' });
configs.gcmOff = gcmConfig({ enabled: false, mode: 'basic', ...options });
const withRules = (regionRules: TRegionRules) =>
  buildPublishedConfig(
    {
      ...fjb,
      site: { ...fjb.site, googleConsentMode: { enabled: true, mode: 'basic' }, regionRules },
    },
    { siteKey: 'gcm-test', version: 1, publishedAt: '2026-11-01T10:00:00.000Z' },
  );
configs.gcmRegions = withRules({
  models: { eu: 'opt-in', uk: 'opt-out', ch: 'opt-in', us: 'none', other: 'opt-in' },
  optOutCategories: ['statistics'],
});
configs.gcmOptInEverywhere = withRules({
  models: { eu: 'opt-in', uk: 'opt-in', ch: 'opt-in', us: 'opt-in', other: 'opt-in' },
  optOutCategories: ['statistics'],
});

const t = browserSuite();
const en = (configs.gcmBasic as ReturnType<typeof gcmConfig>).texts.en!.banner;

const all = (v: 'granted' | 'denied') => ({
  ad_personalization: v,
  ad_storage: v,
  ad_user_data: v,
  analytics_storage: v,
  functionality_storage: v,
  personalization_storage: v,
  security_storage: 'granted',
});
/**
 * The region-scoped default the banner pushes after its global one under the default region rules: the UK,
 * Switzerland and the US are opt-out for preferences and statistics, so those signals start
 * granted there (Google's tags take the most specific default for the visitor's location).
 */
const optOutRegions = (extra: object = {}) => [
  'consent',
  'default',
  {
    ...all('denied'),
    analytics_storage: 'granted',
    functionality_storage: 'granted',
    personalization_storage: 'granted',
    ...extra,
    region: ['GB', 'CH', 'US'],
  },
];
/** The page's own snippet: `gtag('js', …)` and `gtag('config', 'G-TEST')`. */
const SITE_TAGS = 2;

async function run(name: string) {
  const s = await session(t.browser);
  await s.page.goto(`${t.srv.origin}/index.html?c=${name}`);
  await expect.poll(() => dialog(s.page).isVisible()).toBe(true);
  const before = await dataLayer(s.page);
  await s.page.getByRole('button', { name: en.acceptAll, exact: true }).click();
  await until(async () => (await dataLayer(s.page)).length > before.length);
  const after = await dataLayer(s.page);
  await s.context.close();
  // Leave out the site's own gtag('js', date) and gtag('config') entries.
  const mine = (dl: unknown[]) =>
    dl.filter((e) => !(Array.isArray(e) && (e[0] === 'js' || e[0] === 'config')));
  return {
    before: mine(before),
    after: mine(after),
    site: before.length - mine(before).length,
    // Where the site's first tag command sits: after everything the banner pushed first.
    firstSiteTag: before.findIndex((e) => Array.isArray(e) && e[0] === 'js'),
  };
}

describe('Google Consent Mode', () => {
  it.each(['gcmBasic', 'gcmAdvanced'])(
    '%s: default with wait_for_update, then ads_data_redaction and url_passthrough, before the site’s tags; one update per decision',
    async (name) => {
      const { before, after, site, firstSiteTag } = await run(name);
      expect(site).toBe(SITE_TAGS);
      expect(firstSiteTag).toBe(4);
      expect(before).toEqual([
        ['consent', 'default', { ...all('denied'), wait_for_update: 500 }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
        optOutRegions({ wait_for_update: 500 }),
      ]);
      expect(after.slice(4)).toEqual([
        ['consent', 'update', all('granted')],
        {
          event: 'smula_consent',
          smula_action: 'accept_all',
          smula_choices: {
            necessary: true,
            preferences: true,
            statistics: true,
            marketing: true,
            unclassified: true,
          },
        },
      ]);
    },
  );

  it('sends no wait_for_update or set commands unless configured', async () => {
    const { before } = await run('gcmPlain');
    expect(before).toEqual([['consent', 'default', all('denied')], optOutRegions()]);
  });

  it('scopes defaults to the regions the site’s rules name, and none when all are opt-in', async () => {
    const { before } = await run('gcmRegions');
    expect(before).toEqual([
      ['consent', 'default', all('denied')],
      ['consent', 'default', { ...all('denied'), analytics_storage: 'granted', region: ['GB'] }],
      ['consent', 'default', { ...all('granted'), region: ['US'] }],
    ]);
    const strict = await run('gcmOptInEverywhere');
    expect(strict.before).toEqual([['consent', 'default', all('denied')]]);
  });

  it('sends no Consent Mode calls at all when it is off, only the consent event', async () => {
    const { before, after } = await run('gcmOff');
    expect(before).toEqual([]);
    expect(after).toMatchObject([{ event: 'smula_consent', smula_action: 'accept_all' }]);
  });
});
