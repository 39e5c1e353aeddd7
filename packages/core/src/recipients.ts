import { normaliseHost } from './auto-block.js';
import { sameSite } from './import/hosts.js';
import type { TCategory, TConfigContent, TVendor } from './model.js';

const plain = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.,]+/g, ' ')
    .trim();

/**
 * Whether a declared vendor is the site's owner (the controller) rather than a recipient: its
 * name or legal name is the contact name in the site's settings, or its privacy policy is on one
 * of the site's own domains. The banner's "we and {vendorCount} partners" counts recipients only.
 */
export function isSiteOwner(
  site: Pick<TConfigContent['site'], 'contact' | 'domains'>,
  vendor: Pick<TVendor, 'name' | 'legalName' | 'privacyPolicyUrl'>,
): boolean {
  const contact = plain(site.contact?.name);
  if (contact && (plain(vendor.name) === contact || plain(vendor.legalName) === contact))
    return true;
  let host: string | undefined;
  try {
    host = vendor.privacyPolicyUrl
      ? normaliseHost(new URL(vendor.privacyPolicyUrl).hostname)
      : undefined;
  } catch {
    host = undefined;
  }
  return (
    !!host &&
    site.domains.some((d) => {
      const own = normaliseHost(d);
      return !!own && sameSite(own, host);
    })
  );
}

/**
 * The categories a visitor is offered: all but an empty "unclassified" one. Unclassified is
 * never a purpose to choose; with items in it publishing is blocked, so a published version has
 * it empty, and listing it would name a purpose that does not exist.
 */
export function visitorCategories(
  content: Pick<TConfigContent, 'categories' | 'items'>,
): TCategory[] {
  return content.categories.filter(
    (c) => c.key !== 'unclassified' || content.items.some((i) => i.category === c.key),
  );
}
