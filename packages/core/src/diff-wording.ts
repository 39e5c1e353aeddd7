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

/**
 * One change in words an editor understands, in English (the admin's language):
 * "Added vendor TikTok", "Changed the purpose of cookie _fbp", "Removed category Social media".
 */
export function describeChange(
  change: TConfigChange,
  before: TContent,
  after: TContent,
  locale = 'en',
): string {
  const catName = (key: string) => {
    const c =
      after.categories.find((x) => x.key === key) ?? before.categories.find((x) => x.key === key);
    return c ? pickText(c.name, locale) || key : key;
  };
  const pickEntity = <T>(list: readonly T[], id: (x: T) => string) =>
    list.find((x) => id(x) === change.id);
  switch (change.entity) {
    case 'category': {
      const name = catName(change.id);
      if (change.kind === 'added') return `Added category ${name}`;
      if (change.kind === 'removed') return `Removed category ${name}`;
      if (change.field === 'required')
        return change.after
          ? `Made ${name} required (always on)`
          : `Made ${name} optional (needs consent)`;
      return `Changed the ${field(change.field)} of category ${name}`;
    }
    case 'vendor': {
      const v =
        pickEntity<TVendor>(after.vendors, (x) => x.id) ??
        pickEntity<TVendor>(before.vendors, (x) => x.id);
      const name = v?.name ?? change.id;
      if (change.kind === 'added') return `Added vendor ${name}`;
      if (change.kind === 'removed') return `Removed vendor ${name}`;
      if (change.field === 'countries') {
        const was = new Set((change.before as string[] | undefined) ?? []);
        const now = (change.after as string[] | undefined) ?? [];
        const added = now.filter((c) => !was.has(c));
        if (added.length) return `${name} now also sends data to ${added.join(', ')}`;
      }
      if (change.field === 'dpfCertified')
        return change.after ? `${name} is now DPF-certified` : `${name} is no longer DPF-certified`;
      return `Changed the ${field(change.field)} of vendor ${name}`;
    }
    case 'item': {
      const i =
        pickEntity<TStorageItem>(after.items, (x) => x.id) ??
        pickEntity<TStorageItem>(before.items, (x) => x.id);
      const kind = i?.type === 'cookie' || !i ? 'cookie' : i.type.replace('_', ' ');
      const name = i?.name ?? change.id;
      if (change.kind === 'added') return `Added ${kind} ${name} to ${catName(i?.category ?? '')}`;
      if (change.kind === 'removed') return `Removed ${kind} ${name}`;
      if (change.field === 'category')
        return `Moved ${kind} ${name} from ${catName(String(change.before))} to ${catName(String(change.after))}`;
      return `Changed the ${field(change.field)} of ${kind} ${name}`;
    }
    case 'texts':
      if (change.kind === 'added') return `Added texts in “${change.id}”`;
      if (change.kind === 'removed') return `Removed texts in “${change.id}”`;
      return `Changed the ${change.field?.replace('.', ' text “')}” (${change.id})`;
    case 'appearance':
      return `Changed the banner's ${field(change.field)}`;
    case 'site':
      return `Changed the site's ${field(change.field)}`;
  }
}

export interface TDiffSummary {
  lines: { text: string; material: boolean }[];
  /** "Returning visitors who accepted Statistics will be asked again." or null. */
  reconsent: string | null;
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
      text: describeChange(c, before, after, locale),
      material: c.material,
    })),
    reconsent: names.length
      ? `Returning visitors will be asked again about: ${names.join(', ')} (those who had accepted ${names.length > 1 ? 'them' : 'it'}).`
      : null,
  };
}
