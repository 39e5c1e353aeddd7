/**
 * Public types of the banner runtime: what `init` takes, what `window.Smula` offers and what
 * the events carry.
 *
 * @packageDocumentation
 */
import type { TPublishedConfig } from '@smula/core';

/** Choices per non-required category key: `{ statistics: true, marketing: false }`. */
export type TChoices = Record<string, boolean>;

/** Why a consent record was written. */
export type TConsentAction = 'accept_all' | 'reject_all' | 'custom' | 'withdraw' | 'renew';

/** The visitor's current decision, as `window.Smula.consent` shows it. */
export interface TConsent {
  /** Every category of the config; required ones are always `true`. */
  choices: TChoices;
  /** 128 random bits (hex), kept in the `smula_consent` cookie and shown on the declaration. */
  consentId: string;
  /** The config version the decision was made under. */
  version: number;
  /** ISO 8601 time of the decision. */
  date: string;
  /** ISO 8601 time after which the visitor is asked again. */
  expiresAt: string;
}

/** What the runtime needs besides the config. Every field is optional. */
export interface TBannerOptions {
  /**
   * Where proof-of-consent records are sent (`navigator.sendBeacon`, `text/plain` JSON). Default:
   * `/api/v1/consents` on the origin of the script that loaded the banner.
   */
  endpoint?: string;
  /**
   * Server-rendered declaration HTML per locale, used for `[data-smula-declaration]` when the
   * runtime itself carries no renderer (the IIFE build). The ESM build renders with core.
   */
  declaration?: Record<string, string>;
  /**
   * The number of vendors behind the optional categories, for the first layer's
   * `{vendorCount}` (the first layer carries no vendor list). Set by the delivery side and the
   * ESM build (`detail.ts`).
   */
  vendorCount?: number;
  /**
   * The preferences layer's detail per locale, then per category key: ready HTML (`detail.ts`).
   * The ESM build passes it; the `<script>` build fetches its locale's
   * `/b/{key}@{n}.detail.{locale}.json` from the script's origin when the preferences layer
   * opens (prefetched when the browser is idle), and shows the layer without it if that fails.
   */
  detail?: Record<string, Record<string, string>>;
  /**
   * The region model when it is not opt-in (issue 19): `opt-out` shows the banner as a notice
   * with `grants` already granted; `none` shows no banner until asked. Set by the server.
   */
  model?: 'opt-out' | 'none';
  /** Optional categories granted before any choice, under `model`. GPC still refuses ads. */
  grants?: string[];
  /**
   * Region-scoped Consent Mode defaults, ready to push (`serve.ts`, `gcmRegionDefaults`): each
   * holds every signal and its `region` list. Only for regions whose model is not opt-in.
   */
  gcmRegions?: Record<string, unknown>[];
}

/** The proof-of-consent record posted to the endpoint on every decision. */
export interface TConsentRecord {
  /** UUIDv7: time-ordered, unique per record. */
  recordId: string;
  consentId: string;
  siteKey: string;
  configVersion: number;
  configHash: string;
  action: TConsentAction;
  choices: TChoices;
  locale: string;
  gpc: boolean;
  /** `location.pathname`: no query, no fragment. */
  pagePath: string;
  /** ISO 8601 time on the visitor's clock. */
  clientTime: string;
  expiresAt: string;
}

/** Detail of the `smula:consent` DOM event and argument of `on('consent', …)` handlers. */
export interface TConsentEventDetail {
  action: TConsentAction;
  consent: TConsent;
}

/** Events `window.Smula.on` accepts. */
export type TSmulaEvent = 'consent' | 'ready' | 'show' | 'hide';

/** `window.Smula`. */
export interface TSmulaApi {
  /** The current decision, or `null` while the visitor has not decided. */
  readonly consent: TConsent | null;
  /** Opens the preferences layer with the current state. */
  show(): void;
  acceptAll(): void;
  rejectAll(): void;
  /** Grants exactly these categories (plus required ones) and refuses the rest. */
  accept(categories: string[]): void;
  /** Refuses every non-required category and records a withdrawal. */
  withdraw(): void;
  /** Subscribes to an event; returns a function that unsubscribes. */
  on(event: TSmulaEvent, handler: (detail: unknown) => void): () => void;
}

/** Renders the declaration HTML (core's `renderDeclaration`), injected by the ESM build. */
export type TRender = (config: TPublishedConfig, options: { locale: string }) => string;

/**
 * The private hand-off between the banner and the automatic-blocking chunk (auto-block.ts):
 * the delivery endpoint passes the chunk's return value to `smulaBoot` in the same statement, so
 * nothing about consent is left on `window` for a page script to read or fake. The banner calls
 * it once it has a config and again after every applied decision.
 */
export type TAutoBlockHook = (
  granted: (category: string) => boolean,
  /** The banner's own decision path: records, stores and applies like any other choice. */
  decide: (choices: TChoices, action: TConsentAction) => void,
  texts: TPublishedConfig['texts'][string]['banner'],
  pick: (text: Record<string, string> | undefined) => string,
  config: TPublishedConfig,
  locale: string,
) => void;

declare global {
  interface Window {
    Smula?: TSmulaApi;
    dataLayer?: unknown[];
  }
  interface Navigator {
    globalPrivacyControl?: boolean;
  }
}
