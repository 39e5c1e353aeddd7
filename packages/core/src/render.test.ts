import { describe, expect, it } from 'vitest';
import { countryName } from './countries.js';
import { DEFAULT_APPEARANCE } from './declaration.js';
import { DEFAULT_CATEGORIES, DEFAULT_TEXTS } from './default-texts.js';
import { formatDuration } from './duration-format.js';
import type { TPublishedConfig, TStorageItem, TVendor } from './model.js';
import { escapeHtml, renderDeclaration, renderPolicyPage, safeUrl } from './render.js';

const YEAR = 31_556_952;

/** A fictional roastery's published config, built as a literal so the renderer is tested alone. */
function fixture(): TPublishedConfig {
  const vendors: TVendor[] = [
    {
      id: 'matbolaget',
      name: 'Mätbolaget',
      legalName: 'Mätbolaget Inc.',
      privacyPolicyUrl: 'https://matbolaget.example/privacy?lang=sv&x=1',
      optOutUrl: 'https://matbolaget.example/opt-out',
      countries: ['US'],
      dpfCertified: true,
      retention: { sv: 'Uppgifterna sparas i 14 månader.', en: 'Data is kept for 14 months.' },
      description: {
        sv: 'Mätbolaget räknar besök åt oss.\n\nIP-adressen kortas innan den sparas. Läs mer på https://matbolaget.example/om.',
        en: 'Mätbolaget counts visits for us.\n\nThe IP address is shortened before it is stored.',
      },
    },
    {
      id: 'annonsnatet',
      name: 'Annonsnätet',
      countries: ['US', 'SE'],
      dpfCertified: false,
      transferMechanism: 'scc',
      description: { sv: 'Annonsnätet visar annonser.' },
    },
    {
      id: 'chattjansten',
      name: 'Chattjänsten',
      countries: [],
      dpfCertified: false,
      description: { sv: 'Chattjänsten svarar på frågor i chatten.' },
    },
    {
      id: 'tyst',
      name: 'Tyst leverantör',
      countries: ['DE'],
      dpfCertified: false,
      description: {},
    },
    {
      id: 'pixelverket',
      name: 'Pixelverket',
      countries: ['US'],
      dpfCertified: false,
      description: { sv: '' },
    },
  ];
  const items: TStorageItem[] = [
    {
      id: 'consent',
      name: 'smula_consent',
      matchKind: 'exact',
      type: 'cookie',
      party: 'first',
      duration: { kind: 'seconds', seconds: YEAR },
      purpose: { sv: 'Sparar ditt cookieval.', en: 'Stores your cookie choice.' },
      category: 'necessary',
    },
    {
      id: 'mb-id',
      name: '_mb',
      matchKind: 'exact',
      type: 'cookie',
      party: 'third',
      duration: { kind: 'seconds', seconds: 2 * YEAR },
      purpose: { sv: 'Skiljer besökare åt.', en: 'Tells visitors apart.' },
      category: 'statistics',
      vendor: 'matbolaget',
    },
    {
      id: 'mb-session',
      name: '_mb_#',
      matchKind: 'pattern',
      type: 'session_storage',
      party: 'first',
      duration: { kind: 'session' },
      purpose: { sv: 'Håller ihop ett besök.' },
      category: 'statistics',
      vendor: 'matbolaget',
    },
    {
      id: 'an',
      name: '_an_',
      matchKind: 'prefix',
      type: 'local_storage',
      party: 'third',
      duration: { kind: 'persistent' },
      purpose: { sv: 'Kommer ihåg vilka annonser du sett.' },
      category: 'marketing',
      vendor: 'annonsnatet',
      recipientCountries: ['NO'],
    },
    {
      id: 'px',
      name: 'px.gif',
      matchKind: 'exact',
      type: 'pixel',
      party: 'third',
      host: 'px.example',
      duration: { kind: 'unknown' },
      purpose: { sv: 'Räknar visningar.' },
      category: 'marketing',
      vendor: 'pixelverket',
    },
    {
      id: 'an-us',
      name: 'an_sync',
      matchKind: 'exact',
      type: 'indexeddb',
      party: 'third',
      duration: { kind: 'seconds', seconds: 30 * 86_400 },
      purpose: { sv: 'Synkar id mellan annonsnätverk.' },
      category: 'marketing',
      vendor: 'annonsnatet',
    },
  ];
  // Shuffled on purpose: the renderer must follow `order`, not array position.
  const [nec, pref, stat, mark, uncl] = DEFAULT_CATEGORIES.map((c) => ({
    ...c,
    gcmSignals: [...c.gcmSignals],
  }));
  return {
    schemaVersion: 1,
    siteKey: 'kaffe123',
    version: 7,
    publishedAt: '2026-03-12T09:30:00.000Z',
    hash: 'a'.repeat(64),
    materialHash: 'b'.repeat(64),
    materialSince: {},
    site: {
      name: 'Kaffekvarnen',
      domains: ['kaffekvarnen.example'],
      locales: ['sv', 'en'],
      defaultLocale: 'sv',
      consentLifetimes: { acceptMonths: 12, rejectMonths: 6 },
      contact: {
        name: 'Kaffekvarnen i Ystad AB',
        email: 'hej@kaffekvarnen.example',
        phone: '+46 (0)411-12 34 56',
        url: 'https://kaffekvarnen.example/kontakt',
      },
      googleConsentMode: { enabled: true, mode: 'basic' },
    },
    categories: [mark!, uncl!, nec!, stat!, pref!],
    vendors,
    items,
    texts: { sv: DEFAULT_TEXTS.sv, en: DEFAULT_TEXTS.en },
    // The renderer does not read the appearance (the banner does).
    appearance: structuredClone(DEFAULT_APPEARANCE),
  };
}

/** The HTML of one category's section. */
function category(html: string, key: string): string {
  const m = html.match(
    new RegExp(`<section class="smula-category" data-category="${key}">(.*?)</section>`),
  );
  expect(m, `category ${key}`).not.toBeNull();
  return m?.[1] ?? '';
}

/** The HTML of one vendor's section. */
function vendor(html: string, id: string): string {
  const m = html.match(
    new RegExp(`<section class="smula-vendor" data-vendor="${id}">(.*?)</section>`),
  );
  expect(m, `vendor ${id}`).not.toBeNull();
  return m?.[1] ?? '';
}

/** The table row of one item, as its cells' HTML. */
function cells(html: string, itemId: string): string[] {
  const row = html.match(new RegExp(`<tr data-item="${itemId}">(.*?)</tr>`))?.[1];
  expect(row, `row ${itemId}`).toBeDefined();
  return [...(row ?? '').matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1] ?? '');
}

const text = (html: string) => html.replace(/<[^>]*>/g, '');

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('Kaffe & kaka')).toBe('Kaffe &amp; kaka');
  });

  it('turns a missing text into the empty string instead of throwing', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
  });
});

describe('safeUrl', () => {
  it('allows http, https, mailto and tel, escaped for an attribute', () => {
    expect(safeUrl('https://a.example/?q=1&r="2"')).toBe(
      'https://a.example/?q=1&amp;r=&quot;2&quot;',
    );
    expect(safeUrl(' HTTP://a.example ')).toBe('HTTP://a.example');
    expect(safeUrl('mailto:hej@a.example')).toBe('mailto:hej@a.example');
    expect(safeUrl('tel:+4641112')).toBe('tel:+4641112');
  });

  it('refuses every other scheme, relative URLs and obscured schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>',
      'vbscript:x',
      '//evil.example',
      '/integritet',
      'https://a.example/\nx',
      'https:',
      '',
      undefined,
    ]) {
      expect(safeUrl(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('renderDeclaration', () => {
  const html = renderDeclaration(fixture(), { locale: 'sv' });

  it('wraps everything in one div with the locale, version and hash', () => {
    expect(
      html.startsWith(
        `<div class="smula-declaration" lang="sv" data-version="7" data-hash="${'a'.repeat(64)}">`,
      ),
    ).toBe(true);
    expect(html.endsWith('</div>')).toBe(true);
  });

  it('shows last-updated date from publishedAt and the version (D-04)', () => {
    expect(html).toContain(
      'Senast uppdaterad: <time datetime="2026-03-12T09:30:00.000Z">12 mars 2026</time> · Version 7',
    );
    const en = renderDeclaration(fixture(), { locale: 'en' });
    expect(en).toContain(
      'Last updated: <time datetime="2026-03-12T09:30:00.000Z">March 12, 2026</time>',
    );
  });

  it('has an empty live consent-state element under a heading and a settings button (D-03)', () => {
    expect(html).toContain(
      '<h3>Ditt samtycke</h3><div data-smula-consent-state aria-live="polite"></div>',
    );
    expect(html).toContain(
      '<button type="button" class="smula-open" data-smula-open>Cookieinställningar</button>',
    );
  });

  it('lists categories by order with name and item count', () => {
    const keys = [...html.matchAll(/data-category="([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual(['necessary', 'preferences', 'statistics', 'marketing', 'unclassified']);
    expect(category(html, 'statistics')).toContain('<h3>Statistik (2)</h3>');
    expect(category(html, 'marketing')).toContain('<h3>Marknadsföring (3)</h3>');
    expect(category(html, 'statistics')).toContain(
      '<p>Statistikcookies visar hur besökare använder webbplatsen.',
    );
  });

  it('gives each table the six column headers and one row per item', () => {
    const stats = category(html, 'statistics');
    const headers = [...stats.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => m[1]);
    expect(headers).toEqual([
      'Namn',
      'Leverantör',
      'Ändamål',
      'Maximal lagringstid',
      'Typ',
      'Mottagarland och överföringsgrund',
    ]);
    expect(stats.match(/<tr data-item=/g)).toHaveLength(2);
    expect(stats).toContain('<caption>Antal cookies och liknande tekniker: 2</caption>');
  });

  it('puts each table in a wrapper a site can let scroll sideways on a phone (issue 18)', () => {
    const stats = category(html, 'statistics');
    expect(stats).toMatch(/<div class="smula-table-scroll"><table class="smula-table">/);
    expect(stats).toMatch(/<\/table><\/div>$/);
  });

  it('shows the noItems text instead of an empty table', () => {
    const pref = category(html, 'preferences');
    expect(pref).toContain('<h3>Inställningar (0)</h3>');
    expect(pref).toContain(
      '<p class="smula-empty">Vi använder inga cookies eller liknande tekniker i den här kategorin.</p>',
    );
    expect(pref).not.toContain('<table');
  });

  it('shows pattern names as written and marks prefixes', () => {
    expect(cells(html, 'mb-session')[0]).toBe('<code>_mb_#</code>');
    expect(cells(html, 'an')[0]).toBe('<code>_an_*</code>');
    expect(cells(html, 'consent')[0]).toBe('<code>smula_consent</code>');
  });

  it('links the provider by legal name; the site owns vendorless first-party items', () => {
    expect(cells(html, 'mb-id')[1]).toBe(
      '<a href="https://matbolaget.example/privacy?lang=sv&amp;x=1" rel="noopener">Mätbolaget Inc.</a>',
    );
    expect(cells(html, 'an')[1]).toBe('Annonsnätet');
    expect(cells(html, 'consent')[1]).toBe('Kaffekvarnen i Ystad AB');
  });

  it('falls back to the default locale for a missing purpose translation', () => {
    const en = renderDeclaration(fixture(), { locale: 'en' });
    expect(cells(en, 'mb-id')[2]).toBe('Tells visitors apart.');
    expect(cells(en, 'mb-session')[2]).toBe('Håller ihop ett besök.');
  });

  it('formats durations with the policy labels', () => {
    expect(cells(html, 'mb-id')[3]).toBe(
      formatDuration({ kind: 'seconds', seconds: 2 * YEAR }, 'sv'),
    );
    expect(cells(html, 'mb-id')[3]).toMatch(/^2 år$/);
    expect(cells(html, 'mb-session')[3]).toBe('Session');
    expect(cells(html, 'an')[3]).toBe('Beständig');
    expect(cells(html, 'px')[3]).toBe('Okänd');
    const custom = fixture();
    custom.texts = {
      sv: {
        ...DEFAULT_TEXTS.sv,
        policy: { ...DEFAULT_TEXTS.sv.policy, durationSession: 'Tills fliken stängs' },
      },
    };
    expect(cells(renderDeclaration(custom, { locale: 'sv' }), 'mb-session')[3]).toBe(
      'Tills fliken stängs',
    );
  });

  it('marks first and third party next to the type (D-02)', () => {
    expect(cells(html, 'mb-id')[4]).toBe('HTTP-cookie · tredje part');
    expect(cells(html, 'consent')[4]).toBe('HTTP-cookie · första part');
    expect(cells(html, 'mb-session')[4]).toBe('Session Storage · första part');
    expect(cells(html, 'an')[4]).toBe('Local Storage · tredje part');
    expect(cells(html, 'px')[4]).toBe('Pixel · tredje part');
    expect(cells(html, 'an-us')[4]).toBe('IndexedDB · tredje part');
    const en = renderDeclaration(fixture(), { locale: 'en' });
    expect(cells(en, 'mb-id')[4]).toBe('HTTP cookie · third party');
  });

  it('names each recipient country with its transfer basis', () => {
    const usa = countryName('US', 'sv');
    expect(cells(html, 'mb-id')[5]).toBe(`${usa} (EU–US Data Privacy Framework)`);
    expect(cells(html, 'px')[5]).toBe(`${usa} (Ingen överföringsgrund)`);
    expect(cells(html, 'an-us')[5]).toBe(
      `${usa} (Standardavtalsklausuler), ${countryName('SE', 'sv')} (EU/EES)`,
    );
    // The item's own recipients win over the vendor's.
    expect(cells(html, 'an')[5]).toBe(`${countryName('NO', 'sv')} (EU/EES)`);
    expect(cells(html, 'consent')[5]).toBe('Okänt mottagarland');
    const en = renderDeclaration(fixture(), { locale: 'en' });
    expect(cells(en, 'mb-id')[5]).toBe('United States (EU–US Data Privacy Framework)');
  });

  it('has a vendor section per vendor with items or a description, sorted by name', () => {
    const ids = [...html.matchAll(/data-vendor="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['annonsnatet', 'chattjansten', 'matbolaget', 'pixelverket']);
    expect(html).toContain('<section class="smula-vendors"><h3>Leverantörer</h3>');
  });

  it('presents a vendor narrative with facts and links', () => {
    const mb = vendor(html, 'matbolaget');
    expect(mb).toContain('<h4>Mätbolaget (Mätbolaget Inc.)</h4>');
    expect(mb).toContain('<p>Mätbolaget räknar besök åt oss.</p><p>IP-adressen kortas');
    expect(mb).toContain(
      'Läs mer på <a href="https://matbolaget.example/om" rel="noopener">https://matbolaget.example/om</a>.</p>',
    );
    expect(mb).toContain(
      '<dt>Cookies och liknande tekniker</dt><dd><code>_mb</code>, <code>_mb_#</code></dd>',
    );
    expect(mb).toContain(
      '<dt>Så länge sparar leverantören uppgifterna</dt><dd>Uppgifterna sparas i 14 månader.</dd>',
    );
    expect(mb).toContain(
      `<dt>Mottagarländer och överföringsgrund</dt><dd>${countryName('US', 'sv')} (EU–US Data Privacy Framework)</dd>`,
    );
    expect(mb).toContain(
      '<a href="https://matbolaget.example/privacy?lang=sv&amp;x=1" rel="noopener">Leverantörens integritetspolicy</a> · <a href="https://matbolaget.example/opt-out" rel="noopener">Avböj hos leverantören (opt-out)</a>',
    );
    const chat = vendor(html, 'chattjansten');
    expect(chat).toContain('<p>Chattjänsten svarar på frågor i chatten.</p>');
    expect(chat).toContain('<dd>Okänt mottagarland</dd>');
    expect(chat).not.toContain('<a ');
  });

  it('is deterministic: the same config gives the same bytes', () => {
    expect(renderDeclaration(fixture(), { locale: 'sv' })).toBe(html);
    expect(renderDeclaration(structuredClone(fixture()), { locale: 'sv-SE' })).toBe(html);
  });

  it('falls back from an unknown locale to the default, and from a region to its language', () => {
    expect(renderDeclaration(fixture(), { locale: 'de-DE' })).toBe(html);
    expect(renderDeclaration(fixture(), { locale: 'en-GB' })).toContain('lang="en"');
    expect(renderDeclaration(fixture(), { locale: 'en-GB' })).toContain('<h3>Statistics (2)</h3>');
  });

  it('renders an empty wrapper rather than throwing when texts are missing', () => {
    const broken = { ...fixture(), texts: {} };
    expect(renderDeclaration(broken, { locale: 'sv' })).toBe(
      `<div class="smula-declaration" lang="sv" data-version="7" data-hash="${'a'.repeat(64)}"></div>`,
    );
  });
});

describe('renderDeclaration escaping', () => {
  const hostile = () => {
    const c = fixture();
    const payload = '<img src=x onerror=alert(1)>';
    c.items[1] = {
      ...c.items[1]!,
      id: 'x"y',
      name: '<b>n</b>',
      matchKind: 'pattern',
      purpose: { sv: payload },
    };
    c.vendors[0] = {
      ...c.vendors[0]!,
      legalName: '"><script>alert(1)</script>',
      privacyPolicyUrl: 'javascript:alert(1)',
      optOutUrl: 'https://ok.example/"onmouseover="alert(1)',
      retention: { sv: '<i>evig</i>' },
      description: { sv: '<script>alert(1)</script>\n\n- <b>punkt</b>\n- javascript:alert(1)' },
    };
    c.categories[0] = { ...c.categories[0]!, key: 'm"x', name: { sv: '<u>Reklam</u>' } };
    return c;
  };
  const html = renderDeclaration(hostile(), { locale: 'sv' });

  it('renders user-written markup as text', () => {
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).toContain('<code>&lt;b&gt;n&lt;/b&gt;</code>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<dd>&lt;i&gt;evig&lt;/i&gt;</dd>');
    expect(html).toContain('<li>&lt;b&gt;punkt&lt;/b&gt;</li><li>javascript:alert(1)</li>');
    expect(html).toContain('<h3>&lt;u&gt;Reklam&lt;/u&gt; (0)</h3>');
    expect(html).not.toMatch(/<(script|img|b|i|u)[\s>]/);
  });

  it('gives a javascript: URL no link and keeps attribute quotes escaped', () => {
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toContain('Leverantörens integritetspolicy</a>');
    expect(html).toContain(
      '<a href="https://ok.example/&quot;onmouseover=&quot;alert(1)" rel="noopener">',
    );
    expect(html).toContain('data-item="x&quot;y"');
    expect(html).toContain('data-category="m&quot;x"');
    // Every attribute value is a quoted string without a raw quote inside.
    for (const tag of html.match(/<[a-z][^>]*>/g) ?? []) {
      expect(tag, tag).toMatch(/^<[a-z0-9]+(\s[a-z-]+(="[^"<>]*")?)*>$/);
    }
  });
});

describe('renderPolicyPage', () => {
  const html = renderPolicyPage(fixture(), { locale: 'sv' });

  it('is an article with the title, intro and sections in order', () => {
    expect(
      html.startsWith(
        '<article class="smula-policy" lang="sv"><h1>Cookiepolicy</h1><p>Här berättar vi',
      ),
    ).toBe(true);
    expect(html.endsWith('</div></section></article>')).toBe(true);
    const ids = [...html.matchAll(/<section id="([^"]*)"><h2>/g)].map((m) => m[1]);
    expect(ids).toEqual(DEFAULT_TEXTS.sv.policy.sections.map((s) => s.id));
    expect(html).toContain(
      '<section id="what-are-cookies"><h2>Vad är cookies?</h2><p>En cookie är',
    );
  });

  it('formats section bodies: paragraphs and lists', () => {
    const remove = html.match(/<section id="remove-cookies">(.*?)<\/section>/)?.[1] ?? '';
    expect(remove.match(/<p>/g)).toHaveLength(2);
    expect(remove).toContain(
      '<ul><li>Chrome och Edge: inställningarna för sekretess och webbplatsdata.</li><li>',
    );
    expect(remove.match(/<li>/g)).toHaveLength(4);
  });

  it('puts the site contact details in the contact section', () => {
    const contact = html.match(/<section id="contact">(.*?)<\/section>/)?.[1] ?? '';
    expect(contact).toContain(
      '<address class="smula-contact">Kaffekvarnen i Ystad AB<br><a href="mailto:hej@kaffekvarnen.example" rel="noopener">hej@kaffekvarnen.example</a><br><a href="tel:+46411123456" rel="noopener">+46 (0)411-12 34 56</a><br>',
    );
    expect(contact).toContain(
      '<a href="https://kaffekvarnen.example/kontakt" rel="noopener">https://kaffekvarnen.example/kontakt</a></address>',
    );
    expect(html.match(/<address/g)).toHaveLength(1);
  });

  it('appends the contact details when the texts have no contact section', () => {
    const c = fixture();
    const sv = DEFAULT_TEXTS.sv;
    c.texts = { sv: { ...sv, policy: { ...sv.policy, sections: sv.policy.sections.slice(0, 2) } } };
    c.site.contact = { email: 'a@b.example', url: 'javascript:alert(1)' };
    const page = renderPolicyPage(c, { locale: 'sv' });
    expect(page).toContain('</section><address class="smula-contact"><a href="mailto:a@b.example"');
    expect(page).toContain('<br>javascript:alert(1)</address>');
    c.site.contact = {};
    expect(renderPolicyPage(c, { locale: 'sv' })).not.toContain('<address');
  });

  it('auto-links bare URLs in section text after escaping', () => {
    const c = fixture();
    const sv = DEFAULT_TEXTS.sv;
    c.texts = {
      sv: {
        ...sv,
        policy: {
          ...sv.policy,
          sections: [
            {
              id: 'mer',
              heading: 'Mer',
              body: 'Se https://pts.example/cookies. Eller <a href="https://x.example">här</a>!',
            },
          ],
        },
      },
    };
    const page = renderPolicyPage(c, { locale: 'sv' });
    expect(page).toContain(
      '<p>Se <a href="https://pts.example/cookies" rel="noopener">https://pts.example/cookies</a>. Eller &lt;a href=&quot;<a href="https://x.example" rel="noopener">https://x.example</a>&quot;&gt;här&lt;/a&gt;!</p>',
    );
  });

  it('ends with the declaration under its own heading', () => {
    expect(html).toContain(
      '<section class="smula-declaration-section"><h2>Cookies som webbplatsen använder</h2><div class="smula-declaration" lang="sv"',
    );
    expect(html).toContain(renderDeclaration(fixture(), { locale: 'sv' }));
    expect(text(renderPolicyPage(fixture(), { locale: 'en' }))).toContain(
      'Cookies used on this website',
    );
  });

  it('is deterministic', () => {
    expect(renderPolicyPage(structuredClone(fixture()), { locale: 'sv' })).toBe(html);
  });
});
