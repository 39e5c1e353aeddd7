import { itemNameMatcher, type TStorageItem } from '@smula/core';

/** Name of the first-party cookie that holds the visitor's decision. */
export const CONSENT_COOKIE = 'smula_consent';

/**
 * What the consent cookie stores, with short keys because it travels with every request:
 * `i` consent id, `v` config version, `c` choices of the non-required categories, `t` decision
 * time and `e` expiry (epoch ms).
 */
export interface TStored {
  i: string;
  v: number;
  c: Record<string, boolean>;
  t: number;
  e: number;
}

/** Reads and shape-checks the consent cookie; anything unreadable counts as no decision. */
export function readStored(): TStored | undefined {
  const raw = /(?:^|;\s*)smula_consent=([^;]*)/.exec(document.cookie)?.[1];
  try {
    const s = raw && JSON.parse(decodeURIComponent(raw));
    if (s && typeof s.i === 'string' && typeof s.e === 'number' && s.c && typeof s.c === 'object')
      return s;
  } catch {}
  return undefined;
}

/**
 * Writes the consent cookie: `SameSite=Lax`, `Secure` on https, on the widest configured site
 * domain that the current host belongs to (so `www.` and the apex share one decision).
 */
export function writeStored(s: TStored, domains: string[]): void {
  const host = location.hostname;
  const domain = domains
    .filter((x) => host === x || host.endsWith(`.${x}`))
    .sort((a, b) => a.length - b.length)[0];
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser
  document.cookie = `${CONSENT_COOKIE}=${encodeURIComponent(JSON.stringify(s))};path=/;expires=${new Date(s.e).toUTCString()};SameSite=Lax${domain ? `;domain=${domain}` : ''}${location.protocol === 'https:' ? ';Secure' : ''}`;
}

/**
 * Deletes the declared first-party cookies and web-storage keys of refused categories: every
 * name that matches, on the host and each parent domain, on `/` and each parent path.
 */
export function purge(items: TStorageItem[], refused: (category: string) => boolean): void {
  const labels = location.hostname.split('.');
  const domains = [''];
  for (let i = 0; i < labels.length - 1; i++) domains.push(`;domain=${labels.slice(i).join('.')}`);
  const paths = ['/'];
  let p = '';
  for (const seg of location.pathname.split('/').slice(1, -1)) {
    p += `/${seg}`;
    paths.push(p);
  }
  for (const item of items) {
    // The first layer's items are the first-party ones without `party` (serve.ts).
    if (item.party === 'third' || !refused(item.category)) continue;
    const re = itemNameMatcher(item);
    if (item.type === 'cookie') {
      for (const c of document.cookie.split(';')) {
        const name = c.split('=')[0]!.trim();
        if (name === CONSENT_COOKIE || !re.test(name)) continue;
        for (const d of domains)
          for (const path of paths) {
            // biome-ignore lint/suspicious/noDocumentCookie: see writeStored
            document.cookie = `${name}=;max-age=0;path=${path}${d}`;
          }
      }
    } else {
      try {
        const store = item.type === 'local_storage' ? localStorage : sessionStorage;
        for (const k of Object.keys(store)) if (re.test(k)) store.removeItem(k);
      } catch {}
    }
  }
}
