import type { TCategory, TDuration, TLocale, TStandardCategory, TStorageItem } from '../model.js';
import { categoryFromKeywords, defaultCategoryName, makeCategory } from './categories.js';
import { assumedParty, isHostLike, registrableDomain } from './hosts.js';
import { createIdAllocator, createVendorBook, itemIdBase } from './ids.js';
import { readDeclaredName } from './names.js';
import type { TImportResult } from './types.js';
import { createWarningLog } from './warnings.js';

export interface TOneTrustJsonOptions {
  /** Locale the descriptions are written in (the language file's). Default `en`. */
  locale?: TLocale;
  /** The site's own domain: cookies on it are first-party. */
  siteDomain?: string;
}

// OneTrust's standard group ids, for groups whose name no keyword list recognises.
const GROUP_IDS: Record<string, TStandardCategory> = {
  C0001: 'necessary',
  C0002: 'statistics',
  C0003: 'preferences',
  C0004: 'marketing',
  C0005: 'marketing',
};

type TJson = Record<string, unknown>;
const obj = (v: unknown): TJson | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as TJson) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** The parsed JSON when `text` is OneTrust's language file (`DomainData.Groups`), else undefined. */
export function parseOneTrustJson(text: string): TJson | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const parsed = obj(JSON.parse(trimmed));
    return Array.isArray(obj(parsed?.DomainData)?.Groups) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language files a OneTrust domain file (`cdn.cookielaw.org/consent/<id>/<id>.json`,
 * which lists rule sets and languages but no cookies) points at, best first: the default rule
 * set's file in `locale`, then its default language. Empty when `text` is not such a file.
 */
export function oneTrustLanguageUrls(text: string, baseUrl: string, locale?: string): string[] {
  let parsed: TJson | undefined;
  try {
    parsed = obj(JSON.parse(text.trim()));
  } catch {
    return [];
  }
  const ruleSets = arr(parsed?.RuleSet).map(obj).filter(Boolean) as TJson[];
  const ruleSet = ruleSets.find((r) => r.Default === true) ?? ruleSets[0];
  const id = str(ruleSet?.Id);
  if (!ruleSet || !/^[\w-]+$/.test(id)) return [];
  const languages = obj(ruleSet.Languages) ?? {};
  const codes = Object.keys(languages).filter((c) => /^[\w-]+$/.test(c));
  const defaultLanguage = str(obj(ruleSet.DefaultLanguage)?.Code ?? ruleSet.DefaultLanguage);
  const wanted = [
    ...(locale ? codes.filter((c) => c.toLowerCase().split('-')[0] === locale) : []),
    ...(defaultLanguage ? [defaultLanguage] : []),
    ...codes.filter((c) => c.toLowerCase().startsWith('en')),
    ...codes,
  ].filter((c) => /^[\w-]+$/.test(c));
  const base = baseUrl.replace(/[^/]*$/, '');
  return [...new Set(wanted)].map((code) => `${base}${id}/${code.toLowerCase()}.json`);
}

/** OneTrust's `Length` is in days; `IsSession` wins; `0` days without it is unknown. */
function durationOf(cookie: TJson): TDuration {
  const length = str(cookie.Length);
  if (cookie.IsSession === true) return { kind: 'session', raw: 'Session' };
  const days = Number(length);
  if (length !== '' && Number.isFinite(days) && days > 0)
    return { kind: 'seconds', seconds: Math.round(days * 86_400), raw: `${length} days` };
  return { kind: 'unknown', raw: length };
}

/**
 * Imports OneTrust's cookie-list JSON, the language file its banner and cookie-list script
 * load (`cdn.cookielaw.org/consent/<id>/<ruleset>/<lang>.json`): `DomainData.Groups[]`, each
 * with `GroupName`, `FirstPartyCookies[]` and `Hosts[].Cookies[]`; a cookie's `Length` is days.
 *
 * @remarks
 * A group's category is read from its name in any supported language, else OneTrust's standard
 * group id (`C0001` necessary … `C0004` targeting); else `unclassified` with a warning.
 * First-party cookies are the site's; a host's cookies belong to the host (its `DisplayName`
 * when given), third-party unless the host is the site's own. Pure; never throws.
 */
export function importOneTrustJson(
  text: string,
  options: TOneTrustJsonOptions = {},
): TImportResult {
  const locale = options.locale ?? 'en';
  const log = createWarningLog();
  const parsed = parseOneTrustJson(typeof text === 'string' ? text : '');
  const empty = { categories: [], vendors: [], items: [] };
  if (!parsed) {
    log.warn(
      undefined,
      '',
      'Not OneTrust cookie-list JSON (no DomainData.Groups). Give the language file (…/<id>/<ruleset>/en.json) or paste the cookie list instead.',
    );
    return { draft: empty, warnings: log.sorted() };
  }
  const categories = new Map<string, TCategory>();
  const vendors = createVendorBook();
  const itemId = createIdAllocator();
  const items: TStorageItem[] = [];
  const seen = new Set<string>();
  const groups = arr(obj(parsed.DomainData)?.Groups).map(obj).filter(Boolean) as TJson[];

  for (const group of groups) {
    const groupName = str(group.GroupName);
    const category =
      categoryFromKeywords(groupName) ?? GROUP_IDS[str(group.OptanonGroupId).toUpperCase()];
    const key = category ?? 'unclassified';
    const cookies: { cookie: TJson; hostName?: string; vendorName?: string }[] = [
      ...arr(group.FirstPartyCookies).map((c) => ({ cookie: obj(c) ?? {} })),
      ...(arr(group.Hosts).map(obj).filter(Boolean) as TJson[]).flatMap((host) =>
        arr(host.Cookies).map((c) => ({
          cookie: obj(c) ?? {},
          hostName: str(host.HostName),
          vendorName: str(host.DisplayName) || str(host.HostName),
        })),
      ),
    ];
    if (cookies.length === 0) continue;
    if (!category) {
      log.warn(
        undefined,
        groupName,
        `Group "${groupName || str(group.OptanonGroupId)}" names no known category; its ${cookies.length} cookies are unclassified. Choose their category.`,
      );
    }
    if (!categories.has(key)) {
      categories.set(
        key,
        makeCategory(key, {
          [locale]: (category && groupName) || defaultCategoryName(key, locale) || groupName || key,
        }),
      );
    }
    for (const { cookie, hostName, vendorName } of cookies) {
      const rawName = str(cookie.Name);
      if (!rawName) {
        log.warn(
          undefined,
          JSON.stringify(cookie).slice(0, 200),
          'A cookie without a name; ignored.',
        );
        continue;
      }
      const { name, matchKind } = readDeclaredName(rawName);
      const hostText = (str(cookie.Host) || hostName || '').replace(/^\./, '').toLowerCase();
      const host = isHostLike(hostText) ? hostText : undefined;
      // The same cookie appears in a parent group and its subgroup: once is enough.
      const dedupe = `${name}\n${host ?? ''}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const thirdHost =
        hostName && host
          ? !options.siteDomain || registrableDomain(host) !== registrableDomain(options.siteDomain)
          : false;
      const vendor = vendorName && thirdHost ? vendors.get(vendorName) : undefined;
      const duration = durationOf(cookie);
      if (duration.kind === 'unknown')
        log.warn(
          undefined,
          rawName,
          `${name}: no lifespan given (Length "${duration.raw}"); length unknown.`,
        );
      const description = str(cookie.description) || str(cookie.Description);
      const item: TStorageItem = {
        id: itemId(itemIdBase(key, name, host)),
        name,
        matchKind,
        type: 'cookie',
        // FirstPartyCookies are the site's by OneTrust's own grouping; hosts are judged.
        party: hostName ? assumedParty(host, options.siteDomain, true) : 'first',
        duration,
        purpose: description ? { [locale]: description } : {},
        category: key,
      };
      if (host) item.host = host;
      if (vendor) item.vendor = vendor.id;
      items.push(item);
    }
  }
  if (items.length === 0)
    log.warn(undefined, '', 'The OneTrust JSON lists groups but no cookies; nothing to import.');
  return {
    draft: {
      categories: [...categories.values()].sort((a, b) => a.order - b.order),
      vendors: vendors.list(),
      items,
    },
    warnings: log.sorted(),
  };
}
