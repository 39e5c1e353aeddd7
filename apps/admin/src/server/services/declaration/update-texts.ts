import { baseLocale } from '@smula/core';
import { ZLocaleTextsDraftSchema } from '@smula/core/schema';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { siteRow, updateRevisioned } from './revisioned-write';
import { invalid, parseEntity } from './validation';

export const ZUpdateTextsInput = z.object({
  siteId: z.uuid(),
  /** The site row's revision the editor read (texts, appearance and settings share it). */
  revision: z.number().int().positive(),
  locale: z.string().min(2).max(35),
  /** The editor's overrides for this locale; what is left out or blank falls back to defaults. */
  texts: z.unknown(),
});

/** Drops blank overrides, so that clearing a field restores the default text. */
function compactTexts(texts: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [part, values] of Object.entries(texts)) {
    if (!values || typeof values !== 'object') continue;
    const kept = Object.fromEntries(
      Object.entries(values as Record<string, unknown>).filter(
        ([, v]) => v !== undefined && !(typeof v === 'string' && v.trim() === ''),
      ),
    );
    if (Object.keys(kept).length > 0) out[part] = kept;
  }
  return out;
}

/**
 * Sets one locale's banner and policy text overrides. Editors may do this; the locale must be
 * one of the site's. The site row's revision guards against lost updates.
 */
export async function updateTexts(ctx: TServiceCtx, raw: z.input<typeof ZUpdateTextsInput>) {
  const input = ZUpdateTextsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'editor');
  const locale = baseLocale(input.locale);
  if (!site.settings.locales.includes(locale)) {
    invalid('texts', [
      `locale: The site has no locale "${locale}"; add it in the site settings first (${site.settings.locales.join(', ')}).`,
    ]);
  }
  const draft = parseEntity(ZLocaleTextsDraftSchema, input.texts, `texts (${locale})`);
  const overrides = compactTexts(draft as Record<string, unknown>);
  const target = siteRow(ctx, site, input.revision, {
    what: 'texts',
    entity: 'site.texts',
    view: (row) => ({ locale, texts: row.texts[locale] ?? null }),
  });
  // Merged into the locked row's texts: the other locales stay as they are now.
  return ctx.db.transaction((tx) =>
    updateRevisioned(tx, target, (current) => ({
      texts: { ...current.texts, [locale]: overrides },
    })),
  );
}
