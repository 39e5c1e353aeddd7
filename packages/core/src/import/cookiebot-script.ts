/**
 * Cookiebot's declaration script (`consent.cookiebot.com/<cbid>/cd.js`) is JavaScript that
 * writes the declaration's HTML into the page: headings, descriptions and the cookie tables are
 * string literals in it. This reads them back out as HTML, without running the script.
 */

const UNESCAPE: Record<string, string> = {
  n: '\n',
  r: '\n',
  t: '\t',
  b: '',
  f: '',
  v: '',
  '0': '',
};

function unescapeJs(body: string): string {
  return body.replace(
    /\\(?:u\{([0-9a-f]+)\}|u([0-9a-f]{4})|x([0-9a-f]{2})|\r?\n|(.))/gi,
    (_m, braces: string, u4: string, x2: string, other: string | undefined) => {
      const hex = braces ?? u4 ?? x2;
      if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (other === undefined) return ''; // a line continuation
      return UNESCAPE[other] ?? other;
    },
  );
}

/** Whether `text` looks like Cookiebot's declaration script rather than a page or a paste. */
export function isCookiebotScript(text: string): boolean {
  const head = text.trimStart().slice(0, 200);
  return (
    !head.startsWith('<') &&
    /CookieDeclaration/.test(text) &&
    /(?:<|\\u003c|\\x3c)table/i.test(text)
  );
}

/**
 * The HTML that Cookiebot's declaration script carries: every string literal holding markup,
 * unescaped and joined in order. Literals without markup (ids, options) are left out so that
 * they do not turn into stray text lines; literals joined with `+` stay joined.
 */
export function cookiebotScriptHtml(script: string): string {
  const parts: string[] = [];
  const literal = /"((?:[^"\\\n]|\\[\s\S])*)"|'((?:[^'\\\n]|\\[\s\S])*)'|`((?:[^`\\]|\\[\s\S])*)`/g;
  let previousEnd = -1;
  let previousKept = false;
  for (const m of script.matchAll(literal)) {
    const value = unescapeJs(m[1] ?? m[2] ?? m[3] ?? '');
    const start = m.index ?? 0;
    const joined = previousEnd >= 0 && /^\s*\+\s*$/.test(script.slice(previousEnd, start));
    const keep: boolean = /<\/?[a-z][^>]*>?/i.test(value) || (joined && previousKept);
    if (keep) parts.push(joined && previousKept ? value : `\n${value}`);
    previousKept = keep;
    previousEnd = start + m[0].length;
  }
  return parts.join('');
}

/**
 * Where a cookie-policy page loads its declaration from when the page itself holds no table:
 * Cookiebot's declaration script (`consent.cookiebot.com/<cbid>/cd.js`, also `.eu`), or
 * OneTrust's domain file for the `data-domain-script` id its cookie-list script is given
 * (`cdn.cookielaw.org/consent/<id>/<id>.json`). Undefined when the page names neither.
 */
export function embeddedDeclarationUrl(html: string): string | undefined {
  const cookiebot =
    /(?:https?:)?\/\/(consent\.cookiebot\.(?:com|eu))\/([0-9a-f-]{36})\/cd\.js/i.exec(html);
  if (cookiebot)
    return `https://${cookiebot[1]?.toLowerCase()}/${cookiebot[2]?.toLowerCase()}/cd.js`;
  const oneTrust = /data-domain-script\s*=\s*["']([0-9a-f-]{36}(?:-test)?)["']/i.exec(html);
  if (oneTrust && /cookielaw\.org|onetrust|optanon/i.test(html)) {
    const id = oneTrust[1]?.toLowerCase();
    return `https://cdn.cookielaw.org/consent/${id}/${id}.json`;
  }
  return undefined;
}
