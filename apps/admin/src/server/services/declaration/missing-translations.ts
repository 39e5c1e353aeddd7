import {
  BANNER_TEXT_KEYS,
  baseLocale,
  hasDefaultTexts,
  POLICY_TEXT_KEYS,
  type TDeclaration,
  type TLocalizedText,
  withDefaultCategoryTexts,
} from '@smula/core';
import { z } from 'zod';
import { requireSite, type TServiceCtx } from '../context';
import { readDeclaration } from './read-declaration';

export interface TMissingInLocale {
  locale: string;
  /** Categories without a name or description in this locale. */
  categories: { key: string; fields: ('name' | 'description')[] }[];
  /** Vendors without a description (their narrative) in this locale. */
  vendors: { id: string; name: string; fields: 'description'[] }[];
  /** Items without a purpose in this locale. */
  items: { id: string; name: string; fields: 'purpose'[] }[];
  /**
   * Banner and policy texts neither written by the editor nor shipped by Smula: Smula has
   * defaults in the 24 EU languages, Norwegian and Icelandic (`DEFAULT_LANGUAGES`), so for
   * any other locale every text not written is missing (`banner.title`, `policy.intro` …).
   * Sections are optional and never listed.
   */
  texts: string[];
  /** How many markers in all. */
  total: number;
}

const has = (text: TLocalizedText | undefined, locale: string) => Boolean(text?.[locale]?.trim());

/**
 * For each of the site's locales, what lacks a translation in it: category names and
 * descriptions, vendor descriptions, item purposes, and banner/policy texts with no default.
 * The admin shows these as "missing translation" markers. Pure: give it any declaration.
 *
 * @example
 * missingTranslations(draft).find((m) => m.locale === 'en')?.items // [{ id, name, fields: ['purpose'] }]
 */
export function missingTranslations(declaration: TDeclaration): TMissingInLocale[] {
  return declaration.site.locales.map((raw) => {
    const locale = baseLocale(raw);
    // A standard category's name and description in a default language come from the defaults
    // when publishing (withDefaultCategoryTexts), so they are not missing.
    const categories = declaration.categories
      .map((c) => withDefaultCategoryTexts(c, [locale]))
      .map((c) => ({
        key: c.key,
        fields: [
          ...(has(c.name, locale) ? [] : ['name' as const]),
          ...(has(c.description, locale) ? [] : ['description' as const]),
        ],
      }))
      .filter((c) => c.fields.length > 0);
    const vendors = declaration.vendors
      .filter((v) => !has(v.description, locale))
      .map((v) => ({ id: v.id, name: v.name, fields: ['description' as const] }));
    const items = declaration.items
      .filter((i) => !has(i.purpose, locale))
      .map((i) => ({ id: i.id, name: i.name, fields: ['purpose' as const] }));
    const texts: string[] = [];
    if (!hasDefaultTexts(locale)) {
      const draft = declaration.texts[locale] ?? declaration.texts[raw];
      const banner = (draft?.banner ?? {}) as Record<string, string | undefined>;
      const policy = (draft?.policy ?? {}) as Record<string, unknown>;
      for (const k of BANNER_TEXT_KEYS) if (!banner[k]?.trim()) texts.push(`banner.${k}`);
      for (const k of POLICY_TEXT_KEYS) {
        const v = policy[k];
        if (typeof v !== 'string' || !v.trim()) texts.push(`policy.${k}`);
      }
    }
    return {
      locale,
      categories,
      vendors,
      items,
      texts,
      total: categories.length + vendors.length + items.length + texts.length,
    };
  });
}

export const ZListMissingTranslationsInput = z.object({ siteId: z.uuid() });

/** {@link missingTranslations} of a site's current draft, for any member. */
export async function listMissingTranslations(
  ctx: TServiceCtx,
  raw: z.input<typeof ZListMissingTranslationsInput>,
): Promise<TMissingInLocale[]> {
  const input = ZListMissingTranslationsInput.parse(raw);
  const { site } = await requireSite(ctx, input.siteId, 'viewer');
  return missingTranslations(await readDeclaration(ctx.db, site));
}
