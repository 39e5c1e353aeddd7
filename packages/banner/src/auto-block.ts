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
 * patched `src` on elements made with `document.createElement`, so a loader's
 * `s = createElement('script'); s.src = …; head.append(s)` is neutralised before the insertion
 * that would start the request.
 */

declare global {
  interface Window {
    smulaAutoBlock?: (map: unknown) => void;
  }
}

const SRC_TAGS = /^(SCRIPT|IFRAME|IMG)$/;

function autoBlock(input: unknown): void {
  // `window.smulaGranted` is set by the banner on each applied decision; absent = none yet.
  const w = window;
  const d = document;
  // Fail closed: a map that is not host → "key key" blocks every third-party host it can see.
  const ok =
    !!input &&
    typeof input === 'object' &&
    Object.values(input).every((v) => typeof v === 'string' && /^[\w-]+( [\w-]+)*$/.test(v));
  const map = (ok ? input : {}) as Record<string, string>;
  const here = location.hostname;

  /** Categories a URL needs (union over the host and its parent domains), '' when none. */
  const needs = (url: string): string => {
    let host: string;
    try {
      host = new URL(url, d.baseURI).hostname;
    } catch {
      return '';
    }
    if (!ok) return host && host !== here ? '_' : '';
    const cats = new Set<string>();
    for (let h = host; h; h = h.slice(h.indexOf('.') + 1 || h.length))
      for (const c of map[h]?.split(' ') ?? []) cats.add(c);
    return [...cats].join(' ');
  };
  /** The categories still missing for a URL, '' when it may load now. */
  const held = (url: string): string => {
    const n = needs(url);
    return n && !n.split(' ').every((c) => w.smulaGranted?.(c)) ? n : '';
  };

  const srcDesc = (proto: object) => Object.getOwnPropertyDescriptor(proto, 'src')!;
  const descs = {
    SCRIPT: srcDesc(HTMLScriptElement.prototype),
    IFRAME: srcDesc(HTMLIFrameElement.prototype),
    IMG: srcDesc(HTMLImageElement.prototype),
  } as Record<string, PropertyDescriptor>;
  const setAttr = Element.prototype.setAttribute;

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
    return true;
  };

  const create = d.createElement;
  d.createElement = function (this: Document, ...args: Parameters<Document['createElement']>) {
    const el = create.apply(this, args) as HTMLElement;
    const desc = descs[el.tagName];
    if (desc && SRC_TAGS.test(el.tagName)) {
      // On the instance: the banner's own restoring goes through here too, and passes once the
      // categories are granted.
      Object.defineProperty(el, 'src', {
        configurable: true,
        get: () => desc.get!.call(el),
        set: (v: string) => {
          if (!hold(el, String(v))) desc.set!.call(el, v);
        },
      });
      el.setAttribute = (name: string, value: string) => {
        if (name.toLowerCase() !== 'src' || !hold(el, String(value))) setAttr.call(el, name, value);
      };
    }
    return el;
  } as typeof d.createElement;

  const check = (el: Element) => {
    if (!(el instanceof HTMLElement)) return;
    if (SRC_TAGS.test(el.tagName)) {
      const url = el.getAttribute('src');
      // A script already marked inert (hand-tagged, or held here) stays as it is.
      if (url && !(el.tagName === 'SCRIPT' && (el as HTMLScriptElement).type === 'text/plain'))
        hold(el, url);
    } else if (
      el.tagName === 'LINK' &&
      /\b(preload|prefetch)\b/i.test(el.getAttribute('rel') ?? '')
    ) {
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
}

window.smulaAutoBlock = autoBlock;
