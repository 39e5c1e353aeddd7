import { canonicalJson } from './canonical-json.js';
import { categoryRecipients, recipientIdOf } from './material.js';
import type { TConfigContent, TStorageItem, TVendor } from './model.js';
import { byKey } from './sets.js';

export type TChangeEntity = 'site' | 'category' | 'vendor' | 'item' | 'texts' | 'appearance';

/** One difference between two configs, at field level for entities that exist in both. */
export interface TConfigChange {
  entity: TChangeEntity;
  kind: 'added' | 'removed' | 'changed';
  /** Category key, vendor id, item id, locale (texts), or the site/appearance field name. */
  id: string;
  /** The changed field, for `changed`. */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** Whether visitors who granted an affected category must be asked again. */
  material: boolean;
  /** The categories whose earlier consent this change invalidates. */
  invalidates: string[];
}

export interface TConfigDiff {
  changes: TConfigChange[];
  material: boolean;
  /** Non-required categories of the new config whose earlier grants no longer hold. */
  invalidatedCategories: string[];
}

type TContent = Pick<TConfigContent, 'categories' | 'vendors' | 'items'> &
  Partial<Pick<TConfigContent, 'site' | 'texts' | 'appearance'>>;

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function fieldChanges<T extends object>(
  entity: TChangeEntity,
  id: string,
  a: T,
  b: T,
  ignore: readonly string[] = [],
): TConfigChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !ignore.includes(k))
    .sort(byKey);
  const out: TConfigChange[] = [];
  for (const field of keys) {
    const before = (a as Record<string, unknown>)[field];
    const after = (b as Record<string, unknown>)[field];
    if (!same(before, after))
      out.push({
        entity,
        kind: 'changed',
        id,
        field,
        before,
        after,
        material: false,
        invalidates: [],
      });
  }
  return out;
}

function entityChanges<T extends object>(
  entity: TChangeEntity,
  a: readonly T[],
  b: readonly T[],
  idOf: (x: T) => string,
): TConfigChange[] {
  const before = new Map(a.map((x) => [idOf(x), x]));
  const after = new Map(b.map((x) => [idOf(x), x]));
  const out: TConfigChange[] = [];
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) out.push({ entity, kind: 'removed', id, before: x, material: false, invalidates: [] });
    else out.push(...fieldChanges(entity, id, x, y));
  }
  for (const [id, y] of after) {
    if (!before.has(id))
      out.push({ entity, kind: 'added', id, after: y, material: false, invalidates: [] });
  }
  return out;
}

/**
 * Compares two configs (drafts normalised or published versions): every change at field level,
 * each marked material or not, and the categories whose consent the changes invalidate.
 *
 * @remarks
 * Material (visitors who granted the category are asked again, compliance.md N-05): a category is
 * added; a required category becomes optional; a category gains a Consent Mode signal; a
 * recipient (vendor, or host of a vendorless item) is added to a category; a recipient of a
 * category gains a country; a vendor loses its DPF certification. Removals, wording, item
 * details, looks and site settings are not material: nothing new is asked of the visitor.
 */
export function diffConfigs(a: TContent, b: TContent): TConfigDiff {
  const changes: TConfigChange[] = [
    ...entityChanges('category', a.categories, b.categories, (c) => c.key),
    ...entityChanges('vendor', a.vendors, b.vendors, (v) => v.id),
    ...entityChanges('item', a.items, b.items, (i) => i.id),
  ];
  if (a.site && b.site) changes.push(...fieldChanges('site', 'site', a.site, b.site));
  if (a.appearance && b.appearance)
    changes.push(...fieldChanges('appearance', 'appearance', a.appearance, b.appearance));
  if (a.texts && b.texts) {
    for (const locale of [...new Set([...Object.keys(a.texts), ...Object.keys(b.texts)])].sort(
      byKey,
    )) {
      const x = a.texts[locale];
      const y = b.texts[locale];
      if (!x)
        changes.push({
          entity: 'texts',
          kind: 'added',
          id: locale,
          after: y,
          material: false,
          invalidates: [],
        });
      else if (!y)
        changes.push({
          entity: 'texts',
          kind: 'removed',
          id: locale,
          before: x,
          material: false,
          invalidates: [],
        });
      else {
        for (const part of ['banner', 'policy'] as const) {
          for (const c of fieldChanges('texts', locale, x[part], y[part]))
            changes.push({ ...c, field: `${part}.${c.field}` });
        }
      }
    }
  }

  const required = new Map(b.categories.map((c) => [c.key, c.required]));
  const optional = (key: string) => required.get(key) === false;
  const mark = (c: TConfigChange, categories: Iterable<string>) => {
    for (const k of categories)
      if (optional(k) && !c.invalidates.includes(k)) c.invalidates.push(k);
    c.material ||= c.invalidates.length > 0;
  };

  // Category-level reasons.
  const oldCategories = new Map(a.categories.map((c) => [c.key, c]));
  for (const c of changes) {
    if (c.entity !== 'category') continue;
    if (c.kind === 'added') mark(c, [c.id]);
    else if (
      c.kind === 'changed' &&
      c.field === 'required' &&
      c.before === true &&
      c.after === false
    )
      mark(c, [c.id]);
    else if (c.kind === 'changed' && c.field === 'gcmSignals') {
      const had = new Set((c.before as string[] | undefined) ?? []);
      if (((c.after as string[] | undefined) ?? []).some((s) => !had.has(s))) mark(c, [c.id]);
    }
  }

  // Recipient-level reasons: new (category, recipient) pairs and new (category, recipient, country) triples.
  const before = categoryRecipients(a);
  const after = categoryRecipients(b);
  const newPairs = new Set<string>();
  const newCountries = new Set<string>();
  for (const [category, recipients] of after) {
    if (!oldCategories.has(category)) continue; // the category-added change already covers it
    const old = before.get(category);
    for (const [id, r] of recipients) {
      const o = old?.get(id);
      if (!o) newPairs.add(`${category}\u0000${id}`);
      else
        for (const country of r.countries)
          if (!o.countries.includes(country))
            newCountries.add(`${category}\u0000${id}\u0000${country}`);
    }
  }
  const vendorsB = new Map<string, TVendor>(b.vendors.map((v) => [v.id, v]));
  // The (category, recipient, countries) an entity contributes in the new config.
  const contributions = (
    c: TConfigChange,
  ): { category: string; id: string; countries: string[] }[] => {
    if (c.entity === 'vendor') {
      const v = vendorsB.get(c.id);
      if (!v) return [];
      const cats = new Set<string>();
      if (v.defaultCategory) cats.add(v.defaultCategory);
      for (const i of b.items) if (i.vendor === v.id) cats.add(i.category);
      return [...cats].map((category) => ({ category, id: v.id, countries: v.countries }));
    }
    if (c.entity === 'item') {
      const i = (c.after ?? b.items.find((x) => x.id === c.id)) as TStorageItem | undefined;
      if (!i || c.kind === 'removed') return [];
      const item = b.items.find((x) => x.id === c.id) ?? i;
      const v = item.vendor ? vendorsB.get(item.vendor) : undefined;
      return [
        {
          category: item.category,
          id: recipientIdOf(item),
          countries: item.recipientCountries ?? v?.countries ?? [],
        },
      ];
    }
    return [];
  };
  const recipientFields = new Set([
    'category',
    'vendor',
    'recipientCountries',
    'countries',
    'defaultCategory',
    'host',
  ]);
  for (const c of changes) {
    if (c.entity !== 'vendor' && c.entity !== 'item') continue;
    if (
      c.kind === 'changed' &&
      c.field === 'dpfCertified' &&
      c.before === true &&
      c.after === false
    ) {
      mark(
        c,
        contributions(c).map((x) => x.category),
      );
      continue;
    }
    if (c.kind === 'changed' && !recipientFields.has(c.field ?? '')) continue;
    const hit = contributions(c).filter(
      (x) =>
        newPairs.has(`${x.category}\u0000${x.id}`) ||
        x.countries.some((country) =>
          newCountries.has(`${x.category}\u0000${x.id}\u0000${country}`),
        ),
    );
    mark(
      c,
      hit.map((x) => x.category),
    );
  }

  const invalidated = new Set<string>();
  for (const c of changes) for (const k of c.invalidates) invalidated.add(k);
  const order = new Map(b.categories.map((c, i) => [c.key, i]));
  return {
    changes,
    material: invalidated.size > 0,
    invalidatedCategories: [...invalidated].sort(
      (x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0),
    ),
  };
}
