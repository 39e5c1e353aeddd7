import { DEFAULT_APPEARANCE } from '@smula/core';
import { bootArgs } from '@smula/testing';
import { expect, it } from 'vitest';
import { createOrRefreshDemo } from '../../demo/create-or-refresh-demo';
import { makeOrganisation } from '../../testing/actors';
import { describeOnDrivers } from '../../testing/databases';
import { NotFoundError } from '../errors';
import { createSite } from '../site/create-site';
import { previewBanner } from './preview-banner';
import { publishSite } from './publish-site';

/** The `smulaBoot(config, options)` arguments of the page's banner script. */
function bootArgsOf(html: string) {
  return bootArgs(html) as [
    { version: number; appearance: { layout: string }; texts: Record<string, unknown> },
    { detail?: Record<string, Record<string, string>>; vendorCount?: number },
  ];
}

await describeOnDrivers('the Appearance tab’s banner preview', (t) => {
  it('is the real runtime with the draft, the unsaved appearance and the detail inlined', async () => {
    const { ctx } = await makeOrganisation(t.db);
    const { siteId } = await createOrRefreshDemo(t.db, { actorId: ctx.owner.actor!.id });
    const bar = { ...DEFAULT_APPEARANCE, layout: 'bar' as const, position: 'top' as const };
    const { html, locale } = await previewBanner(ctx.owner, {
      siteId,
      locale: 'en',
      appearance: bar,
    });
    expect(locale).toBe('en');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    // Storage stand-ins come before the banner, which reads the cookie as it starts.
    expect(html.indexOf("defineProperty(document,'cookie'")).toBeLessThan(
      html.indexOf('smulaBoot('),
    );
    const [config, options] = bootArgsOf(html);
    expect(config.version).toBe(1);
    expect(config.appearance.layout).toBe('bar');
    expect(Object.keys(config.texts)).toEqual(['en']);
    expect(Object.keys(options.detail ?? {})).toEqual(['en']);
    expect(Object.values(options.detail!.en!).join('')).toContain('<details');
    expect(options.vendorCount).toBeGreaterThan(0);
    expect(html).not.toContain('Smula.show()');

    // The preferences layer opens by itself; a language the site lacks falls back to its default.
    const prefs = await previewBanner(ctx.owner, { siteId, locale: 'fi', layer: 'preferences' });
    expect(prefs.locale).toBe('sv');
    expect(prefs.html).toContain('<script>Smula.show()</script>');

    // The next publish's number, once a version is live.
    await publishSite(ctx.owner, { siteId, note: 'first' });
    expect(bootArgsOf((await previewBanner(ctx.owner, { siteId })).html)[0].version).toBe(2);
  });

  it('shows a viewer a new site’s banner; refuses another organisation and a bad appearance', async () => {
    const { org, ctx } = await makeOrganisation(t.db);
    const { id: siteId } = await createSite(ctx.owner, { organisationId: org.id, name: 'Ny' });
    const { html } = await previewBanner(ctx.viewer, { siteId });
    expect(bootArgsOf(html)[0].version).toBe(1);
    const other = await makeOrganisation(t.db, ['owner']);
    await expect(previewBanner(other.ctx.owner, { siteId })).rejects.toThrow(NotFoundError);
    await expect(
      previewBanner(ctx.owner, {
        siteId,
        appearance: {
          ...DEFAULT_APPEARANCE,
          colors: { ...DEFAULT_APPEARANCE.colors, text: 'red;}</style>' },
        },
      }),
    ).rejects.toThrow(/colors/);
  });
});
