/**
 * The declaration HTML comes over the network from whatever the admin URL points at, and is
 * inserted into the site's own pages: treat it as untrusted. This keeps exactly what core's
 * renderer (`renderDeclaration`, `renderPolicyPage` in `@smula/core`) writes, and nothing else.
 *
 * Why a parser of our own rather than a general sanitiser: the output is *re-serialised* from
 * an allow-list, with core's own `escapeHtml` for every text and attribute value, so core's
 * output passes byte for byte (a test holds it to that), while anything else comes out as plain
 * text or not at all. The parser never has to agree with a browser about odd input: whatever it
 * makes of it, what it writes is well-formed, nested as the HTML parser would nest it, and only
 * holds the renderer's tags and attributes.
 */
import { escapeHtml, safeUrl } from '@smula/core';
import { ZKeySchema } from '@smula/core/schema';

/** An attribute value check: the (decoded) value to keep, or null to drop the attribute. */
type TValueRule = (value: string) => string | null;
/** A boolean attribute, written bare (`data-smula-open`), whatever value it came with. */
const BARE = 'bare';

interface TElementRule {
  attrs: Readonly<Record<string, TValueRule | typeof BARE>>;
  /** The elements allowed as children; anything else is unwrapped (its tag dropped). */
  children: ReadonlySet<string>;
  /** Whether text may sit directly inside (not in tables, lists and rows: it would move). */
  text: boolean;
  /** Attributes always written with this value (added when missing). */
  forced?: Readonly<Record<string, string>>;
  void?: boolean;
}

const pattern =
  (re: RegExp): TValueRule =>
  (v) =>
    re.test(v) ? v : null;
const oneOf =
  (...values: string[]): TValueRule =>
  (v) =>
    values.includes(v) ? v : null;
const shortText: TValueRule = (v) => (v.length <= 200 ? v : null);
// Only the renderer's own class names, so the fragment cannot borrow the site's styles (an
// overlay dressed as the site's login form, say).
const classes: TValueRule = (v) => {
  const kept = v.split(/[\t\n\f\r ]+/).filter((c) => /^smula-[a-z0-9-]{1,60}$/.test(c));
  return kept.length ? kept.join(' ') : null;
};
// The renderer links only http(s), mailto and tel (core's safeUrl decides, as it does there).
const href: TValueRule = (v) => (safeUrl(v) === undefined ? null : v.trim());
// Section ids are policy-section keys; anything else could clobber the page's globals by name.
const sectionId: TValueRule = (v) => (ZKeySchema.safeParse(v).success ? v : null);
const lang = pattern(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);

const PHRASING = ['a', 'code', 'time', 'br', 'button'];
const FLOW = [
  ...PHRASING,
  ...['div', 'p', 'section', 'article', 'address', 'h1', 'h2', 'h3', 'h4', 'ul', 'dl', 'table'],
];
const set = (names: string[]) => new Set(names);
const flow = { children: set(FLOW), text: true };
const phrasing = { children: set(PHRASING), text: true };
const textOnly = { children: set([]), text: true };

/**
 * Every element and attribute core's renderer writes (render.ts), with the children it puts in
 * each. Children follow the HTML parser's nesting rules (no block inside `<p>`, rows only in
 * table sections, no link inside a link), so the browser builds exactly this tree.
 */
const RULES: Readonly<Record<string, TElementRule>> = {
  div: {
    ...flow,
    attrs: {
      class: classes,
      lang,
      'data-version': pattern(/^\d{1,9}$/),
      'data-hash': pattern(/^[A-Za-z0-9+/=_:.-]{1,128}$/),
      'data-smula-consent-state': BARE,
      'aria-live': oneOf('polite'),
    },
  },
  article: { ...flow, attrs: { class: classes, lang } },
  section: {
    ...flow,
    attrs: { class: classes, id: sectionId, 'data-category': shortText, 'data-vendor': shortText },
  },
  p: { ...phrasing, attrs: { class: classes } },
  h1: { ...phrasing, attrs: {} },
  h2: { ...phrasing, attrs: {} },
  h3: { ...phrasing, attrs: {} },
  h4: { ...phrasing, attrs: {} },
  address: { ...phrasing, attrs: { class: classes } },
  ul: { children: set(['li']), text: false, attrs: {} },
  li: { ...phrasing, attrs: {} },
  dl: { children: set(['dt', 'dd']), text: false, attrs: {} },
  dt: { ...phrasing, attrs: {} },
  dd: { ...phrasing, attrs: {} },
  table: { children: set(['caption', 'thead', 'tbody']), text: false, attrs: { class: classes } },
  caption: { ...phrasing, attrs: {} },
  thead: { children: set(['tr']), text: false, attrs: {} },
  tbody: { children: set(['tr']), text: false, attrs: {} },
  tr: { children: set(['th', 'td']), text: false, attrs: { 'data-item': shortText } },
  th: { ...phrasing, attrs: { scope: oneOf('col', 'row') } },
  td: { ...phrasing, attrs: {} },
  // No link or button inside a link; `rel` is always noopener, as the renderer writes it.
  a: {
    children: set(['code', 'time', 'br']),
    text: true,
    attrs: { href, rel: shortText },
    forced: { rel: 'noopener' },
  },
  // Always type="button": a submit button could post a form the site wraps around it.
  button: {
    ...textOnly,
    attrs: { type: shortText, class: classes, 'data-smula-open': BARE },
    forced: { type: 'button' },
  },
  code: { ...textOnly, attrs: {} },
  time: { ...textOnly, attrs: { datetime: pattern(/^[0-9T:.+\-Z ]{1,40}$/) } },
  br: { ...textOnly, attrs: {}, void: true },
};
const ROOT: TElementRule = { ...flow, attrs: {} };

// Dropped together with everything inside them.
const DROP_WITH_CONTENT = set([
  ...['script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'applet'],
  ...['noscript', 'noembed', 'noframes', 'xmp', 'textarea', 'title', 'select', 'head'],
  ...['frameset', 'frame', 'audio', 'video', 'canvas', 'picture'],
]);
// Their content is text to a browser up to the matching end tag, whatever it looks like.
const RAW_TEXT = set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const RCDATA = set(['textarea', 'title']);
const FOREIGN = set(['svg', 'math']);
const VOID = set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'image', 'input', 'keygen', 'link'],
  ...['meta', 'param', 'source', 'track', 'wbr', 'frame', 'basefont', 'bgsound'],
]);

const SPACE = /[\t\n\f\r ]/;
// HTML lower-cases ASCII only (a Kelvin sign must not become a "k").
const lower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Character references decoded as the text a browser would show. Numeric ones in full; named
 * ones only the few the renderer could write (any other stays literal, and so is shown as
 * written: safe, since everything is escaped again on the way out).
 */
function decode(s: string): string {
  const decoded = s.includes('&')
    ? s.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+));?|&([a-zA-Z]{2,6});/g, (m, dec, hex, name) => {
        if (name !== undefined) return NAMED[name] ?? m;
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
        const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        return valid ? String.fromCodePoint(code) : '\ufffd';
      })
    : s;
  return decoded.replaceAll('\0', '\ufffd');
}

interface TTag {
  name: string;
  attrs: [string, string][];
  /** Written `<x/>`: honoured only for SVG and MathML, as browsers do. */
  selfClosing: boolean;
  end: number;
}

/** The tag whose name starts at `from`, to its `>`; null when the input ends inside it. */
function readTag(html: string, from: number): TTag | null {
  const n = html.length;
  let k = from;
  while (k < n && !SPACE.test(html[k]!) && html[k] !== '/' && html[k] !== '>') k++;
  const name = lower(html.slice(from, k));
  const attrs: [string, string][] = [];
  for (;;) {
    while (k < n && (SPACE.test(html[k]!) || html[k] === '/')) k++;
    if (k >= n) return null;
    if (html[k] === '>') return { name, attrs, selfClosing: html[k - 1] === '/', end: k + 1 };
    const start = k;
    if (html[k] === '=') k++; // a leading "=" belongs to the name
    while (k < n && !SPACE.test(html[k]!) && !'/>='.includes(html[k]!)) k++;
    const attr = lower(html.slice(start, k));
    while (k < n && SPACE.test(html[k]!)) k++;
    let value = '';
    if (html[k] === '=') {
      k++;
      while (k < n && SPACE.test(html[k]!)) k++;
      const quote = html[k];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, k + 1);
        if (close < 0) return null;
        value = html.slice(k + 1, close);
        k = close + 1;
      } else {
        const start = k;
        while (k < n && !SPACE.test(html[k]!) && html[k] !== '>') k++;
        value = html.slice(start, k);
      }
    }
    attrs.push([attr, value]);
  }
}

/** Where the raw text of `name` ends: its end tag, or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? html.length;
}

/** `<!-- … -->` (also the browser's short forms `<!-->` and `<!--->`): where it ends. */
function commentEnd(html: string, from: number): number {
  const body = from + 4;
  if (html.startsWith('>', body)) return body + 1;
  if (html.startsWith('->', body)) return body + 2;
  const ends = [html.indexOf('-->', body), html.indexOf('--!>', body)].filter((e) => e >= 0);
  if (!ends.length) return html.length;
  const e = Math.min(...ends);
  return e + (html.startsWith('-->', e) ? 3 : 4);
}

/** The allowed attributes of a start tag, written out; null for a link without a usable href. */
function writeAttrs(name: string, rule: TElementRule, raw: [string, string][]): string | null {
  const seen = new Set<string>();
  let out = '';
  for (const [attr, value] of raw) {
    if (seen.has(attr)) continue; // the first one wins, as in browsers
    seen.add(attr);
    const check = rule.attrs[attr];
    if (!check) continue;
    const forced = rule.forced?.[attr];
    if (forced !== undefined) out += ` ${attr}="${forced}"`;
    else if (check === BARE) out += ` ${attr}`;
    else {
      const kept = check(decode(value));
      if (kept === null) {
        if (name === 'a' && attr === 'href') return null;
        continue;
      }
      out += ` ${attr}="${escapeHtml(kept)}"`;
    }
  }
  if (name === 'a' && !seen.has('href')) return null;
  for (const [attr, value] of Object.entries(rule.forced ?? {}))
    if (!seen.has(attr)) out += ` ${attr}="${value}"`;
  return out;
}

/**
 * The declaration HTML from the admin, reduced to what core's renderer writes: its elements
 * and attributes (hrefs http(s), mailto and tel only), nested as it nests them, every text and
 * value escaped again. Anything else is dropped: scripts, styles, SVG and other embedded
 * content with all they contain; other tags are unwrapped to their text; comments vanish;
 * open elements are closed at the end. Core's own output comes back unchanged, byte for byte.
 *
 * @example sanitizeDeclarationHtml('<p class="smula-empty" onclick="x()">Ingen<script>x()</script></p>')
 * // '<p class="smula-empty">Ingen</p>'
 */
export function sanitizeDeclarationHtml(html: string): string {
  const out: string[] = [];
  // Open elements; `kept: false` marks one whose tag was dropped but whose end tag must still
  // pair with it. Each remembers the rule its children follow, and `open` counts names, so
  // neither text nor an unmatched end tag has to walk the stack: hostile input cannot make
  // this quadratic.
  const stack: { name: string; kept: boolean; context: TElementRule }[] = [];
  const open = new Map<string, number>();
  let dropping: { name: string; depth: number } | null = null;
  const context = (): TElementRule => stack[stack.length - 1]?.context ?? ROOT;
  const push = (name: string, kept: boolean) => {
    stack.push({ name, kept, context: kept ? RULES[name]! : context() });
    open.set(name, (open.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const e = stack.pop()!;
    open.set(e.name, open.get(e.name)! - 1);
    if (e.kept) out.push(`</${e.name}>`);
  };
  const text = (raw: string) => {
    if (!dropping && raw && context().text) out.push(escapeHtml(decode(raw)));
  };

  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    i = lt;
    const next = html[i + 1] ?? '';
    const letter = /[A-Za-z]/.test(next);

    if (html.startsWith('<!--', i)) {
      i = commentEnd(html, i);
      continue;
    }
    if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z>]/.test(html[i + 2] ?? ''))) {
      // Doctype, CDATA, processing instruction, `</3`: a bogus comment up to the next ">".
      const close = html.indexOf('>', i + 2);
      i = close < 0 ? n : close + 1;
      continue;
    }
    if (next === '/' && html[i + 2] === '>') {
      i += 3;
      continue;
    }
    if (!letter && next !== '/') {
      text('<');
      i += 1;
      continue;
    }

    const closing = next === '/';
    const tag = readTag(html, i + (closing ? 2 : 1));
    if (!tag) break; // the input ends inside a tag: a browser drops it too
    i = tag.end;
    const { name } = tag;

    if (closing) {
      if (dropping) {
        if (name === dropping.name && --dropping.depth === 0) dropping = null;
        continue;
      }
      if (!open.get(name)) continue; // nothing of that name is open: ignored, as in browsers
      while (stack[stack.length - 1]!.name !== name) pop();
      pop();
      continue;
    }

    if (name === 'plaintext') break; // everything after it is text to a browser: drop it all
    if (RAW_TEXT.has(name) || RCDATA.has(name)) i = rawTextEnd(html, name, i);
    const empty = VOID.has(name) || (tag.selfClosing && FOREIGN.has(name));
    if (dropping) {
      if (name === dropping.name && !empty) dropping.depth++;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!empty) dropping = { name, depth: 1 };
      continue;
    }
    const rule = RULES[name];
    const attrs = rule && context().children.has(name) ? writeAttrs(name, rule, tag.attrs) : null;
    if (!rule || attrs === null) {
      if (!VOID.has(name)) push(name, false);
      continue;
    }
    out.push(`<${name}${attrs}>`);
    if (!rule.void) push(name, true);
  }
  while (stack.length) pop();
  return out.join('');
}
