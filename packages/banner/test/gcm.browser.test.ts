// Google Consent Mode v2: the exact gtag calls (dataLayer entries) for basic and advanced mode,
// with wait_for_update, ads_data_redaction and url_passthrough, in Chromium against the minified
// banner. The fixture page's own gtag snippet runs after the banner, as a site's would.
import { buildPublishedConfig, type TGoogleConsentMode } from '@smula/core';
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
      expect(firstSiteTag).toBe(3);
      expect(before).toEqual([
        ['consent', 'default', { ...all('denied'), wait_for_update: 500 }],
        ['set', 'ads_data_redaction', true],
        ['set', 'url_passthrough', true],
      ]);
      expect(after.slice(3)).toEqual([
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
    expect(before).toEqual([['consent', 'default', all('denied')]]);
  });

  it('sends no Consent Mode calls at all when it is off, only the consent event', async () => {
    const { before, after } = await run('gcmOff');
    expect(before).toEqual([]);
    expect(after).toMatchObject([{ event: 'smula_consent', smula_action: 'accept_all' }]);
  });
});
