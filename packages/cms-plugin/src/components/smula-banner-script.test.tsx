import { describe, expect, it, vi } from 'vitest';
import { SmulaBannerScript } from './smula-banner-script.js';

// Draft mode: Next's real `draftMode()` (outside a request it throws, which counts as off),
// unless a test sets what a request inside Next would answer. The example site's browser test
// checks the real thing, behind Payload's preview route.
const draft = vi.hoisted(() => ({ state: 'real' as 'real' | 'on' | 'off' }));
vi.mock('next/headers.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('next/headers.js')>();
  return {
    ...real,
    draftMode: async () =>
      draft.state === 'real' ? real.draftMode() : { isEnabled: draft.state === 'on' },
  };
});

const KEY = 'AbCdEf_123-xyz';
const props = async (p: Parameters<typeof SmulaBannerScript>[0]) =>
  (await SmulaBannerScript(p))?.props as Record<string, string> | undefined;

describe('SmulaBannerScript', () => {
  it('renders the script tag for an https admin', async () => {
    expect(
      await props({
        settings: { enabled: true, adminUrl: 'https://consent.example.se', siteKey: KEY },
      }),
    ).toEqual({ src: `https://consent.example.se/b/${KEY}.js`, 'data-smula-banner': '' });
  });

  // Issue 20, localization: the page's locale picks the banner's one language.
  it("asks for the page's language only, mapped, and ignores what is not a language tag", async () => {
    const settings = {
      enabled: true,
      adminUrl: 'https://consent.example.se',
      siteKey: KEY,
      bannerPath: '/api/smula/banner.js',
      localeMapping: { 'sv-SE': 'sv' },
    };
    expect((await props({ settings, locale: 'sv-SE' }))?.src).toBe('/api/smula/banner.js?lang=sv');
    expect((await props({ settings, locale: 'en' }))?.src).toBe('/api/smula/banner.js?lang=en');
    expect((await props({ settings, locale: '"><x' }))?.src).toBe('/api/smula/banner.js');
    expect((await props({ settings: { ...settings, bannerPath: null }, locale: 'en' }))?.src).toBe(
      `https://consent.example.se/b/${KEY}.js?lang=en`,
    );
  });

  // Issue 20, multi-tenant: a tenant's route path already has its query.
  it("adds the language to a tenant's route path", async () => {
    const settings = {
      enabled: true,
      adminUrl: 'https://consent.example.se',
      siteKey: KEY,
      bannerPath: '/api/smula/banner.js?tenant=7',
    };
    expect((await props({ settings, locale: 'sv' }))?.src).toBe(
      '/api/smula/banner.js?tenant=7&lang=sv',
    );
    expect((await props({ settings }))?.src).toBe('/api/smula/banner.js?tenant=7');
  });

  // Issue 20, live preview: no banner inside Payload's preview frame (Next's draft mode).
  it('renders nothing under draft mode, unless told to; outside a Next request it renders', async () => {
    const settings = { enabled: true, adminUrl: 'https://consent.example.se', siteKey: KEY };
    const src = `https://consent.example.se/b/${KEY}.js`;
    try {
      // The real next/headers, outside a request: not draft mode.
      expect((await props({ settings }))?.src).toBe(src);
      draft.state = 'on';
      expect(await SmulaBannerScript({ settings })).toBeNull();
      expect((await props({ settings, hideInDraftMode: false }))?.src).toBe(src);
      draft.state = 'off';
      expect((await props({ settings }))?.src).toBe(src);
    } finally {
      draft.state = 'real';
    }
  });

  // Issue 13: a plain-http URL stored in the settings global before the https rule (or written
  // to the database directly) must not reach the page.
  it('renders nothing for a stored plain-http admin URL, and says why in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const el = await SmulaBannerScript({
        settings: { enabled: true, adminUrl: 'http://consent.example.se', siteKey: KEY },
      });
      expect(el).toBeNull();
      expect(warn.mock.calls.flat().join()).toContain('must start with https://');
      expect(
        await SmulaBannerScript({
          settings: { enabled: true, adminUrl: 'http://localhost:3000', siteKey: KEY },
        }),
      ).toBeNull();
      expect(
        (
          await props({
            settings: {
              enabled: true,
              adminUrl: 'http://localhost:3000',
              siteKey: KEY,
              allowHttpLocalhost: true,
            },
          })
        )?.src,
      ).toBe(`http://localhost:3000/b/${KEY}.js`);
    } finally {
      warn.mockRestore();
    }
  });
});
