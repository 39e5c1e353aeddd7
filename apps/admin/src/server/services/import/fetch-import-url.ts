import {
  embeddedDeclarationUrl,
  oneTrustLanguageUrls,
  parseOneTrustJson,
} from '@smula/core/import';
import {
  fetchPublic,
  type TFetchedPage,
  type TNetPolicy,
  UnsafeUrlError,
} from '@smula/scanner/net';
import { z } from 'zod';
import { env } from '~/env';
import { MAX_IMPORT_CHARS } from '../../../lib/schemas/import';
import { publicBaseUrl } from '../../public-url';
import { requireSite, type TServiceCtx } from '../context';
import { say, ValidationError } from '../errors';

export const ZFetchImportUrlInput = z.object({
  siteId: z.uuid(),
  url: z
    .string()
    .trim()
    .min(1, 'Give the address of the cookie page.')
    .max(2000, 'The address is too long (at most 2,000 characters).'),
  /** Which language file to pick when the URL is OneTrust's domain file. */
  locale: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'a language code such as "sv" or "en"')
    .optional(),
});

/** What a URL import fetched: the text to import (as pasted text would be) and where from. */
export interface TFetchedDeclaration {
  /** The address finally read (after same-host redirects, or OneTrust's language file). */
  url: string;
  contentType: string;
  text: string;
}

/**
 * The SSRF rules for URL imports, the scanner's: public addresses only unless the operator set
 * `SMULA_SCAN_ALLOW_PRIVATE=1`, and never the admin's own host (its API would answer with the
 * caller's privileges' worth of data otherwise, and it is always reachable from here).
 */
export function importNetPolicy(): TNetPolicy {
  const own = new URL(publicBaseUrl()).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return { allowPrivate: env.SMULA_SCAN_ALLOW_PRIVATE === '1', deniedHosts: [own] };
}

async function get(url: string, policy: TNetPolicy): Promise<TFetchedPage> {
  try {
    return await fetchPublic(url, {
      ...policy,
      maxBytes: MAX_IMPORT_CHARS,
      timeoutMs: 20_000,
    });
  } catch (error) {
    if (error instanceof UnsafeUrlError)
      throw new ValidationError(
        `${error.message}${/private or reserved/.test(error.message) ? ' Only public addresses are fetched (an operator can allow private ones for testing with SMULA_SCAN_ALLOW_PRIVATE=1).' : ''}`,
        { field: 'url' },
      );
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError(say('couldNotFetch', { url, reason }), { field: 'url' });
  }
}

/**
 * Fetches a declaration from a URL under the SSRF rules: a cookie-policy page (its tables and
 * headings are imported like pasted HTML), Cookiebot's declaration script
 * (`consent.cookiebot.com/<cbid>/cd.js`) or OneTrust's cookie-list JSON. OneTrust's domain file
 * (`cdn.cookielaw.org/consent/<id>/<id>.json`) holds no cookies: the language file it names is
 * fetched instead, in `locale` when there is one. A page without tables that embeds either
 * script is followed to the script's source.
 */
export async function fetchDeclarationSource(
  url: string,
  options: { locale?: string | undefined; policy?: TNetPolicy } = {},
): Promise<TFetchedDeclaration> {
  const policy = options.policy ?? importNetPolicy();
  let page = await get(url, policy);
  // A policy page that loads its declaration with Cookiebot's or OneTrust's script holds no
  // table itself: read the source the script would (fetched under the same rules).
  const embedded = /<table\b/i.test(page.body) ? undefined : embeddedDeclarationUrl(page.body);
  if (embedded) page = await get(embedded, policy);
  let found = page;
  if (/json/i.test(page.contentType) || page.body.trimStart().startsWith('{')) {
    const languageFiles = parseOneTrustJson(page.body)
      ? []
      : oneTrustLanguageUrls(page.body, page.url, options.locale).slice(0, 3);
    for (const next of languageFiles) {
      const file = await get(next, policy).catch(() => undefined);
      if (file && parseOneTrustJson(file.body)) {
        found = file;
        break;
      }
    }
  }
  if (!found.body.trim()) throw new ValidationError(say('emptyPage', { url: found.url }));
  return { url: found.url, contentType: found.contentType, text: found.body };
}

/**
 * Fetches the declaration at a URL for the Import tab (editors): the text comes back to the
 * paste box, and previewing and applying it go through the usual import. Writes nothing.
 */
export async function fetchImportUrl(ctx: TServiceCtx, raw: z.input<typeof ZFetchImportUrlInput>) {
  const input = ZFetchImportUrlInput.parse(raw);
  await requireSite(ctx, input.siteId, 'editor');
  return fetchDeclarationSource(input.url, { locale: input.locale });
}
