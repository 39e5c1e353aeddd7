/**
 * The cookie declaration and policy page as HTML strings, from a published config. Server-side
 * for crawlable pages (compliance.md D-07) and in the banner, which bundles this module: so it stays small,
 * with every word taken from `config.texts` and every user-written string escaped.
 *
 * @packageDocumentation
 */
import { basisOfCode, regionName } from './countries.js';
import { formatDuration } from './duration-format.js';
import { baseLocale, pickText } from './locale.js';
import type {
  TLocale,
  TPolicyTexts,
  TPublishedConfig,
  TStorageItem,
  TTransferMechanism,
  TVendor,
} from './model.js';

export interface TRenderOptions {
  /** The visitor's language; falls back to the site's default locale when the config lacks it. */
  locale: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values alike; the one escaper of
 * the policy page and the banner. A missing text (`undefined`, `null`: a key an older published
 * config lacks) is the empty string rather than a crash mid-render.
 *
 * @example escapeHtml('<b title="x">') // '&lt;b title=&quot;x&quot;&gt;'
 */
export function escapeHtml(s: string | null | undefined): string {
  return (s ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The URL escaped for an `href`, or `undefined` unless it starts with `http:`, `https:`,
 * `mailto:` or `tel:`. An allow-list, not a block-list: `javascript:`, `data:` and any scheme
 * obscured by whitespace or control characters simply get no link.
 */
export function safeUrl(url: string | undefined): string | undefined {
  const u = url?.trim();
  return u && /^(https?:\/\/|mailto:|tel:)[^\s\p{Cc}]+$/iu.test(u) ? escapeHtml(u) : undefined;
}

/** `<a>` to `url` showing `text`, or the text alone when the URL is not allowed. */
function link(url: string | undefined, text: string): string {
  const href = safeUrl(url);
  return href ? `<a href="${href}" rel="noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Fills `{name}` placeholders; unknown ones stay as written so a typo is visible. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));
}

/** Escapes a line of plain text and links the bare http(s) URLs in it. */
function inline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    // Sentence punctuation after a URL belongs to the sentence.
    const url = m[0].replace(/[.,;:!?)]+$/, '');
    out += escapeHtml(text.slice(last, m.index)) + link(url, url);
    last = m.index + url.length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The tiny plain-text format of policy sections and vendor narratives: blank lines separate
 * paragraphs, lines starting with `- ` form a list, bare http(s) URLs become links.
 */
function formatText(text: string): string {
  let html = '';
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    let para: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (para.length) html += `<p>${inline(para.join(' '))}</p>`;
      if (list.length) html += `<ul>${list.map((l) => `<li>${inline(l)}</li>`).join('')}</ul>`;
      para = [];
      list = [];
    };
    for (const raw of block.split(/\r?\n/)) {
      const line = raw.trim();
      if (!line) continue;
      const item = /^- /.test(line);
      // A switch between text and list closes the open run, keeping the order as written.
      if (item ? para.length : list.length) flush();
      if (item) list.push(line.slice(2).trim());
      else para.push(line);
    }
    flush();
  }
  return html;
}

/** The locale to render: the requested one or its base language if the config has it. */
function resolveLocale(config: TPublishedConfig, locale: string): TLocale {
  if (config.texts[locale]) return locale;
  const base = baseLocale(locale);
  return config.texts[base] ? base : config.site.defaultLocale;
}

function basisLabel(p: TPolicyTexts, b: TTransferMechanism): string {
  const labels: Record<TTransferMechanism, string> = {
    eea: p.basisEea,
    adequacy: p.basisAdequacy,
    dpf: p.basisDpf,
    scc: p.basisScc,
    bcr: p.basisBcr,
    none: p.basisNone,
    unknown: p.basisUnknown,
  };
  return labels[b];
}

/** "Sverige (EU/EES), USA (EU–US Data Privacy Framework)", or the unknown-country label. */
function countries(
  p: TPolicyTexts,
  locale: TLocale,
  list: string[],
  vendor: Pick<TVendor, 'dpfCertified' | 'transferMechanism'>,
): string {
  // Published configs hold normalised codes only (the schema checks), so the light helpers do.
  const codes = [...new Set(list)];
  if (!codes.length) return escapeHtml(p.countryUnknown);
  return codes
    .map(
      (c) =>
        `${escapeHtml(regionName(c, locale))} (${escapeHtml(basisLabel(p, basisOfCode(c, vendor)))})`,
    )
    .join(', ');
}

/** How the item's name matches, as the visitor reads it: patterns as written, prefixes with `*`. */
function itemName(item: TStorageItem): string {
  const name =
    item.matchKind === 'prefix' && !item.name.endsWith('*') ? `${item.name}*` : item.name;
  return `<code>${escapeHtml(name)}</code>`;
}

/** Sorts names as the reader's language does (Å after Z in Swedish); code points if unknown. */
function collator(locale: TLocale): (a: string, b: string) => number {
  try {
    return new Intl.Collator(locale).compare;
  } catch {
    return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  }
}

function formatDate(iso: string, locale: TLocale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    // UTC so that the server and the visitor's browser print the same day for the same config.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return iso;
  }
}

/**
 * The declaration of one published config version: last-updated date and version (D-04), a
 * live consent-state element for the banner to fill (D-03), a table per category (D-02) and
 * the vendors' own sections. Same config and locale in, same string out, byte for byte.
 *
 * Hooks for the banner: the wrapper `div.smula-declaration[data-version][data-hash]`,
 * `[data-smula-consent-state]` (empty, `aria-live`), a `[data-smula-open]` button,
 * `section.smula-category[data-category]` (its table inside `div.smula-table-scroll`) and
 * `section.smula-vendor[data-vendor]`.
 */
export function renderDeclaration(config: TPublishedConfig, options: TRenderOptions): string {
  const locale = resolveLocale(config, options.locale);
  const fallback = config.site.defaultLocale;
  const texts = config.texts[locale] ?? config.texts[fallback];
  const open = `<div class="smula-declaration" lang="${escapeHtml(locale)}" data-version="${config.version}" data-hash="${escapeHtml(config.hash)}">`;
  if (!texts) return `${open}</div>`;
  const p = texts.policy;
  const text = (t: Parameters<typeof pickText>[0]) => pickText(t, locale, fallback);
  const vendors = new Map(config.vendors.map((v) => [v.id, v]));
  const compare = collator(locale);
  const owner = config.site.contact.name || config.site.name;
  const durationLabels = {
    session: p.durationSession,
    persistent: p.durationPersistent,
    unknown: p.durationUnknown,
  };
  const types = {
    cookie: p.typeCookie,
    local_storage: p.typeLocalStorage,
    session_storage: p.typeSessionStorage,
    indexeddb: p.typeIndexedDb,
    pixel: p.typePixel,
  };

  let html = `${open}<p class="smula-updated">${escapeHtml(p.lastUpdated)}: <time datetime="${escapeHtml(config.publishedAt)}">${escapeHtml(formatDate(config.publishedAt, locale))}</time> · ${escapeHtml(p.version)} ${config.version}</p>`;
  html += `<section class="smula-consent"><h3>${escapeHtml(p.consentStateHeading)}</h3><div data-smula-consent-state aria-live="polite"></div><button type="button" class="smula-open" data-smula-open>${escapeHtml(texts.banner.openSettings)}</button></section>`;

  const row = (item: TStorageItem): string => {
    const vendor = item.vendor ? vendors.get(item.vendor) : undefined;
    // Without a vendor a first-party item is the site's own; a third-party one its host's.
    const provider = vendor
      ? link(vendor.privacyPolicyUrl, vendor.legalName || vendor.name)
      : escapeHtml(item.party === 'first' ? owner : (item.host ?? ''));
    const type = `${types[item.type]} · ${item.party === 'first' ? p.firstParty : p.thirdParty}`;
    const where = countries(
      p,
      locale,
      item.recipientCountries ?? vendor?.countries ?? [],
      vendor ?? { dpfCertified: false },
    );
    return `<tr data-item="${escapeHtml(item.id)}"><td>${itemName(item)}</td><td>${provider}</td><td>${escapeHtml(text(item.purpose))}</td><td>${escapeHtml(formatDuration(item.duration, locale, durationLabels))}</td><td>${escapeHtml(type)}</td><td>${where}</td></tr>`;
  };

  const head = [p.colName, p.colProvider, p.colPurpose, p.colDuration, p.colType, p.colCountry]
    .map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
    .join('');
  const categories = [...config.categories].sort(
    (a, b) => a.order - b.order || (a.key < b.key ? -1 : 1),
  );
  for (const c of categories) {
    const items = config.items.filter((i) => i.category === c.key);
    html += `<section class="smula-category" data-category="${escapeHtml(c.key)}"><h3>${escapeHtml(text(c.name))} (${items.length})</h3><p>${escapeHtml(text(c.description))}</p>`;
    html += items.length
      ? // Six columns do not fit a phone: the wrapper is what a site's CSS lets scroll sideways
        // (`.smula-table-scroll { overflow-x: auto }`), so the table itself keeps its semantics.
        `<div class="smula-table-scroll"><table class="smula-table"><caption>${escapeHtml(fill(p.itemCount, { count: items.length }))}</caption><thead><tr>${head}</tr></thead><tbody>${items.map(row).join('')}</tbody></table></div>`
      : `<p class="smula-empty">${escapeHtml(p.noItems)}</p>`;
    html += '</section>';
  }

  const shown = config.vendors
    .map((v) => ({ v, items: config.items.filter((i) => i.vendor === v.id) }))
    .filter(({ v, items }) => items.length || text(v.description))
    .sort((a, b) => compare(a.v.name, b.v.name) || (a.v.id < b.v.id ? -1 : 1));
  if (shown.length) {
    html += `<section class="smula-vendors"><h3>${escapeHtml(p.vendorsHeading)}</h3>`;
    for (const { v, items } of shown) {
      const name = v.legalName && v.legalName !== v.name ? `${v.name} (${v.legalName})` : v.name;
      const facts: [string, string][] = [];
      if (items.length) facts.push([p.vendorData, items.map(itemName).join(', ')]);
      const retention = text(v.retention);
      if (retention) facts.push([p.vendorRetention, escapeHtml(retention)]);
      facts.push([p.vendorCountries, countries(p, locale, v.countries, v)]);
      const links = [
        safeUrl(v.privacyPolicyUrl) && link(v.privacyPolicyUrl, p.privacyPolicyLink),
        safeUrl(v.optOutUrl) && link(v.optOutUrl, p.optOutLink),
      ].filter(Boolean);
      html += `<section class="smula-vendor" data-vendor="${escapeHtml(v.id)}"><h4>${escapeHtml(name)}</h4>${formatText(text(v.description))}<dl>${facts.map(([k, val]) => `<dt>${escapeHtml(k)}</dt><dd>${val}</dd>`).join('')}</dl>`;
      if (links.length) html += `<p class="smula-links">${links.join(' · ')}</p>`;
      html += '</section>';
    }
    html += '</section>';
  }
  return `${html}</div>`;
}

/**
 * The whole cookie policy page: title, intro, the free-text sections (each with its stable id
 * as anchor), the site's contact details and the declaration under its own heading.
 */
export function renderPolicyPage(config: TPublishedConfig, options: TRenderOptions): string {
  const locale = resolveLocale(config, options.locale);
  const p = (config.texts[locale] ?? config.texts[config.site.defaultLocale])?.policy;
  if (!p) return renderDeclaration(config, options);
  const { name, email, phone, url } = config.site.contact;
  const contact = [
    name && escapeHtml(name),
    email && link(`mailto:${email}`, email),
    // `+46 (0)8-…`: the bracketed trunk zero is not dialled from abroad.
    phone && link(`tel:${phone.replace(/\(0\)|[^\d+]/g, '')}`, phone),
    url && link(url, url),
  ].filter(Boolean);
  const address = contact.length
    ? `<address class="smula-contact">${contact.join('<br>')}</address>`
    : '';
  let html = `<article class="smula-policy" lang="${escapeHtml(locale)}"><h1>${escapeHtml(p.title)}</h1>${formatText(p.intro)}`;
  let placed = false;
  for (const s of p.sections) {
    // The contact details belong under the contact heading when the texts have one.
    const here: boolean = s.id === 'contact' && !placed;
    placed ||= here;
    html += `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.heading)}</h2>${formatText(s.body)}${here ? address : ''}</section>`;
  }
  if (!placed) html += address;
  html += `<section class="smula-declaration-section"><h2>${escapeHtml(p.declarationHeading)}</h2>${renderDeclaration(config, options)}</section>`;
  return `${html}</article>`;
}
