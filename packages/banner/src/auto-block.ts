/**
 * Entry of `dist/auto-block.min.js`, a separate chunk the delivery endpoint inlines before the
 * banner only for sites whose published config carries an `autoBlock` map (see `serve.ts`).
 *
 * It turns resources to mapped hosts into the banner's manual form before they load: a script
 * gets `type="text/plain"`, an iframe or image keeps its URL in `data-src`, a preload link in
 * `data-href`, and each gets `data-category` with the categories its host needs. The banner's
 * `activate` (blocking.ts) then restores them once, in document order, when those categories are
 * granted, exactly as it does for hand-tagged elements. Hand-tagged elements are never touched.
 *
 * Two ways in: a MutationObserver for parser-inserted and inserted-by-markup elements, and
 * patched `src` (`href` and `rel` for links) on elements made with `document.createElement`, so
 * a loader's `s = createElement('script'); s.src = …; head.append(s)` is neutralised before the
 * insertion that would start the request.
 *
 * Besides: a held iframe shows a click-to-load placeholder in its own box (`srcdoc`, so the real
 * content later replaces it without any layout shift), and a withdrawal of a category whose
 * content already ran offers a reload. The banner and this chunk meet through the hook
 * `smulaAutoBlock` returns, which the delivery passes straight to `smulaBoot`.
 */
import type { TPublishedConfig } from '@smula/core';
import type { TAutoBlockHook, TChoices } from './types.js';

declare global {
  interface Window {
    smulaAutoBlock?: (map: unknown, vendors?: Record<string, string>) => TAutoBlockHook;
  }
}

const SRC_TAGS = /^(SCRIPT|IFRAME|IMG)$/;
const PRELOAD = /\b(preload|prefetch|modulepreload)\b/i;
/** What the banner still holds (blocking.ts); an element with `data-category` outside it ran. */
const HELD = 'script[type="text/plain"],[data-src],[data-href]';

/** Text for HTML content and double-quoted attributes. */
const esc = (s: unknown) => String(s ?? '').replace(/[&<"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** A colour or length from the config inside a `<style>`: nothing that could close the rule. */
const css = (x: unknown) => String(x).replace(/[<>{};]/g, '');
/** The banner's look for the placeholder and the reload notice: `.b` is the themed box. */
const theme = ({ appearance: { colors: c, radius } }: TPublishedConfig) =>
  `*{font:14px/1.4 system-ui,sans-serif}.b{background:${css(c.background)};color:${css(c.text)}}button{background:${css(c.buttonBackground)};color:${css(c.buttonText)};border:0;border-radius:${css(radius)}px;padding:.6em 1.2em;cursor:pointer}a{color:${css(c.link)}}:focus-visible{outline:2px solid ${css(c.focus)};outline-offset:2px}`;

function autoBlock(input: unknown, vendors: Record<string, string> = {}): TAutoBlockHook {
  const d = document;
  /** The banner's context once it has called the hook; absent = no decision known yet. */
  let ctx: Parameters<TAutoBlockHook> | undefined;
  const granted = (c: string) => !!ctx?.[0](c);
  // Fail closed: a map that is not host → "key key" blocks every third-party host it can see.
  const ok =
    !!input &&
    typeof input === 'object' &&
    Object.values(input).every((v) => typeof v === 'string' && /^[\w-]+( [\w-]+)*$/.test(v));
  const map = (ok ? input : {}) as Record<string, string>;
  const here = location.hostname;

  const hostOf = (url: string): string => {
    try {
      return new URL(url, d.baseURI).hostname;
    } catch {
      return '';
    }
  };
  /** The host and its parent domains, nearest first. */
  const up = (host: string): string[] => {
    const out: string[] = [];
    for (let h = host; h; h = h.slice(h.indexOf('.') + 1 || h.length)) out.push(h);
    return out;
  };
  /** Categories a URL needs (union over the host and its parent domains), '' when none. */
  const needs = (url: string): string => {
    const host = hostOf(url);
    if (!ok) return host && host !== here ? '_' : '';
    const cats = new Set<string>();
    for (const h of up(host)) for (const c of map[h]?.split(' ') ?? []) cats.add(c);
    return [...cats].join(' ');
  };
  /** The categories still missing for a URL, '' when it may load now. */
  const held = (url: string): string => {
    const n = needs(url);
    return n && !n.split(' ').every(granted) ? n : '';
  };

  const setAttr = Element.prototype.setAttribute;
  const ours = new WeakSet<Element>();

  /** Fills a held iframe with the click-to-load placeholder, if the banner is there to grant. */
  const dress = (f: HTMLIFrameElement) => {
    if (!ctx || ours.has(f)) return;
    const [g, decide, T, pick, config, locale] = ctx;
    const url = new URL(f.dataset.src!, d.baseURI);
    const name = up(url.hostname)
      .map((h) => vendors[h])
      .find((v) => v !== undefined);
    // The vendor turned placeholders off, or a version published before the placeholder texts
    // existed: the frame stays blank until consent.
    if (name === '' || !T.placeholderAllow) return;
    const vendor = name ?? url.hostname;
    const missing = f.dataset.category!.split(' ').filter((c) => !g(c));
    const cats = config.categories.filter((c) => missing.includes(c.key));
    const fill = (t: string | undefined) =>
      esc(t)
        .replaceAll('{vendor}', esc(vendor))
        .replaceAll('{category}', esc(cats.map((c) => pick(c.name)).join(', ') || missing));
    ours.add(f);
    if (!f.title) f.title = vendor;
    // Same box, same element: only the document inside changes, now and when the real one loads.
    f.srcdoc = `<!doctype html><html lang="${esc(locale)}"><title>${esc(vendor)}</title><style>${theme(config)}html,body{height:100%;margin:0}body{display:flex;overflow:auto;text-align:center}main{margin:auto;padding:1em}</style><body class="b"><main><p>${fill(T.placeholderText)}</p>${cats.map((c) => `<p>${esc(pick(c.description))}</p>`).join('')}<button type="button">${fill(T.placeholderAllow)}</button>${/^https?:$/.test(url.protocol) ? `<p><a href="${esc(url.href)}" target="_blank" rel="noopener">${fill(T.placeholderLink)}</a>` : ''}</main>`;
    // The srcdoc document shares the page's origin (no sandbox), so the click is handled here
    // and no script runs inside it (a site's CSP would refuse an inline one).
    f.addEventListener('load', () =>
      f.contentDocument
        ?.querySelector('button')
        ?.addEventListener('click', () =>
          decide(
            Object.fromEntries(
              config.categories.map((c) => [c.key, g(c.key) || missing.includes(c.key)]),
            ) as TChoices,
            'custom',
          ),
        ),
    );
  };

  /** Neutralises `el` for `url` if its host is held; true when it did. */
  const hold = (el: HTMLElement, url: string): boolean => {
    const cats = held(url);
    if (!cats || el.dataset.category) return false;
    if (el.tagName === 'SCRIPT') {
      const s = el as HTMLScriptElement;
      if (s.type && s.type !== 'text/plain') s.dataset.type = s.type;
      s.type = 'text/plain';
      setAttr.call(s, 'src', url);
    } else if (el.tagName === 'LINK') {
      el.dataset.href = url;
      el.removeAttribute('href');
    } else {
      el.dataset.src = url;
      el.removeAttribute('src');
    }
    el.dataset.category = cats;
    if (el.tagName === 'IFRAME') dress(el as HTMLIFrameElement);
    return true;
  };

  /**
   * Routes the URL-bearing properties of one element, and its `setAttribute`, through `stop`,
   * which holds the element and returns true when the value must not reach it. On the instance:
   * the banner's own restoring goes through here too, and passes once the categories are granted.
   */
  const patch = (
    el: HTMLElement,
    proto: object,
    names: string[],
    stop: (n: string, v: string) => unknown,
  ) => {
    for (const n of names) {
      const desc = Object.getOwnPropertyDescriptor(proto, n)!;
      Object.defineProperty(el, n, {
        configurable: true,
        get: () => desc.get!.call(el),
        set: (v: unknown) => {
          if (!stop(n, String(v))) desc.set!.call(el, v);
        },
      });
    }
    el.setAttribute = (n: string, v: string) => {
      if (!stop(n.toLowerCase(), String(v))) setAttr.call(el, n, v);
    };
  };

  const create = d.createElement;
  d.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const el = create.apply(this, args) as HTMLElement;
    if (SRC_TAGS.test(el.tagName))
      patch(el, Object.getPrototypeOf(el), ['src'], (n, v) => n === 'src' && hold(el, v));
    else if (el.tagName === 'LINK')
      // A preload may get its `rel` before or after its `href`; either order is held.
      patch(el, HTMLLinkElement.prototype, ['href', 'rel'], (n, v) => {
        const l = el as HTMLLinkElement;
        const href = l.getAttribute('href');
        if (n === 'rel' && PRELOAD.test(v) && href) hold(l, href);
        return n === 'href' && PRELOAD.test(l.rel) && hold(l, v);
      });
    return el;
  } as typeof d.createElement;

  const check = (el: Element) => {
    if (!(el instanceof HTMLElement)) return;
    if (SRC_TAGS.test(el.tagName)) {
      const url = el.getAttribute('src');
      // A script already marked inert (hand-tagged, or held here) stays as it is.
      if (url && !(el.tagName === 'SCRIPT' && (el as HTMLScriptElement).type === 'text/plain'))
        hold(el, url);
      // A hand-tagged iframe gets the same placeholder.
      else if (el.tagName === 'IFRAME' && el.dataset.src && el.dataset.category)
        dress(el as HTMLIFrameElement);
    } else if (el.tagName === 'LINK' && PRELOAD.test(el.getAttribute('rel') ?? '')) {
      const url = el.getAttribute('href');
      if (url) hold(el, url);
    }
  };
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        check(n as Element);
        if ((n as Element).querySelectorAll)
          for (const el of (n as Element).querySelectorAll('script,iframe,img,link')) check(el);
      }
  }).observe(d.documentElement, { childList: true, subtree: true });

  /** After a withdrawal: content of a category no longer granted already ran; offer a reload. */
  let offered = false;
  const offerReload = () => {
    const [, , T, , config] = ctx!;
    if (
      offered ||
      !d.body ||
      !T.reloadNotice ||
      !Array.from(d.querySelectorAll<HTMLElement>('[data-category]')).some(
        (el) => !el.matches(HELD) && !el.dataset.category!.split(' ').every(granted),
      )
    )
      return;
    offered = true;
    const host = d.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>${theme(config)}div{position:fixed;z-index:2147483647;bottom:1em;left:1em;right:1em;display:flex;gap:1em;align-items:center;padding:1em;box-shadow:0 2px 9px #0005}</style><div class="b" role="status">${esc(T.reloadNotice)}<button>${esc(T.reloadButton)}</button><button aria-label="${esc(T.close)}">×</button></div>`;
    const [reload, close] = root.querySelectorAll('button');
    reload!.onclick = () => location.reload();
    close!.onclick = () => host.remove();
    d.body.append(host);
  };

  return (...args) => {
    const later = !!ctx;
    ctx = args;
    for (const f of d.querySelectorAll<HTMLIFrameElement>('iframe[data-src][data-category]'))
      if (!ours.has(f)) dress(f);
      // Now allowed: back to no document, so that the banner's restoring loads the real one.
      else if (f.dataset.category!.split(' ').every(granted)) f.removeAttribute('srcdoc');
    if (later) offerReload();
  };
}

window.smulaAutoBlock = autoBlock;
