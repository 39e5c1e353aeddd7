import type { TConfigChange, TConfigDiff } from './diff.js';
import { pickText } from './locale.js';
import type { TCategory, TConfigContent, TStorageItem, TVendor } from './model.js';

type TContent = Pick<TConfigContent, 'categories' | 'vendors' | 'items'> &
  Partial<Pick<TConfigContent, 'site'>>;

const FIELD_NAMES: Record<string, string> = {
  name: 'name',
  purpose: 'purpose',
  duration: 'storage duration',
  category: 'category',
  vendor: 'provider',
  type: 'type',
  host: 'host',
  party: 'first/third party',
  matchKind: 'name matching',
  necessityJustification: 'necessity justification',
  recipientCountries: 'recipient countries',
  countries: 'recipient countries',
  dpfCertified: 'DPF certification',
  transferMechanism: 'transfer mechanism',
  privacyPolicyUrl: 'privacy-policy link',
  optOutUrl: 'opt-out link',
  description: 'description',
  retention: 'retention',
  defaultCategory: 'default category',
  legalName: 'legal name',
  required: 'required flag',
  gcmSignals: 'Consent Mode signals',
  order: 'position',
  legalBasis: 'legal basis',
};

const field = (f: string | undefined) =>
  f ? (FIELD_NAMES[f] ?? f.replace(/([A-Z])/g, ' $1').toLowerCase()) : '';

/** Every code a diff line can have, so a UI can check that it words each one. */
export const DIFF_LINE_CODES = [
  'category-added',
  'category-removed',
  'category-made-required',
  'category-made-optional',
  'category-changed',
  'vendor-added',
  'vendor-removed',
  'vendor-countries-added',
  'vendor-dpf-certified',
  'vendor-dpf-lost',
  'vendor-changed',
  'item-added',
  'item-removed',
  'item-moved',
  'item-changed',
  'texts-added',
  'texts-removed',
  'texts-changed',
  'appearance-changed',
  'site-changed',
] as const;
export type TDiffLineCode = (typeof DIFF_LINE_CODES)[number];

/**
 * The fields of categories, vendors, items, the site and the appearance that a `*-changed`
 * line can name (`params.field`). A field outside this list still gets an English line; a UI
 * without a word for it falls back to that.
 */
export const DIFF_FIELDS = [
  ...Object.keys(FIELD_NAMES),
  // Site settings.
  'domains',
  'locales',
  'defaultLocale',
  'consentLifetimes',
  'cookiePolicyUrl',
  'contact',
  'googleConsentMode',
  'autoBlocking',
  'regionRules',
  // Vendors.
  'hosts',
  'embedPlaceholder',
  'consentSignal',
  // Items.
  'initiator',
  'source',
  'firstFoundUrl',
  // Appearance.
  'layout',
  'position',
  'colors',
  'radius',
  'floatingButton',
] as const;

/**
 * What a line is made of, so the admin can word it in the editor's language: names as the
 * editor wrote them (categories in the site's default language), fields as keys, item types as
 * `TStorageType`, locales and countries as codes.
 */
export type TDiffLineParams = Record<string, string | string[]>;

export interface TDiffLine {
  code: TDiffLineCode;
  params: TDiffLineParams;
  /** In English, for the API and CLI. */
  text: string;
}

/**
 * One change as a code with its parts and an English sentence an editor understands:
 * "Added vendor TikTok", "Changed the purpose of cookie _fbp", "Removed category Social media".
 */
export function describeChangeLine(
  change: TConfigChange,
  before: TContent,
  after: TContent,
  locale = 'en',
): TDiffLine {
  const line = (code: TDiffLineCode, params: TDiffLineParams, text: string): TDiffLine => ({
    code,
    params,
    text,
  });
  const catName = (key: string) => {
    const c =
      after.categories.find((x) => x.key === key) ?? before.categories.find((x) => x.key === key);
    return c ? pickText(c.name, locale) || key : key;
  };
  const pickEntity = <T>(list: readonly T[], id: (x: T) => string) =>
    list.find((x) => id(x) === change.id);
  const f = change.field ?? '';
  switch (change.entity) {
    case 'category': {
      const name = catName(change.id);
      if (change.kind === 'added')
        return line('category-added', { name }, `Added category ${name}`);
      if (change.kind === 'removed')
        return line('category-removed', { name }, `Removed category ${name}`);
      if (change.field === 'required')
        return change.after
          ? line('category-made-required', { name }, `Made ${name} required (always on)`)
          : line('category-made-optional', { name }, `Made ${name} optional (needs consent)`);
      return line(
        'category-changed',
        { name, field: f },
        `Changed the ${field(change.field)} of category ${name}`,
      );
    }
    case 'vendor': {
      const v =
        pickEntity<TVendor>(after.vendors, (x) => x.id) ??
        pickEntity<TVendor>(before.vendors, (x) => x.id);
      const name = v?.name ?? change.id;
      if (change.kind === 'added') return line('vendor-added', { name }, `Added vendor ${name}`);
      if (change.kind === 'removed')
        return line('vendor-removed', { name }, `Removed vendor ${name}`);
      if (change.field === 'countries') {
        const was = new Set((change.before as string[] | undefined) ?? []);
        const now = (change.after as string[] | undefined) ?? [];
        const added = now.filter((c) => !was.has(c));
        if (added.length)
          return line(
            'vendor-countries-added',
            { name, countries: added },
            `${name} now also sends data to ${added.join(', ')}`,
          );
      }
      if (change.field === 'dpfCertified')
        return change.after
          ? line('vendor-dpf-certified', { name }, `${name} is now DPF-certified`)
          : line('vendor-dpf-lost', { name }, `${name} is no longer DPF-certified`);
      return line(
        'vendor-changed',
        { name, field: f },
        `Changed the ${field(change.field)} of vendor ${name}`,
      );
    }
    case 'item': {
      const i =
        pickEntity<TStorageItem>(after.items, (x) => x.id) ??
        pickEntity<TStorageItem>(before.items, (x) => x.id);
      const type = i?.type ?? 'cookie';
      const kind = type === 'cookie' ? 'cookie' : type.replace('_', ' ');
      const name = i?.name ?? change.id;
      if (change.kind === 'added') {
        const category = catName(i?.category ?? '');
        return line('item-added', { type, name, category }, `Added ${kind} ${name} to ${category}`);
      }
      if (change.kind === 'removed')
        return line('item-removed', { type, name }, `Removed ${kind} ${name}`);
      if (change.field === 'category') {
        const from = catName(String(change.before));
        const to = catName(String(change.after));
        return line(
          'item-moved',
          { type, name, from, to },
          `Moved ${kind} ${name} from ${from} to ${to}`,
        );
      }
      return line(
        'item-changed',
        { type, name, field: f },
        `Changed the ${field(change.field)} of ${kind} ${name}`,
      );
    }
    case 'texts': {
      const params = { locale: change.id };
      if (change.kind === 'added')
        return line('texts-added', params, `Added texts in “${change.id}”`);
      if (change.kind === 'removed')
        return line('texts-removed', params, `Removed texts in “${change.id}”`);
      // `banner.title`, `policy.intro`: the part and the text's key.
      const [part = '', ...rest] = f.split('.');
      return line(
        'texts-changed',
        { ...params, part, key: rest.join('.') },
        `Changed the ${change.field?.replace('.', ' text “')}” (${change.id})`,
      );
    }
    case 'appearance':
      return line(
        'appearance-changed',
        { field: f },
        `Changed the banner's ${field(change.field)}`,
      );
    case 'site':
      return line('site-changed', { field: f }, `Changed the site's ${field(change.field)}`);
  }
}

/** {@link describeChangeLine}'s English sentence alone. */
export function describeChange(
  change: TConfigChange,
  before: TContent,
  after: TContent,
  locale = 'en',
): string {
  return describeChangeLine(change, before, after, locale).text;
}

export interface TDiffSummary {
  lines: (TDiffLine & { material: boolean })[];
  /** "Returning visitors will be asked again about: Statistics (…)." or null; in English. */
  reconsent: string | null;
  /** What {@link TDiffSummary.reconsent} is made of: the categories' names, or null. */
  reconsentParams: { categories: string[]; count: number } | null;
}

/** The whole diff in words, with the material consequence spelled out. */
export function describeDiff(
  diff: TConfigDiff,
  before: TContent,
  after: TContent,
  locale = 'en',
): TDiffSummary {
  const names = diff.invalidatedCategories.map((k) => {
    const c: TCategory | undefined = after.categories.find((x) => x.key === k);
    return c ? pickText(c.name, locale) || k : k;
  });
  return {
    lines: diff.changes.map((c) => ({
      ...describeChangeLine(c, before, after, locale),
      material: c.material,
    })),
    reconsent: names.length
      ? `Returning visitors will be asked again about: ${names.join(', ')} (those who had accepted ${names.length > 1 ? 'them' : 'it'}).`
      : null,
    reconsentParams: names.length ? { categories: names, count: names.length } : null,
  };
}
