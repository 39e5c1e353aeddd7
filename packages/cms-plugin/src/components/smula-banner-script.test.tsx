import { describe, expect, it, vi } from 'vitest';
import { SmulaBannerScript } from './smula-banner-script.js';

const KEY = 'AbCdEf_123-xyz';

describe('SmulaBannerScript', () => {
  it('renders the script tag for an https admin', () => {
    const el = SmulaBannerScript({
      settings: { enabled: true, adminUrl: 'https://consent.example.se', siteKey: KEY },
    });
    expect(el?.props).toEqual({
      src: `https://consent.example.se/b/${KEY}.js`,
      'data-smula-banner': '',
    });
  });

  // Issue 20, localization: the page's locale picks the banner's one language.
  it("asks for the page's language only, mapped, and ignores what is not a language tag", () => {
    const settings = {
      enabled: true,
      adminUrl: 'https://consent.example.se',
      siteKey: KEY,
      bannerPath: '/api/smula/banner.js',
      localeMapping: { 'sv-SE': 'sv' },
    };
    expect(SmulaBannerScript({ settings, locale: 'sv-SE' })?.props.src).toBe(
      '/api/smula/banner.js?lang=sv',
    );
    expect(SmulaBannerScript({ settings, locale: 'en' })?.props.src).toBe(
      '/api/smula/banner.js?lang=en',
    );
    expect(SmulaBannerScript({ settings, locale: '"><x' })?.props.src).toBe('/api/smula/banner.js');
    expect(
      SmulaBannerScript({ settings: { ...settings, bannerPath: null }, locale: 'en' })?.props.src,
    ).toBe(`https://consent.example.se/b/${KEY}.js?lang=en`);
  });

  // Issue 13: a plain-http URL stored in the settings global before the https rule (or written
  // to the database directly) must not reach the page.
  it('renders nothing for a stored plain-http admin URL, and says why in the log', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const el = SmulaBannerScript({
        settings: { enabled: true, adminUrl: 'http://consent.example.se', siteKey: KEY },
      });
      expect(el).toBeNull();
      expect(warn.mock.calls.flat().join()).toContain('must start with https://');
      expect(
        SmulaBannerScript({
          settings: { enabled: true, adminUrl: 'http://localhost:3000', siteKey: KEY },
        }),
      ).toBeNull();
      expect(
        SmulaBannerScript({
          settings: {
            enabled: true,
            adminUrl: 'http://localhost:3000',
            siteKey: KEY,
            allowHttpLocalhost: true,
          },
        })?.props.src,
      ).toBe(`http://localhost:3000/b/${KEY}.js`);
    } finally {
      warn.mockRestore();
    }
  });
});
