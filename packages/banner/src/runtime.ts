// The policy page's own escaper (one rule, so the banner and the page never disagree); all
// pure, none pulls in zod or the default texts.
import {
  escapeHtml as esc,
  GCM_SIGNALS,
  negotiateLocale,
  pickText,
  type TCategory,
  type TLocalizedText,
  type TPublishedConfig,
} from '@smula/core';
import { activate } from './blocking.js';
import { purge, readStored, type TStored, writeStored } from './cookies.js';
import { randomHex, send, uuidv7 } from './record.js';
import type {
  TAutoBlockHook,
  TBannerOptions,
  TChoices,
  TConsent,
  TConsentAction,
  TRender,
  TSmulaApi,
  TSmulaEvent,
} from './types.js';

/** The banner's CSS, minified and inlined at build time (see build.mjs). */
declare const __SMULA_CSS__: string;

type TState = Record<string, 'granted' | 'denied'>;

/**
 * Policy texts the live consent state uses once core has them ("Change consent", "Withdraw
 * consent", "No choice made yet"); until then it falls back to banner texts.
 */
type TStateTexts = Partial<Record<'changeConsent' | 'withdrawConsent' | 'noConsent', string>>;

/**
 * Cheap shape check of what the runtime reads, so that a broken config fails closed with one
 * clear error instead of a TypeError halfway through.
 */
function isConfig(c: unknown): c is TPublishedConfig {
  const x = c as TPublishedConfig | null;
  return (
    !!x &&
    Array.isArray(x.categories) &&
    Array.isArray(x.items) &&
    Array.isArray(x.vendors) &&
    typeof x.version === 'number' &&
    typeof x.hash === 'string' &&
    !!x.site?.consentLifetimes &&
    !!x.appearance?.colors &&
    !!x.texts &&
    Object.values(x.texts).some((t) => t?.banner?.title)
  );
}

/**
 * Starts the banner: pushes the Consent Mode default, applies a stored decision or asks, wires
 * blocking, the declaration and `window.Smula`. Must run synchronously, first in `<head>`.
 *
 * @param input the published config; anything else fails closed.
 * @param render renders the declaration (the ESM build passes core's renderer).
 * @param hook the automatic-blocking chunk, when the delivery endpoint inlined it.
 */
export function boot(
  input: unknown,
  options: TBannerOptions = {},
  render?: TRender,
  hook?: TAutoBlockHook,
): void {
  const started = performance.now();
  const w = window;
  const d = document;
  // Included twice (a CMS plugin and a hand-written tag): the first one wins.
  if (w.Smula) return;
  w.dataLayer ||= [];
  const dl = w.dataLayer;
  // gtag() pushes its `arguments` object, and GTM and gtag.js only read that shape.
  function gtag(..._args: unknown[]): void {
    // biome-ignore lint/complexity/noArguments: the arguments object is the gtag wire format
    dl.push(arguments);
  }
  const ok = isConfig(input);
  const gcm = ok ? input.site.googleConsentMode : undefined;
  const gcmOn = !gcm || gcm.enabled;
  const signals = (granted: (s: string) => boolean): TState => {
    const s: TState = {};
    for (const k of GCM_SIGNALS)
      s[k] = k === 'security_storage' || granted(k) ? 'granted' : 'denied';
    return s;
  };
  // First thing, before any tag can read it, even without a usable config (fail closed).
  if (gcmOn) {
    gtag('consent', 'default', {
      ...signals(() => false),
      ...(gcm?.waitForUpdateMs ? { wait_for_update: gcm.waitForUpdateMs } : {}),
    });
    if (gcm?.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
    if (gcm?.urlPassthrough) gtag('set', 'url_passthrough', true);
  }
  if (!ok) {
    console.error(
      '[smula] No valid consent config: blocked scripts stay blocked and no banner is shown.',
    );
    return;
  }
  // Region-scoped defaults (the server built them from the region rules): Google's tags take
  // the most specific one for the visitor's location. Only with a valid config: fail closed.
  if (gcmOn) for (const r of options.gcmRegions ?? []) gtag('consent', 'default', r);
  const config = input;
  const site = config.site;
  const locales = Object.keys(config.texts);
  // The page's language first, then the visitor's browser languages, then the site default.
  const locale = negotiateLocale(
    [d.documentElement.lang, ...(navigator.languages || [])],
    locales,
    config.texts[site.defaultLocale] ? site.defaultLocale : locales[0]!,
  );
  const { banner: T, policy: P } = config.texts[locale]!;
  const pick = (t: TLocalizedText | undefined) => pickText(t, locale, site.defaultLocale);
  // A plain comma list: Intl.ListFormat's first use loads ICU data, 15 ms on a fast machine,
  // ~60 ms at 4× CPU throttling, on the critical path of the first layer.
  const list = (xs: string[]) => xs.join(', ');
  const cats = [...config.categories].sort((a, b) => a.order - b.order);
  const optional = cats.filter((c) => !c.required);
  const gpc = navigator.globalPrivacyControl === true;
  // The admin's origin: from the endpoint if given, else from the script's own URL.
  const base = options.endpoint ?? (d.currentScript as HTMLScriptElement | null)?.src;
  const endpoint = options.endpoint ?? (base ? new URL('/api/v1/consents', base).href : base);
  const handlers: Partial<Record<TSmulaEvent, ((detail: unknown) => void)[]>> = {};
  const emit = (type: TSmulaEvent, detail: unknown) => {
    d.dispatchEvent(new CustomEvent(`smula:${type}`, { detail }));
    for (const h of handlers[type] ?? [])
      try {
        h(detail);
      } catch (e) {
        setTimeout(() => {
          throw e;
        });
      }
  };

  // The stored decision: valid as a whole, valid in part (a category changed materially since it
  // was granted, or is new: ask again), or expired/absent.
  let stored: TStored | undefined = readStored();
  let choices: TChoices | undefined;
  let decided = false;
  let renewing = !!stored;
  if (stored && stored.e > Date.now()) {
    const s = stored;
    choices = {};
    decided = true;
    for (const c of optional) {
      const g = s.c[c.key];
      if (g === undefined || (g && (config.materialSince?.[c.key] ?? 0) > s.v)) decided = false;
      else choices[c.key] = g;
    }
    renewing = !decided;
  }
  // Marketing, or anything granting an ad signal: what GPC (sale/share) refuses.
  const ad = (c: (typeof cats)[number]) =>
    c.key === 'marketing' || c.gcmSignals.some((s) => s.startsWith('ad_'));
  const granted = (key: string) =>
    cats.some((c) => c.key === key && (c.required || !!choices?.[key]));
  const current = (): TConsent | null =>
    decided && stored
      ? {
          choices: Object.fromEntries(cats.map((c) => [c.key, granted(c.key)])),
          consentId: stored.i,
          version: stored.v,
          date: new Date(stored.t).toISOString(),
          expiresAt: new Date(stored.e).toISOString(),
        }
      : null;
  const apply = () => {
    if (gcmOn)
      gtag(
        'consent',
        'update',
        signals((s) => cats.some((c) => granted(c.key) && c.gcmSignals.includes(s as never))),
      );
    // Automatic blocking (auto-block.ts, when inlined) lets through what is now granted.
    tell();
    activate(granted);
    purge(config.items, (k) => !granted(k));
  };
  const tell = () => hook?.(granted, decide, T, pick, config, locale);
  // Region rules (issue 19): under opt-out or no banner, the categories the server lists start
  // granted until the visitor chooses; Global Privacy Control still refuses ads.
  if (!choices && options.grants) {
    choices = {};
    for (const c of optional)
      if (options.grants.includes(c.key) && !(gpc && ad(c))) choices[c.key] = true;
  }
  choices ? apply() : tell();
  // Retry queued records once the page has loaded and the browser is idle: the first
  // localStorage access is a synchronous trip to the browser process, which neither the
  // critical path nor the page's own `load` handlers need to wait for.
  // (At once when the page has already loaded: a script added late, by a tag manager say.)
  const idle = (f: () => void) => (w.requestIdleCallback ?? setTimeout)(f);
  const afterLoad = (f: () => void) =>
    d.readyState === 'complete' ? idle(f) : w.addEventListener('load', () => idle(f));
  afterLoad(() => send(endpoint));

  // ---- UI: one Shadow DOM host holding the banner, its modal overlay and the floating button.
  const layout = config.appearance.layout;
  const modal = layout === 'modal';
  const fabOn = config.appearance.floatingButton?.enabled !== false;
  let host: HTMLElement | undefined;
  let root!: ShadowRoot;
  let box!: HTMLElement;
  let overlay!: HTMLElement;
  let fab!: HTMLElement;
  let layer = 0;
  let fromFirst = false;
  let back: Element | null = null;

  // Only http(s) and same-site paths: an editor's `javascript:` URL must not become a link.
  const link = (href: string | undefined, label: string) =>
    href && /^(https?:|\/)/i.test(href) ? `<a href="${esc(href)}">${esc(label)}</a>` : '';
  const button = (a: string, label: string) =>
    `<button class="btn" data-a="${a}">${esc(label)}</button>`;
  const close = `<button class="x" data-a="x" aria-label="${esc(T.close)}">×</button>`;
  const gpcNote = gpc ? `<p>${esc(T.gpcNotice)}</p>` : '';
  // The preferences layer's detail (providers, items): given (ESM build) or fetched once from
  // the script's origin, for this version and locale (see detail.ts). A failed fetch leaves the
  // layer without it (every choice still works) and is tried again on the next opening.
  const given = options.detail?.[locale];
  let detail: Promise<Record<string, string> | null> | undefined;
  const loadDetail = () =>
    (detail ||= base
      ? fetch(
          new URL(
            `/b/${encodeURIComponent(config.siteKey)}@${config.version}.detail.${locale}.json`,
            base,
          ).href,
        )
          .then((r) => (r.ok ? r.json() : null))
          .catch(() => null)
          .then((x) => {
            if (!x) detail = undefined;
            return x;
          })
      : Promise.resolve(null));
  const fillDetail = (x: Record<string, string> | null) => {
    for (const el of box.querySelectorAll<HTMLElement>('[data-d]')) {
      el.innerHTML = x?.[el.dataset.d!] ?? '';
      el.removeAttribute('aria-busy');
    }
  };

  const firstLayer = () =>
    `${close}<h2 id="t">${esc(T.title)}</h2><p>${esc(T.description)
      .replaceAll('{categories}', esc(list(optional.map((c) => pick(c.name)))))
      .replaceAll(
        '{vendorCount}',
        String(options.vendorCount ?? 0),
      )}</p><p>${esc(T.withdrawal)}</p>${gpcNote}<p class="l">${link(site.cookiePolicyUrl, T.cookiePolicyLink)}${link(site.privacyPolicyUrl, T.privacyPolicyLink)}</p><div class="r">${button('a', T.acceptAll)}${button('r', T.rejectAll)}${button('c', T.customise)}</div>`;

  const category = (c: TCategory) => {
    const k = esc(c.key);
    return `<li><div class="h"><span id="n-${k}">${esc(pick(c.name))}</span>${c.required ? `<span class="on">${esc(T.alwaysOn)}</span>` : ''}<button class="sw" role="switch" aria-checked="${granted(c.key)}" aria-labelledby="n-${k}" data-k="${k}"${c.required ? ' disabled' : ''}></button></div><div data-d="${k}"${given ? '>' : ' aria-busy="true">'}${given?.[c.key] ?? ''}</div></li>`;
  };
  const preferences = () =>
    `${close}<h2 id="t">${esc(T.preferencesTitle)}</h2><p>${esc(T.preferencesDescription)}</p>${gpcNote}<ul class="cs">${cats.map(category).join('')}</ul><div class="r">${button('s', T.save)}${button('a', T.acceptAll)}${button('r', T.rejectAll)}</div>`;

  const mount = () => {
    if (host) return;
    host = d.createElement('div');
    host.id = 'smula-banner';
    host.style.cssText = 'all:initial';
    root = host.attachShadow({ mode: 'open' });
    const col = config.appearance.colors;
    const v = (x: unknown) => String(x).replace(/[<>{};]/g, '');
    root.innerHTML = `<style>:host{--smula-bg:${v(col.background)};--smula-text:${v(col.text)};--smula-button-bg:${v(col.buttonBackground)};--smula-button-text:${v(col.buttonText)};--smula-link:${v(col.link)};--smula-focus:${v(col.focus)};--smula-radius:${v(config.appearance.radius)}px}${__SMULA_CSS__}</style><div class="o" hidden></div><div class="b ${v(layout)} ${v(config.appearance.position)}" role="dialog" aria-labelledby="t"${modal ? ' aria-modal="true"' : ''} lang="${esc(locale)}" tabindex="-1" hidden></div><button class="f${config.appearance.floatingButton?.position === 'right' ? ' fr' : ''}" data-a="o" aria-label="${esc(T.openSettings)}" hidden><svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5" fill="none" stroke="currentColor" stroke-width="2"/><circle cx="8.5" cy="10.5" r="1.5" fill="currentColor"/><circle cx="15" cy="15" r="1.5" fill="currentColor"/></svg></button>`;
    [overlay, box, fab] = Array.from(root.children).slice(1) as HTMLElement[] as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey as EventListener);
  };
  // Into the page once its content is in place: one insertion, one style and layout pass, and
  // an observer of the page sees the banner whole. Before <body>, not inside it: first in
  // reading order (compliance.md A-02), and outside the tree a framework hydrates (React
  // removes a foreign first child of <body> as a mismatch).
  const attach = () => host!.isConnected || d.documentElement.insertBefore(host!, d.body);
  const open = (n: 1 | 2, viaFirst = false, atBoot = false) => {
    mount();
    if (!layer) back = d.activeElement === host ? fab : d.activeElement;
    layer = n;
    fromFirst = viaFirst;
    box.innerHTML = n === 1 ? firstLayer() : preferences();
    if (n === 2 && !given) loadDetail().then(fillDetail);
    box.hidden = false;
    overlay.hidden = !modal;
    fab.hidden = true;
    attach();
    // Focus moves into the banner (A-01), in the next frame: focusing now would force a style
    // and layout pass before the browser's own one. Shown at boot, it waits until the page has
    // loaded and the browser is idle: focus on a page still loading forced layout over a
    // half-parsed page, the visitor's longest task (issue 16); and it never takes focus from
    // where the visitor has put it meanwhile. A modal layer holds the page: focus at once.
    const focus = () => layer && box.focus({ preventScroll: true });
    if (!atBoot || modal) requestAnimationFrame(focus);
    else afterLoad(() => (d.activeElement ?? d.body) === d.body && focus());
    emit('show', n === 1 ? 'banner' : 'preferences');
  };
  const hide = () => {
    if (!layer) return;
    layer = 0;
    box.hidden = overlay.hidden = true;
    fab.hidden = !fabOn;
    // Focus must not stay on a hidden control: back to where it was (or nowhere).
    (root.activeElement as HTMLElement | null)?.blur();
    (back as HTMLElement | null)?.focus?.();
    back = null;
    emit('hide', null);
  };
  const onClick = (e: Event) => {
    const b = (e.target as Element).closest('button');
    if (!b) return;
    const { a, k } = b.dataset;
    if (k) b.setAttribute('aria-checked', String(b.getAttribute('aria-checked') !== 'true'));
    else if (a === 'a') acceptAll();
    else if (a === 'r') rejectAll();
    else if (a === 'c') open(2, true);
    else if (a === 'o') open(2);
    else if (a === 'x') hide();
    else if (a === 's')
      decide(
        Object.fromEntries(
          Array.from(root.querySelectorAll<HTMLElement>('[data-k]:not([disabled])'), (s) => [
            s.dataset.k!,
            s.getAttribute('aria-checked') === 'true',
          ]),
        ),
        'custom',
      );
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && layer === 2) {
      // Esc is never a decision: back to the first layer, or closed if it was opened later.
      if (fromFirst || !decided) open(1);
      else hide();
    }
    if (modal && e.key === 'Tab') {
      const f = box.querySelectorAll<HTMLElement>('button:not([disabled]),a[href],summary');
      const first = f[0]!;
      const last = f[f.length - 1]!;
      const at = root.activeElement;
      if (e.shiftKey ? at === first || at === box : at === last) {
        (e.shiftKey ? last : first).focus();
        e.preventDefault();
      }
    }
  };

  // ---- Decisions
  // A declaration (hoisted): the automatic-blocking hook receives it before this line runs.
  function decide(next: TChoices, action: TConsentAction) {
    const t = Date.now();
    const hadGrant = decided && optional.some((c) => choices?.[c.key]);
    choices = {};
    for (const c of optional) choices[c.key] = !!next[c.key];
    const any = optional.some((c) => choices![c.key]);
    if (hadGrant && !any) action = 'withdraw';
    else if (renewing && action !== 'withdraw') action = 'renew';
    const e = new Date(t);
    e.setMonth(e.getMonth() + site.consentLifetimes[any ? 'acceptMonths' : 'rejectMonths']);
    stored = { i: stored?.i ?? randomHex(16), v: config.version, c: choices, t, e: +e };
    writeStored(stored, site.domains);
    decided = true;
    renewing = false;
    hide();
    apply();
    const consent = current()!;
    showState();
    dl.push({ event: 'smula_consent', smula_action: action, smula_choices: consent.choices });
    send(endpoint, {
      recordId: uuidv7(t),
      consentId: consent.consentId,
      siteKey: config.siteKey,
      configVersion: config.version,
      configHash: config.hash,
      action,
      choices: consent.choices,
      locale,
      gpc,
      pagePath: location.pathname,
      clientTime: consent.date,
      expiresAt: consent.expiresAt,
    });
    emit('consent', { action, consent });
  }
  // GPC never grants, and "accept all" does not override it for marketing (sale/share) purposes:
  // those stay off unless the visitor switches them on one by one.
  const acceptAll = () =>
    decide(Object.fromEntries(optional.map((c) => [c.key, !(gpc && ad(c))])), 'accept_all');
  const rejectAll = () => decide({}, 'reject_all');
  const withdraw = () => decide({}, 'withdraw');

  // ---- The declaration in the light DOM and its live consent state.
  const S = P as typeof P & TStateTexts;
  const showState = () => {
    const c = current();
    for (const el of d.querySelectorAll('[data-smula-consent-state]'))
      el.innerHTML = `${
        c
          ? `<p>${esc(list(cats.filter((x) => granted(x.key)).map((x) => pick(x.name))))}</p><p><code>${esc(c.consentId)}</code> · <time datetime="${c.date}">${new Date(c.date).toLocaleString(locale)}</time></p>`
          : S.noConsent
            ? `<p>${esc(S.noConsent)}</p>`
            : ''
      }${
        // core's renderer puts a "change" button next to the state; add one only if it is missing
        el.parentElement?.querySelector(':scope>[data-smula-open]')
          ? ''
          : `<button type="button" data-smula-open>${esc(S.changeConsent ?? T.openSettings)}</button> `
      }<button type="button" data-smula-withdraw>${esc(S.withdrawConsent ?? T.rejectAll)}</button>`;
  };
  const onReady = () => {
    activate(granted);
    // The declaration renders in the light DOM so that it inherits the site's typography. The
    // IIFE carries no renderer (size budget): it takes inlined HTML, else fetches the same
    // version from the delivery endpoint. Server-rendered content already there is kept.
    const targets = [...d.querySelectorAll('[data-smula-declaration]')].filter(
      (el) => !el.firstElementChild,
    );
    const fill = (html: string) => {
      if (html) for (const el of targets) el.innerHTML = html;
      showState();
    };
    const html = render ? render(config, { locale }) : options.declaration?.[locale];
    if (html != null || !targets.length || !base) fill(html ?? '');
    else
      fetch(
        `${new URL(`/api/v1/sites/${config.siteKey}/declaration`, base).href}?locale=${locale}&version=${config.version}`,
      )
        .then((r) => (r.ok ? r.text() : ''))
        .then(fill, () => fill(''));
  };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', onReady);
  else onReady();
  d.addEventListener('click', (e) => {
    const t = (e.target as Element).closest?.('[data-smula-open],[data-smula-withdraw]');
    if (!t) return;
    e.preventDefault();
    if (t.hasAttribute('data-smula-withdraw')) withdraw();
    else open(2);
  });
  const ui = () => {
    mount();
    if (decided || options.model === 'none') fab.hidden = !fabOn;
    else if (!layer) {
      open(1, false, true);
      // While the visitor reads the first layer, once the page has loaded and the browser is
      // idle (never competing with the page's own requests): ready if they customise.
      if (!given) afterLoad(loadDetail);
    }
    attach();
  };

  const api: TSmulaApi = {
    get consent() {
      return current();
    },
    show: () => open(2),
    acceptAll,
    rejectAll,
    accept: (keys) => decide(Object.fromEntries(keys.map((k) => [k, true])), 'custom'),
    withdraw,
    on(event, handler) {
      handlers[event] ||= [];
      const hs = handlers[event];
      hs.push(handler);
      return () => {
        hs.splice(hs.indexOf(handler) >>> 0, 1);
      };
    },
  };
  w.Smula = api;
  emit('ready', current());
  // Everything a tag can observe (Consent Mode, blocking, the stored decision, `window.Smula`)
  // is settled above. The UI follows in this task when the script has been quick, so that the
  // banner is in the page's first frame (15 ms earlier under throttling in the banner
  // benchmark); after a slow start (a slow device), in a task of its own: building and laying
  // it out in the same task as a slow script's run made one long task of both (throttled
  // blocking time about 60 ms higher on a slow machine). 20 ms of run leaves the task with the
  // build well under the 50 ms a long task starts at. A layer opened meanwhile
  // (`Smula.show()`) is not replaced.
  performance.now() - started < 20 ? ui() : setTimeout(ui);
}
