import { canonicalJson } from './canonical-json.js';
import type { TConfigContent, TStorageItem, TVendor } from './model.js';
import { byKey, sortedUnique, upperCodes } from './sets.js';
import { sha256Hex } from './sha256.js';

/** Who receives data through one category: a vendor (or, for vendorless items, a host). */
export interface TRecipient {
  id: string;
  countries: string[];
  dpfCertified: boolean;
}

/** Items without a vendor still send data somewhere: they count as a recipient of their own. */
export function recipientIdOf(item: TStorageItem): string {
  return item.vendor ?? `~${item.host ?? item.name}`;
}

/**
 * For each category, the recipients it covers and their countries: from the items filed under
 * it (item countries override the vendor's) and from vendors whose default category it is.
 */
export function categoryRecipients(
  config: Pick<TConfigContent, 'categories' | 'vendors' | 'items'>,
): Map<string, Map<string, TRecipient>> {
  const vendors = new Map<string, TVendor>(config.vendors.map((v) => [v.id, v]));
  const out = new Map<string, Map<string, TRecipient>>();
  for (const c of config.categories) out.set(c.key, new Map());
  const add = (category: string, id: string, countries: readonly string[], dpf: boolean) => {
    let m = out.get(category);
    if (!m) {
      m = new Map();
      out.set(category, m);
    }
    const r = m.get(id) ?? { id, countries: [], dpfCertified: dpf };
    r.countries = upperCodes([...r.countries, ...countries]);
    m.set(id, r);
  };
  for (const v of config.vendors)
    if (v.defaultCategory) add(v.defaultCategory, v.id, v.countries, v.dpfCertified);
  for (const i of config.items) {
    const v = i.vendor ? vendors.get(i.vendor) : undefined;
    add(
      i.category,
      recipientIdOf(i),
      i.recipientCountries ?? v?.countries ?? [],
      v?.dpfCertified ?? false,
    );
  }
  return out;
}

/**
 * What a visitor consented to, reduced to what must trigger re-consent when it changes: each
 * category's key, required flag and Consent Mode signals, and its recipients with their
 * countries and DPF certification. Purpose wording, item details and looks are not in it.
 */
export function materialContent(config: Pick<TConfigContent, 'categories' | 'vendors' | 'items'>) {
  const recipients = categoryRecipients(config);
  return config.categories.map((c) => ({
    key: c.key,
    required: c.required,
    gcmSignals: sortedUnique(c.gcmSignals),
    recipients: [...(recipients.get(c.key)?.values() ?? [])].sort((a, b) => byKey(a.id, b.id)),
  }));
}

export function materialHash(
  config: Pick<TConfigContent, 'categories' | 'vendors' | 'items'>,
): string {
  return sha256Hex(canonicalJson(materialContent(config)));
}
