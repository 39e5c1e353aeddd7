import type { TVendor } from '../model.js';

/**
 * Deterministic ids for imported entities. Ids are derived from what the input says (provider,
 * category, name, host), never from time or randomness, so that importing the same declaration
 * twice gives the same ids and the admin can merge the second import onto the first.
 */

/**
 * A lower-case slug of `text`: diacritics folded (`ö` → `o`), runs of anything but `a-z`, `0-9`
 * and `_` turned into one `-`. Underscores are kept because cookie names differ by them (`_ga`
 * and `ga` are different cookies). Empty input gives `'x'` so an id is never empty.
 *
 * @example slugify('Fjällbageriet AB') // 'fjallbageriet-ab'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/**
 * Returns a function that hands out unique ids: the first request for a base gets the base, the
 * next ones `base-2`, `base-3` … in input order. One allocator per import keeps ids unique
 * within the draft and stable across re-imports of the same text. `taken` ids are never handed
 * out (ids the input states itself).
 */
export function createIdAllocator(taken: Iterable<string> = []): (base: string) => string {
  const used = new Set<string>(taken);
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/** The id base of a storage item: category, name and host, so that the same cookie under two
 * hosts (Cookiebot lists `CookieConsent` once per domain) gets two ids. */
export function itemIdBase(category: string, name: string, host: string | undefined): string {
  return slugify([category, name, host ?? ''].join(' '));
}

/**
 * A vendor id base that fits the schema's key (`^[a-z][a-z0-9_-]{0,39}$`): the slug, starting
 * at its first letter, cut to 36 characters so that the allocator's `-2`, `-3` … still fit.
 * A provider written as a long phrase (`community.kicks.se tokywoky.com(for chat only)`) would
 * otherwise give an id the schema rejects.
 */
export function vendorIdBase(text: string): string {
  const slug = slugify(text)
    .replace(/^[^a-z]+/, '')
    .slice(0, 36)
    .replace(/[-_]+$/, '');
  return slug || 'vendor';
}

/**
 * The vendors of one import, by the text that names them: the first mention makes the vendor
 * (an id that fits the schema, nothing else known yet), later mentions get the same object so
 * an importer can add countries to it. `list()` is in first-mention order.
 */
export function createVendorBook(): { get(name: string): TVendor; list(): TVendor[] } {
  const byName = new Map<string, TVendor>();
  const vendorId = createIdAllocator();
  return {
    get(name) {
      let vendor = byName.get(name);
      if (!vendor) {
        vendor = {
          id: vendorId(vendorIdBase(name)),
          name,
          countries: [],
          dpfCertified: false,
          description: {},
        };
        byName.set(name, vendor);
      }
      return vendor;
    },
    list: () => [...byName.values()],
  };
}
