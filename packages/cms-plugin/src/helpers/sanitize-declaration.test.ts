// Issue 13: the declaration HTML fetched from the admin URL was inserted into the site's pages
// as it came. Whoever controls what that URL serves (a compromised admin, a wrong URL, a
// network attacker) must not get markup of their own into the page; core's real output must
// pass unchanged.
import {
  buildPublishedConfig,
  renderDeclaration,
  renderPolicyPage,
  type TDeclaration,
} from '@smula/core';
import {
  fjallbagerietDeclaration,
  seed000Declaration,
  seed001Declaration,
  seed002Declaration,
} from '@smula/core/fixtures';
import { launchChromium } from '@smula/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeDeclarationHtml as clean } from './sanitize-declaration.js';

// Editors write anything: markup, quotes, ampersands and odd URLs in every text field. The
// renderer escapes it; the sanitiser must keep that output exactly as it is.
const hostile: TDeclaration = (() => {
  const d = structuredClone(fjallbagerietDeclaration);
  const v = d.vendors[0]!;
  v.name = `Fjäll<script>alert('x')</script> & "Co" 'AB'`;
  v.legalName = '<img src=x onerror=alert(1)> AB';
  v.description = {
    sv: "Läs mer: https://e.se/?a=1&b='2'\"x\n\n- punkt <b>ett</b>\n- https://f.se/x_(y) slut.\n\nTredje & sista.",
    en: 'javascript:alert(1) and https://e.se/#<x> too',
  };
  v.optOutUrl = 'javascript:alert(1)';
  v.privacyPolicyUrl = 'https://e.se/p?q="x"&r=<y>';
  d.items[0]!.name = '_x<y>&"z"';
  d.site.contact = {
    name: '<Bageriet> "AB"',
    email: 'a&b@e.se',
    phone: '+46 (0)8-12 34',
    url: 'https://e.se/?a&b',
  };
  const sections = [
    { id: 'contact', heading: 'Kontakt <här>', body: "Rad ett\nrad två & 'tre'" },
    { id: 'om-oss', heading: '"Om" oss', body: '- a\n- b https://g.se' },
  ];
  const sv = d.texts.sv;
  return { ...d, texts: { ...d.texts, sv: { ...sv, policy: { ...sv?.policy, sections } } } };
})();

const fixtures: [string, TDeclaration][] = [
  ['fjallbageriet', fjallbagerietDeclaration],
  ['seed-000', seed000Declaration],
  ['seed-001', seed001Declaration],
  ['seed-002', seed002Declaration],
  ['hostile editor texts', hostile],
];
const rendered = fixtures.flatMap(([name, declaration]) => {
  const config = buildPublishedConfig(declaration, {
    siteKey: 'sanitiser_test',
    version: 3,
    publishedAt: '2026-11-01T10:00:00.000Z',
  });
  return config.site.locales.flatMap((locale) => [
    [`${name} declaration ${locale}`, renderDeclaration(config, { locale })] as const,
    [`${name} policy page ${locale}`, renderPolicyPage(config, { locale })] as const,
  ]);
});

describe("core's own output", () => {
  it.each(rendered)('%s passes byte for byte', (_name, html) => {
    expect(html.length).toBeGreaterThan(200);
    expect(clean(html)).toBe(html);
  });
});

// [what, input, expected output]
const attacks: [string, string, string][] = [
  [
    'a script',
    '<p class="smula-empty">Hej<script>alert(1)</script>!</p>',
    '<p class="smula-empty">Hej!</p>',
  ],
  [
    'an upper-case script',
    '<SCRIPT>alert(1)</SCRIPT><P CLASS="smula-empty">x</P>',
    '<p class="smula-empty">x</p>',
  ],
  ['a script split by its own tag', '<scr<script>ipt>alert(1)</script>', 'ipt&gt;alert(1)'],
  ['a script never closed', '<p>a<script>alert(1)</p><p>b</p>', '<p>a</p>'],
  [
    'event handlers',
    '<p onclick="alert(1)" class="smula-empty" onmouseover=alert(1)>x</p>',
    '<p class="smula-empty">x</p>',
  ],
  [
    'a style attribute and element',
    '<div class="smula-declaration" style="position:fixed;inset:0"><style>body{display:none}</style>x</div>',
    '<div class="smula-declaration">x</div>',
  ],
  [
    'classes of the site',
    '<div class="smula-declaration login-overlay smula-x">x</div>',
    '<div class="smula-declaration smula-x">x</div>',
  ],
  ['a javascript: link', '<p><a href="javascript:alert(1)" rel="noopener">x</a></p>', '<p>x</p>'],
  [
    'a javascript: link behind entities',
    '<p><a href="&#106;ava&#x73;cript&colon;alert(1)">x</a></p>',
    '<p>x</p>',
  ],
  [
    'a javascript: link split by a tab',
    '<p><a href="java&#9;script:alert(1)">x</a><a href="java\tscript:alert(1)">y</a></p>',
    '<p>xy</p>',
  ],
  [
    'a link with leading spaces and controls',
    '<p><a href=" \u0001javascript:alert(1)">x</a></p>',
    '<p>x</p>',
  ],
  [
    'a data: link',
    '<p><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a></p>',
    '<p>x</p>',
  ],
  ['a link without href', '<p><a name="x">x</a></p>', '<p>x</p>'],
  [
    'target and handlers on a link',
    '<p><a href="https://e.se" target="_blank" rel="opener" onmouseover="x()">y</a></p>',
    '<p><a href="https://e.se" rel="noopener">y</a></p>',
  ],
  [
    'a link that tries to leave its quotes',
    '<p><a href="https://e.se/&quot;onmouseover=&quot;x()">y</a><a href="https://e.se/&quot; onclick=&quot;x()">z</a></p>',
    '<p><a href="https://e.se/&quot;onmouseover=&quot;x()" rel="noopener">y</a>z</p>',
  ],
  [
    'a duplicated href',
    '<p><a href="https://ok.se" href="javascript:x()">y</a></p>',
    '<p><a href="https://ok.se" rel="noopener">y</a></p>',
  ],
  [
    'mailto and tel links',
    '<p><a href="mailto:a@e.se">m</a><a href="tel:+468">t</a></p>',
    '<p><a href="mailto:a@e.se" rel="noopener">m</a><a href="tel:+468" rel="noopener">t</a></p>',
  ],
  ['an iframe', '<iframe src="https://evil.example"><p>x</p></iframe><p>after</p>', '<p>after</p>'],
  ['an image with onerror', '<p><img src=x onerror=alert(1)>x</p>', '<p>x</p>'],
  [
    'SVG with a script',
    '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><p>after</p>',
    '<p>after</p>',
  ],
  ['SVG onload, self-closed', '<svg onload=alert(1) /><p>after</p>', '<p>after</p>'],
  [
    'MathML mutation',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>after</p>',
    '<p>after</p>',
  ],
  [
    'noscript mutation',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '&quot;&gt;',
  ],
  [
    'a comment hiding markup',
    '<p>a<!--<img src=x onerror=alert(1)>-->b<!-->c<!--->d</p>',
    '<p>abcd</p>',
  ],
  ['an unterminated comment', '<p>a</p><!--<script>alert(1)</script>', '<p>a</p>'],
  ['CDATA in HTML', '<p><![CDATA[<img src=x onerror=alert(1)>]]></p>', '<p>]]&gt;</p>'],
  ['a template', '<template><script>alert(1)</script></template><p>x</p>', '<p>x</p>'],
  [
    'textarea and title',
    '<textarea><p>x</p></textarea><title><p>y</p></title><p>z</p>',
    '<p>z</p>',
  ],
  ['plaintext', '<p>a</p><plaintext><p>b</p>', '<p>a</p>'],
  [
    'a form and inputs',
    '<form action="https://evil.example"><p>Lösenord <input type="password" name="p"></p><button type="submit" formaction="https://evil.example" class="smula-open" data-smula-open="x">OK</button></form>',
    '<p>Lösenord </p><button type="button" class="smula-open" data-smula-open>OK</button>',
  ],
  [
    'a button without a type',
    '<section><button class="smula-open">x</button></section>',
    '<section><button class="smula-open" type="button">x</button></section>',
  ],
  [
    'base, meta and link',
    '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css"><p>x</p>',
    '<p>x</p>',
  ],
  ['unknown tags', '<p><span class="x"><b>fet</b> text</span></p>', '<p>fet text</p>'],
  [
    'unclosed elements',
    '<div class="smula-declaration"><table class="smula-table"><tbody><tr><td>x',
    '<div class="smula-declaration"><table class="smula-table"><tbody><tr><td>x</td></tr></tbody></table></div>',
  ],
  [
    'stray end tags that would close the host',
    '</div></section></article></body>x<p>y</div>z',
    'x<p>yz</p>',
  ],
  ['a block inside a paragraph', '<p>a<div>b</div>c</p>', '<p>abc</p>'],
  [
    'a link inside a link',
    '<p><a href="https://a.se">a<a href="https://b.se">b</a>c</a></p>',
    '<p><a href="https://a.se" rel="noopener">abc</a></p>',
  ],
  [
    'text and rows where a table does not take them',
    '<table class="smula-table">oops<tr><td>x</td></tr><caption>c</caption></table>',
    '<table class="smula-table"><caption>c</caption></table>',
  ],
  ['an unterminated tag at the end', '<p>a</p><p class="smula-empty', '<p>a</p>'],
  ['an unterminated quote', '<p>a</p><a href="https://e.se>b</a><p>c</p>', '<p>a</p>'],
  [
    'escaped markup stays text',
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62; &#x3C;i&#x3e;',
    '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt; &lt;i&gt;',
  ],
  [
    'bad character references',
    '<p>&#0;&#x110000;&#xD800;&bogus;&amp</p>',
    '<p>\ufffd\ufffd\ufffd&amp;bogus;&amp;amp</p>',
  ],
  ['a NUL byte', '<p>a\0b</p>', '<p>a\ufffdb</p>'],
  [
    'ids that are not section keys',
    '<section id="x y"><section id="Smula">a</section></section>',
    '<section><section>a</section></section>',
  ],
  [
    'attribute values the renderer never writes',
    '<div lang="sv onmouseover=x" aria-live="assertive" data-version="1e3" data-smula-consent-state="x"><time datetime="x onload=1">t</time></div>',
    '<div data-smula-consent-state><time>t</time></div>',
  ],
  ['a lone "<"', '<p>a < b <3 </ p></p>', '<p>a &lt; b &lt;3 </p>'],
];

describe('anything else', () => {
  it.each(attacks)('%s', (_what, input, expected) => {
    expect(clean(input)).toBe(expected);
    // Cleaning is idempotent: what comes out is already in its final form.
    expect(clean(expected)).toBe(expected);
  });
});

describe('large hostile input', () => {
  it('handles deep nesting and floods of unmatched end tags (up to the 2 MB a fetch reads)', () => {
    const deep = `${'<span>'.repeat(100_000)}<p>a</p>${'</b>'.repeat(100_000)}${'<i>x'.repeat(50_000)}`;
    expect(clean(deep)).toBe(`<p>a</p>${'x'.repeat(50_000)}`);
    const kept = `${'<div>'.repeat(50_000)}y${'</p>'.repeat(50_000)}`;
    expect(clean(kept)).toBe(`${'<div>'.repeat(50_000)}y${'</div>'.repeat(50_000)}`);
  });
});

describe('in a real browser', () => {
  let browser: Browser;
  // Starting Chromium on a busy 2-core machine can take a while.
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(() => browser?.close());

  // What counts is what Chromium makes of the output, with JavaScript on: no payload runs, the
  // fragment stays inside its host, and Chromium builds exactly the tree the sanitiser wrote
  // (cleaning Chromium's own serialisation of it gives the same bytes back).
  it('runs nothing, stays in its host, and parses to the tree it was written as', async () => {
    const inputs = [...attacks.map(([, input]) => input), ...rendered.map(([, html]) => html)];
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      for (const input of inputs) {
        const out = clean(input);
        await page.setContent(
          `<!doctype html><html><head></head><body><div id="host">${out}</div><p id="after">after</p><script>window.ready = true</script></body></html>`,
        );
        await page.waitForFunction(() => (window as { ready?: boolean }).ready === true);
        const seen = await page.evaluate(() => {
          const host = document.getElementById('host')!;
          const all = [...host.querySelectorAll('*')];
          return {
            inBody: document.getElementById('after')?.parentElement === document.body,
            bodyChildren: [...document.body.children].map((e) => e.id || e.tagName),
            tags: [...new Set(all.map((e) => e.tagName.toLowerCase()))],
            handlers: all.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
            hrefs: all.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href')!),
            serialised: host.innerHTML,
          };
        });
        expect(seen.inBody, input).toBe(true);
        expect(seen.bodyChildren, input).toEqual(['host', 'after', 'SCRIPT']);
        for (const tag of seen.tags)
          expect(
            [
              'div',
              'article',
              'section',
              'p',
              'h1',
              'h2',
              'h3',
              'h4',
              'address',
              'ul',
              'li',
            ].concat(
              ['dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'],
              ['a', 'button', 'code', 'time', 'br'],
            ),
            input,
          ).toContain(tag);
        expect(seen.handlers, input).toEqual([]);
        for (const h of seen.hrefs) expect(h, input).toMatch(/^(https?:\/\/|mailto:|tel:)/);
        expect(clean(seen.serialised), input).toBe(out);
      }
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
