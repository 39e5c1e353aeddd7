import { sameSite } from '../import/hosts.js';
import { matchOcd, ocdSuggestedCategory, type TOcdRow } from '../import/open-cookie-database.js';
import { itemNameMatcher } from '../item-match.js';
import type { TCategory, TStorageItem, TVendor } from '../model.js';
import type { TScanFinding, TScanObservation, TScanReport, TScanSuggestion } from './types.js';

/** The parts of a declaration (draft or published config) a scan is held to. */
export interface TScanDeclaration {
  categories: readonly TCategory[];
  vendors: readonly TVendor[];
  items: readonly TStorageItem[];
}

export interface TMatchScanOptions {
  /** Open Cookie Database rows for suggestions on undeclared items (loaded by the caller). */
  ocdRows?: readonly TOcdRow[];
}

const where = (o: TScanObservation) => (o.kind === 'request' ? o.name : `${o.name} (${o.host})`);
const KIND_WORDS: Record<TScanObservation['kind'], string> = {
  cookie: 'Cookie',
  local_storage: 'localStorage key',
  session_storage: 'sessionStorage key',
  indexeddb: 'IndexedDB database',
  request: 'Request to',
};

/**
 * Whether a declared item covers an observation: the same storage type, the name by the item's
 * match kind (exact, prefix, `#`/`X` pattern), and a host that fits. An item without a host
 * fits any; one with a host fits observations on the same registrable domain, and a first-party
 * item fits every first-party observation (a declaration names the production domain, a scan
 * may run on staging).
 */
export function itemCovers(item: TStorageItem, o: TScanObservation): boolean {
  if (o.kind === 'request' || item.type !== o.kind) return false;
  if (!itemNameMatcher(item).test(o.name)) return false;
  if (!item.host) return true;
  return sameSite(item.host, o.host) || (item.party === 'first' && o.party === 'first');
}

/**
 * Holds a scan to a declaration: which observations nobody declared, which non-necessary ones
 * were there before any choice or after Reject all, which requests reached a vendor nobody
 * consented to, and which declared items the scan never saw. Pure: the caller loads the Open
 * Cookie Database rows, if any.
 *
 * @remarks
 * - `undeclared`: a cookie, storage key or database no item covers (see {@link itemCovers}),
 *   with the host-aware Open Cookie Database row as a suggestion when there is one.
 * - `set_before_consent` / `kept_after_reject`: seen in state `none` / `rejected` and not
 *   necessary. The category is the declared item's; else the suggestion's; else unknown, which
 *   counts as needing consent (storage nobody classified is not strictly necessary by default).
 * - `request_before_consent` (state `none`) and `kept_after_reject` (state `rejected`) for a
 *   request: to a host that a declared vendor's items name, where every category of that
 *   vendor's items is optional. Requests to hosts no item names give no finding.
 * - `declared_not_seen`: an item no observation matched (pixels: no request to their host). A
 *   hint: a scan sees only the pages and paths it visited.
 */
export function matchScan(
  report: TScanReport,
  declaration: TScanDeclaration,
  options: TMatchScanOptions = {},
): TScanFinding[] {
  const required = new Set(declaration.categories.filter((c) => c.required).map((c) => c.key));
  const findings: TScanFinding[] = [];
  const seenItems = new Set<string>();

  report.observations.forEach((o, observation) => {
    if (o.kind === 'request') {
      const hostItems = declaration.items.filter((i) => i.host && sameSite(i.host, o.host));
      for (const i of hostItems) if (i.type === 'pixel') seenItems.add(i.id);
      const vendorIds = [...new Set(hostItems.map((i) => i.vendor).filter((v) => v !== undefined))];
      for (const vendorId of vendorIds) {
        const categories = [
          ...new Set(declaration.items.filter((i) => i.vendor === vendorId).map((i) => i.category)),
        ];
        if (categories.some((c) => required.has(c))) continue;
        const vendor = declaration.vendors.find((v) => v.id === vendorId)?.name ?? vendorId;
        const base = { observation, vendorId, category: categories.join(', ') };
        if (o.states.includes('none'))
          findings.push({
            ...base,
            kind: 'request_before_consent',
            categoryFrom: 'declaration',
            message: `Request to ${o.name} (${vendor}: ${base.category}) before any choice.`,
          });
        if (o.states.includes('rejected'))
          findings.push({
            ...base,
            kind: 'kept_after_reject',
            categoryFrom: 'declaration',
            message: `Request to ${o.name} (${vendor}: ${base.category}) after Reject all.`,
          });
      }
      return;
    }

    const item = declaration.items.find((i) => itemCovers(i, o));
    let category: string | undefined;
    let categoryFrom: TScanFinding['categoryFrom'];
    let suggestion: TScanSuggestion | undefined;
    if (item) {
      seenItems.add(item.id);
      category = item.category;
      categoryFrom = 'declaration';
    } else {
      const row = options.ocdRows && matchOcd(o.name, options.ocdRows, o.host);
      if (row) {
        suggestion = {
          ocdId: row.id,
          name: row.name,
          wildcard: row.wildcard,
          category: ocdSuggestedCategory(row),
          vendor: row.dataController || row.platform,
        };
        if (row.description) suggestion.description = row.description;
        category = suggestion.category;
        categoryFrom = 'suggestion';
      } else categoryFrom = 'unknown';
      findings.push({
        kind: 'undeclared',
        observation,
        categoryFrom,
        ...(category ? { category } : {}),
        ...(suggestion ? { suggestion } : {}),
        message: `${KIND_WORDS[o.kind]} ${where(o)} is not in the declaration${
          suggestion
            ? `; the Open Cookie Database suggests ${suggestion.category} (${suggestion.vendor})`
            : ''
        }.`,
      });
    }
    // The suggestion "necessary" comes from Functional/Security rows: a person still has to
    // confirm it, but the scan does not call it a violation on the database's word alone.
    const necessary =
      categoryFrom === 'declaration'
        ? required.has(category!)
        : categoryFrom === 'suggestion' && category === 'necessary';
    if (necessary) return;
    const base = {
      observation,
      ...(item ? { itemId: item.id } : {}),
      ...(category ? { category } : {}),
      categoryFrom,
    };
    const label = `${KIND_WORDS[o.kind]} ${where(o)} (${category ?? 'not classified'})`;
    if (o.states.includes('none'))
      findings.push({
        ...base,
        kind: 'set_before_consent',
        message: `${label} is set before any choice.`,
      });
    if (o.states.includes('rejected'))
      findings.push({
        ...base,
        kind: 'kept_after_reject',
        message: `${label} is set after Reject all.`,
      });
  });

  if (report.pages.some((p) => p.status === 'ok'))
    for (const item of declaration.items) {
      if (seenItems.has(item.id)) continue;
      findings.push({
        kind: 'declared_not_seen',
        itemId: item.id,
        category: item.category,
        categoryFrom: 'declaration',
        message: `Declared ${item.type.replace('_', ' ')} ${item.name}${item.host ? ` (${item.host})` : ''} was seen on no scanned page.`,
      });
    }
  return findings;
}
