import { defaultTextsFor, withDefaultCategoryTexts } from './default-texts.js';
import { suggestIdPattern } from './id-pattern.js';
import { baseLocale } from './locale.js';
import type { TBannerTexts, TDeclaration, TStorageItem } from './model.js';
import { MAX_CONSENT_MONTHS } from './published-config.js';

/** Where a finding points, so the admin can link it to the row and field it concerns. */
export interface TLintRef {
  entity: 'site' | 'category' | 'vendor' | 'item' | 'texts' | 'appearance';
  /** Category key, vendor id, item id or locale. */
  id?: string;
  field?: string;
  /** What a person calls the row (an item's or vendor's name), for search and links. */
  label?: string;
}

/** Every code the lint can produce, so a UI can check that it words each one. */
export const LINT_CODES = [
  'necessity-justification-missing',
  'legitimate-interest',
  'item-incomplete',
  'vendor-country-unknown',
  'text-missing',
  'lifetime-too-long',
  'contrast-too-low',
  'unclassified-items',
  'vendor-privacy-policy-missing',
  'declaration-empty',
  'name-looks-like-id',
  'purpose-translation-missing',
  'persistent-duration',
  'region-eu-not-opt-in',
] as const;
export type TLintCode = (typeof LINT_CODES)[number];

/** The fields `item-incomplete` can name, in the order it checks them. */
export const LINT_ITEM_FIELDS = [
  'name',
  'provider',
  'purpose',
  'category',
  'type',
  'duration',
] as const;
export type TLintItemField = (typeof LINT_ITEM_FIELDS)[number];

/** The colour pairs `contrast-too-low` checks (foreground field of `appearance.colors`). */
export const LINT_CONTRAST_FIELDS = ['buttonText', 'text', 'link'] as const;

/** The banner texts a visitor sees first; `text-missing` (subject `texts`) names the absent ones. */
export const BANNER_KEYS_SHOWN = [
  'title',
  'description',
  'withdrawal',
  'acceptAll',
  'rejectAll',
  'customise',
  'save',
  'preferencesTitle',
  'openSettings',
] as const satisfies readonly (keyof TBannerTexts)[];

/**
 * What each finding's message is made of, so the admin can word it in the editor's language
 * (the English `message` stays for the API and CLI). Names are as the editor wrote them; lists
 * are keys, not words; locales are codes.
 */
export interface TLintParams {
  'necessity-justification-missing': { name: string };
  'legitimate-interest': { subject: 'category' | 'vendor' | 'item'; name: string };
  'item-incomplete': { name: string; missing: TLintItemField[]; locale: string };
  'vendor-country-unknown': { name: string };
  'text-missing':
    | { subject: 'texts'; locale: string; missing: (typeof BANNER_KEYS_SHOWN)[number][] }
    | { subject: 'category'; locale: string; name: string };
  'lifetime-too-long': { field: string; months: number; max: number };
  'contrast-too-low': { field: (typeof LINT_CONTRAST_FIELDS)[number]; ratio: number; min: number };
  'unclassified-items': { name: string };
  'vendor-privacy-policy-missing': { name: string };
  'declaration-empty': Record<string, never>;
  'name-looks-like-id': { name: string; pattern: string };
  'purpose-translation-missing': {
    /** Untranslated items in all. */
    count: number;
    /** The first five of them. */
    names: string[];
    /** How many are not named (count − names). */
    more: number;
    locale: string;
    defaultLocale: string;
  };
  'persistent-duration': { name: string };
  'region-eu-not-opt-in': { model: string };
}

interface TLintFindingOf<C extends TLintCode> {
  /** Errors block publishing; warnings are shown and allowed. */
  severity: 'error' | 'warning';
  code: C;
  /** In English, for the API and CLI. */
  message: string;
  params: TLintParams[C];
  ref: TLintRef;
  /** The compliance checklist item behind the rule (`../shared/compliance.md`). */
  checklist: string;
}

export type TLintFinding = { [C in TLintCode]: TLintFindingOf<C> }[TLintCode];

/** WCAG 2.x relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The compliance lint publishing runs on a draft (compliance.md P-04): blocking errors for what
 * would make the banner or declaration unlawful or incomplete, warnings for what an editor
 * should look at. Each finding names the row and field it concerns.
 */
export function lintDeclaration(draft: TDeclaration): TLintFinding[] {
  const out: TLintFinding[] = [];
  const add = (f: TLintFinding) => out.push(f);
  const { site } = draft;
  const locale = baseLocale(site.defaultLocale);
  const required = new Map(draft.categories.map((c) => [c.key, c.required]));
  const nameOf = (i: TStorageItem) => i.name || i.id;
  const label = (i: TStorageItem) => `“${nameOf(i)}”`;

  for (const c of draft.categories) {
    if (!c.required && c.legalBasis === 'legitimate_interest') {
      add({
        severity: 'error',
        code: 'legitimate-interest',
        message: `Category ${c.key} rests on legitimate interest; storage that is not strictly necessary needs consent.`,
        params: { subject: 'category', name: c.key },
        ref: { entity: 'category', id: c.key, field: 'legalBasis' },
        checklist: 'B-10',
      });
    }
  }

  // Vendors serving at least one category that needs consent.
  const consentVendors = new Set<string>();
  for (const v of draft.vendors)
    if (v.defaultCategory && required.get(v.defaultCategory) === false) consentVendors.add(v.id);
  for (const i of draft.items)
    if (i.vendor && required.get(i.category) === false) consentVendors.add(i.vendor);

  for (const i of draft.items) {
    const missing: TLintItemField[] = [];
    if (!i.name.trim()) missing.push('name');
    if (!i.vendor) missing.push('provider');
    if (!i.purpose[locale]?.trim()) missing.push('purpose');
    if (!required.has(i.category)) missing.push('category');
    if (!i.type) missing.push('type');
    if (!i.duration || i.duration.kind === 'unknown') missing.push('duration');
    if (missing.length) {
      const words = missing.map((f) =>
        f === 'purpose' ? `purpose (${locale})` : f === 'duration' ? 'maximum storage duration' : f,
      );
      add({
        severity: 'error',
        code: 'item-incomplete',
        message: `Item ${label(i)} lacks: ${words.join(', ')}.`,
        params: { name: nameOf(i), missing, locale },
        ref: { entity: 'item', id: i.id, field: missing[0], label: i.name },
        checklist: 'D-01',
      });
    }
    if (required.get(i.category) === true && !i.necessityJustification?.trim()) {
      add({
        severity: 'error',
        code: 'necessity-justification-missing',
        message: `Item ${label(i)} is in a required category but has no necessity justification.`,
        params: { name: nameOf(i) },
        ref: { entity: 'item', id: i.id, field: 'necessityJustification', label: i.name },
        checklist: 'D-06',
      });
    }
    if (required.get(i.category) === false && i.legalBasis === 'legitimate_interest') {
      add({
        severity: 'error',
        code: 'legitimate-interest',
        message: `Item ${label(i)} rests on legitimate interest; it is not strictly necessary, so it needs consent.`,
        params: { subject: 'item', name: nameOf(i) },
        ref: { entity: 'item', id: i.id, field: 'legalBasis', label: i.name },
        checklist: 'B-10',
      });
    }
    // Blocking (issue 18): the declaration must say what each item is for, and "unclassified"
    // says nobody knows yet. Visitors would be asked to consent to an unexplained purpose.
    if (i.category === 'unclassified') {
      add({
        severity: 'error',
        code: 'unclassified-items',
        message: `Item ${label(i)} is unclassified; move it to the category that matches its purpose.`,
        params: { name: nameOf(i) },
        ref: { entity: 'item', id: i.id, field: 'category', label: i.name },
        checklist: 'D-01',
      });
    }
    if (i.duration?.kind === 'persistent') {
      add({
        severity: 'warning',
        code: 'persistent-duration',
        message: `Item ${label(i)} is stored with no end date; state a maximum storage duration if there is one.`,
        params: { name: nameOf(i) },
        ref: { entity: 'item', id: i.id, field: 'duration', label: i.name },
        checklist: 'D-02',
      });
    }
  }

  for (const v of draft.vendors) {
    if (consentVendors.has(v.id)) {
      if (v.legalBasis === 'legitimate_interest') {
        add({
          severity: 'error',
          code: 'legitimate-interest',
          message: `Vendor ${v.name} rests on legitimate interest but serves a category that needs consent.`,
          params: { subject: 'vendor', name: v.name },
          ref: { entity: 'vendor', id: v.id, field: 'legalBasis', label: v.name },
          checklist: 'B-10',
        });
      }
      const itemCountries = draft.items.some(
        (i) => i.vendor === v.id && i.recipientCountries?.length,
      );
      if (v.countries.length === 0 && !itemCountries) {
        add({
          severity: 'error',
          code: 'vendor-country-unknown',
          message: `Vendor ${v.name} has no recipient country; say where its data goes.`,
          params: { name: v.name },
          ref: { entity: 'vendor', id: v.id, field: 'countries', label: v.name },
          checklist: 'T-01',
        });
      }
    }
    if (!v.privacyPolicyUrl) {
      add({
        severity: 'warning',
        code: 'vendor-privacy-policy-missing',
        message: `Vendor ${v.name} has no privacy-policy link.`,
        params: { name: v.name },
        ref: { entity: 'vendor', id: v.id, field: 'privacyPolicyUrl', label: v.name },
        checklist: 'D-02',
      });
    }
  }

  if (draft.items.length === 0) {
    add({
      severity: 'warning',
      code: 'declaration-empty',
      message:
        'The declaration lists no cookies or similar storage. Every site with Smula stores at least the visitor’s choice: add what the site uses (Import, Scan or Add item) before publishing.',
      params: {},
      ref: { entity: 'item' },
      checklist: 'D-01',
    });
  }
  for (const i of draft.items) {
    const pattern = i.matchKind === 'exact' ? suggestIdPattern(i.name) : null;
    if (pattern) {
      add({
        severity: 'warning',
        code: 'name-looks-like-id',
        message: `Item ${label(i)} looks like it carries one visitor’s id; declared as the pattern ${pattern} it matches every visitor’s.`,
        params: { name: nameOf(i), pattern },
        ref: { entity: 'item', id: i.id, field: 'name', label: i.name },
        checklist: 'D-01',
      });
    }
  }
  // Visitors reading another published language see the default language's purpose instead.
  for (const l of site.locales.map(baseLocale)) {
    if (l === locale) continue;
    const untranslated = draft.items.filter(
      (i) => i.purpose[locale]?.trim() && !i.purpose[l]?.trim(),
    );
    if (untranslated.length) {
      const shown = untranslated.slice(0, 5);
      const names = shown.map(label).join(', ');
      add({
        severity: 'warning',
        code: 'purpose-translation-missing',
        message: `${untranslated.length} item${untranslated.length > 1 ? 's have' : ' has'} no purpose in “${l}”: ${names}${untranslated.length > 5 ? ' …' : ''}. Visitors reading “${l}” see the “${locale}” text.`,
        params: {
          count: untranslated.length,
          names: shown.map(nameOf),
          more: untranslated.length - shown.length,
          locale: l,
          defaultLocale: locale,
        },
        ref: {
          entity: 'item',
          id: untranslated[0]?.id,
          field: `purpose.${l}`,
          label: untranslated[0]?.name,
        },
        checklist: 'B-11',
      });
    }
  }

  for (const l of site.locales.map(baseLocale)) {
    // The default languages have built-in texts; any other must be written out by the editor.
    const defaults = defaultTextsFor(l)?.banner;
    const written = draft.texts[l]?.banner ?? {};
    const missingKeys = BANNER_KEYS_SHOWN.filter((k) => !written[k]?.trim() && !defaults?.[k]);
    if (missingKeys.length) {
      add({
        severity: 'error',
        code: 'text-missing',
        message: `Banner texts in “${l}” are missing: ${missingKeys.join(', ')}.`,
        params: { subject: 'texts', locale: l, missing: missingKeys },
        ref: { entity: 'texts', id: l, field: `banner.${missingKeys[0]}` },
        checklist: 'B-11',
      });
    }
    for (const c of draft.categories) {
      // Publishing fills a standard category's name in a default language (issue 19).
      if (!withDefaultCategoryTexts(c, [l]).name[l]?.trim()) {
        add({
          severity: 'error',
          code: 'text-missing',
          message: `Category ${c.key} has no name in “${l}”.`,
          params: { subject: 'category', locale: l, name: c.key },
          ref: { entity: 'category', id: c.key, field: `name.${l}` },
          checklist: 'B-11',
        });
      }
    }
  }

  // EU/EEA law (ePrivacy Art. 5(3)) allows nothing non-necessary before consent: an opt-out
  // model or no banner there is refused, whatever other regions use (issue 19).
  const euModel = site.regionRules?.models.eu;
  if (euModel && euModel !== 'opt-in') {
    add({
      severity: 'error',
      code: 'region-eu-not-opt-in',
      message: `Visitors in the EU/EEA must be asked first (opt-in); the site's region rules say “${euModel}”.`,
      params: { model: euModel },
      ref: { entity: 'site', field: 'regionRules.models.eu' },
      checklist: 'B-01',
    });
  }

  for (const [field, months] of Object.entries(site.consentLifetimes)) {
    if (months > MAX_CONSENT_MONTHS) {
      add({
        severity: 'error',
        code: 'lifetime-too-long',
        message: `Consent is kept ${months} months (${field}); the maximum is ${MAX_CONSENT_MONTHS}.`,
        params: { field, months, max: MAX_CONSENT_MONTHS },
        ref: { entity: 'site', field: `consentLifetimes.${field}` },
        checklist: 'N-04',
      });
    }
  }

  // Accept, Reject and Customise share one style by construction (B-03); what can still fail
  // is the contrast of that style and of the text around it.
  const { colors } = draft.appearance;
  const pairs: [(typeof LINT_CONTRAST_FIELDS)[number], string, string][] = [
    ['buttonText', colors.buttonText, colors.buttonBackground],
    ['text', colors.text, colors.background],
    ['link', colors.link, colors.background],
  ];
  for (const [field, fg, bg] of pairs) {
    const ratio = contrastRatio(fg, bg);
    if (ratio < 4.5) {
      add({
        severity: 'error',
        code: 'contrast-too-low',
        message: `The ${field} colour has a contrast of ${ratio.toFixed(2)}:1 against its background; at least 4.5:1 is needed.`,
        // Rounded as the message shows it, so both languages say the same number.
        params: { field, ratio: Math.round(ratio * 100) / 100, min: 4.5 },
        ref: { entity: 'appearance', field: `colors.${field}` },
        checklist: 'B-03',
      });
    }
  }
  return out;
}
