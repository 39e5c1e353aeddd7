import {
  canonicalJson,
  sha256Hex,
  type TCategory,
  type TStorageItem,
  type TVendor,
} from '@smula/core';
import type { TImportResult, TImportWarning } from '@smula/core/import';
import { ZCategorySchema, ZStorageItemSchema, ZVendorSchema } from '@smula/core/schema';
import type { z } from 'zod';
import type { TDeclarationRows } from '../declaration/read-declaration';
import { rowsToEntities } from '../declaration/read-declaration';
import { describeIssues } from '../declaration/validation';

/**
 * One entity of an import plan. `id` and `revision` are the existing row's for an update; the
 * apply step writes only when the row still has that revision.
 */
export interface TPlanned<T> {
  action: 'create' | 'update';
  id?: string;
  revision?: number;
  before?: T;
  after: T;
  /** The fields an update changes. */
  changes: string[];
}

export interface TImportPlan {
  categories: TPlanned<TCategory>[];
  vendors: TPlanned<TVendor>[];
  items: TPlanned<TStorageItem>[];
  unchanged: { categories: number; vendors: number; items: number };
  warnings: TImportWarning[];
  /** Changes when the import text or any row it touches changes: preview ↔ apply check. */
  hash: string;
}

/** How an import recognises an item it already has: name, host and storage type. */
export function itemMatchKey(item: { name: string; host?: string | null; type: string }): string {
  return [item.name, (item.host ?? '').toLowerCase(), item.type].join('\u0000');
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

function changedFields<T extends object>(before: T, after: T): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !same(before[k as keyof T], after[k as keyof T]))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Plans an update of an existing row when the import changes something; true if it does. */
function planUpdate<T extends object>(
  planned: TPlanned<T>[],
  row: { id: string; revision?: number },
  before: T,
  after: T,
): boolean {
  const changes = changedFields(before, after);
  if (changes.length === 0) return false;
  planned.push({ action: 'update', id: row.id, revision: row.revision, before, after, changes });
  return true;
}

/** Drops undefined members so that canonical comparisons and stored JSON agree. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const sortedUnion = (a: readonly string[], b: readonly string[]) =>
  [...new Set([...a, ...b])].sort();

/**
 * Merge rules, chosen so that an import adds what the source knows and never erases what an
 * editor wrote:
 * - Categories match by key. An existing one only gains names and descriptions in locales it
 *   lacks; its required flag, order, signals and legal basis stay.
 * - Vendors match by slug. An existing one gains the imported recipient countries (union),
 *   DPF certification when the source says so, and fields and narrative locales it lacks; its
 *   name stays. Smula CSV names vendors only by slug and name (its countries are the items'),
 *   so a CSV import creates missing vendors but leaves existing ones as they are.
 * - Items match by (name, host, type), or by id when the text carries the id of one of the
 *   site's items (a Smula CSV exported from this site). A match takes the source's facts (match
 *   kind, party, duration unless the source's is unknown, category, vendor, countries,
 *   provenance) and its purpose in the imported locales; a justification or legal basis the
 *   source leaves out stays.
 */
function mergeCategory(current: TCategory, imported: TCategory): TCategory {
  return {
    ...current,
    name: { ...imported.name, ...current.name },
    description: { ...imported.description, ...current.description },
  };
}

function mergeVendor(current: TVendor, imported: TVendor): TVendor {
  return defined({
    ...current,
    legalName: current.legalName ?? imported.legalName,
    privacyPolicyUrl: current.privacyPolicyUrl ?? imported.privacyPolicyUrl,
    optOutUrl: current.optOutUrl ?? imported.optOutUrl,
    countries: sortedUnion(current.countries, imported.countries),
    dpfCertified: current.dpfCertified || imported.dpfCertified,
    transferMechanism: current.transferMechanism ?? imported.transferMechanism,
    retention:
      current.retention || imported.retention
        ? { ...imported.retention, ...current.retention }
        : undefined,
    description: { ...imported.description, ...current.description },
    defaultCategory: current.defaultCategory ?? imported.defaultCategory,
    legalBasis: current.legalBasis ?? imported.legalBasis,
  });
}

function mergeItem(current: TStorageItem, imported: TStorageItem): TStorageItem {
  return defined({
    ...current,
    name: imported.name,
    matchKind: imported.matchKind,
    type: imported.type,
    host: imported.host ?? current.host,
    party: imported.party,
    duration:
      imported.duration.kind === 'unknown' && current.duration.kind !== 'unknown'
        ? current.duration
        : imported.duration,
    purpose: { ...current.purpose, ...imported.purpose },
    category: imported.category,
    vendor: imported.vendor ?? current.vendor,
    recipientCountries: imported.recipientCountries ?? current.recipientCountries,
    necessityJustification: imported.necessityJustification ?? current.necessityJustification,
    legalBasis: imported.legalBasis ?? current.legalBasis,
    initiator: imported.initiator ?? current.initiator,
    source: imported.source ?? current.source,
    firstFoundUrl: imported.firstFoundUrl ?? current.firstFoundUrl,
  });
}

/** Checks a planned entity with core's schema; a failure becomes a warning, not an error. */
function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  label: string,
  warnings: TImportWarning[],
): boolean {
  const parsed = schema.safeParse(value);
  if (parsed.success) return true;
  warnings.push({
    text: label,
    message: `Not imported: ${describeIssues(parsed.error).join(' ')}`,
  });
  return false;
}

/**
 * What importing `imported` into a site with `rows` would do. Pure: reads nothing, writes
 * nothing; preview shows it and apply carries it out in one transaction.
 */
export function planImport(
  rows: TDeclarationRows,
  imported: TImportResult,
  options: { mergeVendors?: boolean } = {},
): TImportPlan {
  const mergeVendors = options.mergeVendors ?? true;
  const current = rowsToEntities(rows);
  const warnings = [...imported.warnings];
  const unchanged = { categories: 0, vendors: 0, items: 0 };

  // Categories by key.
  const categoryRows = new Map(rows.categories.map((r) => [r.key, r]));
  const categoryKeys = new Set(categoryRows.keys());
  let nextOrder = Math.max(-1, ...rows.categories.map((r) => r.order)) + 1;
  const categories: TPlanned<TCategory>[] = [];
  for (const c of imported.draft.categories) {
    const row = categoryRows.get(c.key);
    if (!row) {
      const after = { ...c, order: nextOrder };
      if (!check(ZCategorySchema, after, `category ${c.key}`, warnings)) continue;
      nextOrder++;
      categoryKeys.add(c.key);
      categories.push({ action: 'create', after, changes: [] });
      continue;
    }
    const before = current.categories.find((x) => x.key === c.key) as TCategory;
    if (!planUpdate(categories, row, before, mergeCategory(before, c))) unchanged.categories++;
  }

  // Vendors by slug.
  const vendorRows = new Map(rows.vendors.map((r) => [r.slug, r]));
  const vendorSlugs = new Set(vendorRows.keys());
  const vendors: TPlanned<TVendor>[] = [];
  for (const v of imported.draft.vendors) {
    const row = vendorRows.get(v.id);
    const imp = defined({
      ...v,
      countries: [...new Set(v.countries)].sort(),
      defaultCategory:
        v.defaultCategory && categoryKeys.has(v.defaultCategory) ? v.defaultCategory : undefined,
    });
    if (!row) {
      if (!check(ZVendorSchema, imp, `vendor ${v.name}`, warnings)) continue;
      vendorSlugs.add(v.id);
      vendors.push({ action: 'create', after: imp, changes: [] });
      continue;
    }
    const before = current.vendors.find((x) => x.id === v.id) as TVendor;
    const after = mergeVendors ? mergeVendor(before, imp) : before;
    if (!planUpdate(vendors, row, before, after)) unchanged.vendors++;
  }

  // Items by id (this site's own, from its CSV export) or by (name, host, type).
  const itemRows = new Map(rows.items.map((r) => [r.id, r]));
  const currentItems = new Map(current.items.map((i) => [i.id, i]));
  const byKey = new Map(current.items.map((i) => [itemMatchKey(i), i]));
  const claimed = new Set<string>();
  const seenKeys = new Set<string>();
  const items: TPlanned<TStorageItem>[] = [];
  for (const raw of imported.draft.items) {
    const label = `${raw.name}${raw.host ? ` (${raw.host})` : ''}`;
    const key = itemMatchKey(raw);
    if (seenKeys.has(key)) {
      warnings.push({
        text: label,
        message: 'The same name, host and type appear twice in the import; the first is used.',
      });
      continue;
    }
    seenKeys.add(key);
    if (!categoryKeys.has(raw.category)) {
      warnings.push({
        text: label,
        message: `Not imported: its category “${raw.category}” could not be created.`,
      });
      continue;
    }
    let imp = raw;
    if (raw.vendor && !vendorSlugs.has(raw.vendor)) {
      warnings.push({
        text: label,
        message: `Its vendor “${raw.vendor}” could not be created; imported without a vendor.`,
      });
      const { vendor: _dropped, ...rest } = raw;
      imp = rest;
    }
    const match = currentItems.get(raw.id) ?? byKey.get(key);
    if (match && claimed.has(match.id)) {
      warnings.push({
        text: label,
        message: 'Matches an item another row of the import already updates; skipped.',
      });
      continue;
    }
    if (!match) {
      const after = { ...imp, id: 'new' };
      if (!check(ZStorageItemSchema, after, `item ${label}`, warnings)) continue;
      items.push({ action: 'create', after: imp, changes: [] });
      continue;
    }
    claimed.add(match.id);
    const after = mergeItem(match, { ...imp, id: match.id });
    if (!check(ZStorageItemSchema, after, `item ${label}`, warnings)) continue;
    const row = { id: match.id, revision: itemRows.get(match.id)?.revision };
    if (!planUpdate(items, row, match, after)) unchanged.items++;
  }

  // compliance.md D-06: say so now rather than at publish time.
  const required = new Set([
    ...rows.categories.filter((r) => r.required).map((r) => r.key),
    ...categories.filter((c) => c.action === 'create' && c.after.required).map((c) => c.after.key),
  ]);
  const unjustified = items.filter(
    (i) => required.has(i.after.category) && !i.after.necessityJustification?.trim(),
  );
  if (unjustified.length > 0) {
    warnings.push({
      text: unjustified.map((i) => i.after.name).join(', '),
      message: `${unjustified.length === 1 ? 'This necessary item has' : `These ${unjustified.length} necessary items have`} no necessity justification yet; add one before publishing (checklist D-06).`,
    });
  }

  const hash = sha256Hex(
    canonicalJson({
      categories: categories.map((c) => [c.action, c.id, c.revision, c.after]),
      vendors: vendors.map((v) => [v.action, v.id, v.revision, v.after]),
      items: items.map((i) => [i.action, i.id, i.revision, i.after]),
      unchanged,
    }),
  );
  return { categories, vendors, items, unchanged, warnings, hash };
}

/** Counts per entity: what a preview promises and an apply reports. */
export function planCounts(plan: TImportPlan) {
  const tally = <T>(list: TPlanned<T>[], unchanged: number) => ({
    create: list.filter((x) => x.action === 'create').length,
    update: list.filter((x) => x.action === 'update').length,
    unchanged,
  });
  return {
    categories: tally(plan.categories, plan.unchanged.categories),
    vendors: tally(plan.vendors, plan.unchanged.vendors),
    items: tally(plan.items, plan.unchanged.items),
  };
}
