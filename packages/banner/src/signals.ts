/**
 * Entry of `dist/signals.min.js`: consent signals for vendors that have their own consent API,
 * a separate chunk the delivery endpoint inlines only when a declared vendor enables one
 * (`TVendor.consentSignal`, see `serve.ts`). `smulaSignals(gates)` takes, per signal, the
 * categories that must all be granted (the vendor's), pushes the denied defaults at once (first
 * in `<head>`, before the vendors' own snippets), and returns the hook the banner calls after
 * every applied decision.
 *
 * The calls are each vendor's documented API:
 * - Microsoft UET: `uetq.push('consent', 'default' | 'update', { ad_storage })`.
 * - Microsoft Clarity: `clarity('consentv2', { ad_Storage, analytics_Storage })`; analytics
 *   follows the vendor's categories, ads any granted category that carries `ad_storage`.
 * - Meta Pixel: `fbq('consent', 'grant' | 'revoke')`.
 * - TikTok Pixel: `ttq.grantConsent()` / `ttq.revokeConsent()`.
 * - Matomo: `_paq.push(['requireConsent'])`, then `setConsentGiven` / `forgetConsentGiven`.
 *
 * UET, Clarity and Matomo take a queue the site's snippet adopts, so the default goes in first.
 * Meta's and TikTok's snippets refuse to load over a global that already exists, so their
 * default (`fbq('consent', 'revoke')`, `ttq.holdConsent()`) belongs in the site's snippet; a
 * change is sent as soon as their global is there (again at DOMContentLoaded and load).
 */
import type { TConsentSignal } from '@smula/core';
import type { TAutoBlockHook } from './types.js';

declare global {
  interface Window {
    smulaSignals?: (gates: Record<string, string>) => TAutoBlockHook;
    uetq?: unknown[];
    _paq?: unknown[];
    clarity?: ((...args: unknown[]) => void) & { q?: unknown[] };
    fbq?: (...args: unknown[]) => void;
    ttq?: Record<string, () => void>;
  }
}

const state = (on: boolean) => (on ? 'granted' : 'denied');

function signals(gates: Record<string, string>): TAutoBlockHook {
  const w = window;
  const queue = (name: 'uetq' | '_paq') => {
    w[name] ||= [];
    return w[name];
  };
  // Clarity's own stub, so that its snippet adopts the queue.
  const clarity = (...args: unknown[]) => {
    if (!w.clarity) {
      const stub: NonNullable<Window['clarity']> = function () {
        stub.q = stub.q || [];
        // biome-ignore lint/complexity/noArguments: Clarity's queue holds arguments objects
        stub.q.push(arguments);
      };
      w.clarity = stub;
    }
    w.clarity(...args);
    return 1;
  };
  /** Sends a state; false when the vendor's global is not there yet. */
  const send: Record<TConsentSignal, (s: string) => unknown> = {
    'microsoft-uet': (s) => queue('uetq').push('consent', 'update', { ad_storage: state(s > '0') }),
    'microsoft-clarity': (s) =>
      clarity('consentv2', {
        analytics_Storage: state(s[0]! > '0'),
        ad_Storage: state(s[1]! > '0'),
      }),
    'meta-pixel': (s) => {
      w.fbq?.('consent', s > '0' ? 'grant' : 'revoke');
      return w.fbq;
    },
    'tiktok-pixel': (s) => {
      w.ttq?.[s > '0' ? 'grantConsent' : 'revokeConsent']?.();
      return w.ttq;
    },
    matomo: (s) => queue('_paq').push([s > '0' ? 'setConsentGiven' : 'forgetConsentGiven']),
  };
  // What each vendor was last told: the defaults, all denied.
  const sent: Record<string, string> = {};
  const want: Record<string, string> = {};
  for (const k of Object.keys(gates)) sent[k] = want[k] = k === 'microsoft-clarity' ? '00' : '0';
  if (gates['microsoft-uet']) queue('uetq').push('consent', 'default', { ad_storage: 'denied' });
  if (gates['microsoft-clarity'])
    clarity('consentv2', { analytics_Storage: 'denied', ad_Storage: 'denied' });
  if (gates.matomo) queue('_paq').push(['requireConsent']);

  const flush = () => {
    for (const k of Object.keys(want))
      if (want[k] !== sent[k] && send[k as TConsentSignal]?.(want[k]!)) sent[k] = want[k]!;
  };
  addEventListener('DOMContentLoaded', flush);
  addEventListener('load', flush);
  return (granted, _decide, _texts, _pick, config) => {
    const ads = config.categories.some(
      (c) => granted(c.key) && c.gcmSignals.includes('ad_storage'),
    );
    for (const k of Object.keys(want)) {
      const on = gates[k]!.split(' ').every(granted) ? '1' : '0';
      want[k] = k === 'microsoft-clarity' ? on + (ads ? '1' : '0') : on;
    }
    flush();
  };
}

window.smulaSignals = signals;
