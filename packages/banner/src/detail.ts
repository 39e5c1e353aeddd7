/**
 * The preferences layer's detail (issue 16): per category, its providers and storage items with
 * purpose, duration in words, type and recipient countries, as ready HTML. It is rendered where
 * core is at hand (the delivery side, or the ESM build's bundle) and fetched by the `<script>`
 * build only when the preferences layer opens (`/b/{key}@{n}.detail.{locale}.json`), so the first
 * load carries neither these texts nor the code that renders them.
 *
 * @packageDocumentation
 */
import {
  escapeHtml as esc,
  isSiteOwner,
  pickText,
  regionName,
  type TPublishedConfig,
  type TStorageType,
  visitorCategories,
} from '@smula/core';
import { durationKey, durationTexts } from './duration-texts.js';

/** Detail HTML per category key, for one locale: its description, then what it lists. */
export type TCategoryDetail = Record<string, string>;

/** The vendors behind a category: those of its items and those it is the default for. */
function vendorsOf(config: TPublishedConfig, key: string) {
  const items = config.items.filter((i) => i.category === key);
  const ids = new Set(items.map((i) => i.vendor));
  return {
    items,
    vendors: config.vendors.filter((v) => ids.has(v.id) || v.defaultCategory === key),
  };
}

/**
 * The number of distinct recipients behind the optional categories: the first layer's
 * `{vendorCount}` ("we and N partners"), so the site's owner itself is not counted.
 */
export function vendorCount(config: TPublishedConfig): number {
  const optional = config.categories.filter((c) => !c.required);
  return new Set(
    optional.flatMap((c) =>
      vendorsOf(config, c.key)
        .vendors.filter((v) => !isSiteOwner(config.site, v))
        .map((v) => v.id),
    ),
  ).size;
}

/**
 * The rules only the detail uses, sent with it rather than in the first load's stylesheet
 * (banner.css has the rest; both live in the banner's shadow root).
 */
const DETAIL_CSS =
  'h3{margin:.5rem 0 0;font-size:1rem}summary{cursor:pointer;font-size:.9rem}.d li{margin-block:.3rem;font-size:.85rem}';

// Only http(s) and same-site paths: an editor's `javascript:` URL must not become a link.
const link = (href: string | undefined, label: string) =>
  href && /^(https?:|\/)/i.test(href) ? `<a href="${esc(href)}">${esc(label)}</a>` : '';

/**
 * Each category's `<details>` for `locale` (a locale of the config): the same markup and words
 * the runtime rendered itself before the split, with core's duration words and country names.
 * Every editor-written text is escaped here: the runtime inserts the HTML as it is.
 */
export function categoryDetail(config: TPublishedConfig, locale: string): TCategoryDetail {
  const { banner: T, policy: P } = config.texts[locale]!;
  const pick = (t: Record<string, string> | undefined) =>
    pickText(t, locale, config.site.defaultLocale);
  const types: Record<TStorageType, string> = {
    cookie: P.typeCookie,
    local_storage: P.typeLocalStorage,
    session_storage: P.typeSessionStorage,
    indexeddb: P.typeIndexedDb,
    pixel: P.typePixel,
  };
  const durations = durationTexts(config)[locale] ?? {};
  const countries = (codes: string[] | undefined) =>
    codes?.length ? codes.map((c) => regionName(c, locale)).join(', ') : P.countryUnknown;
  const vendorName = (id?: string) => config.vendors.find((v) => v.id === id)?.name ?? '';
  const out: TCategoryDetail = {};
  for (const c of visitorCategories(config)) {
    const { items, vendors } = vendorsOf(config, c.key);
    // The description travels here, not in the first load: the first layer names categories
    // only, and the preferences layer asks for this as it opens (or it came at idle time).
    const description = `<p>${esc(pick(c.description))}</p>`;
    if (!items.length && !vendors.length) {
      out[c.key] = description;
      continue;
    }
    out[c.key] =
      `${description}<style>${DETAIL_CSS}</style><details class="d"><summary>${esc(T.vendorsHeading)} (${vendors.length}), ${esc(T.itemsHeading)} (${items.length})</summary><h3>${esc(T.vendorsHeading)}</h3><ul>${vendors
        .map(
          (v) =>
            `<li><b>${esc(v.name)}</b>${v.legalName ? ` (${esc(v.legalName)})` : ''}. ${esc(P.colCountry)}: ${esc(countries(v.countries))}. ${link(v.privacyPolicyUrl, P.privacyPolicyLink)}</li>`,
        )
        .join('')}</ul><h3>${esc(T.itemsHeading)}</h3><ul>${items
        .map(
          (i) =>
            `<li><b>${esc(i.name)}</b>. ${esc(P.colProvider)}: ${esc(vendorName(i.vendor))}. ${esc(P.colPurpose)}: ${esc(pick(i.purpose))}. ${esc(P.colDuration)}: ${esc(durations[durationKey(i.duration)])}. ${esc(P.colType)}: ${esc(types[i.type])}. ${esc(P.colCountry)}: ${esc(countries(i.recipientCountries ?? config.vendors.find((v) => v.id === i.vendor)?.countries))}</li>`,
        )
        .join('')}</ul></details>`;
  }
  return out;
}
