import type { PayloadRequest } from 'payload';
import {
  DEFAULT_REVALIDATE_SECONDS,
  isSiteKey,
  normalizeAdminUrl,
  SmulaConfigError,
  type TDeclarationCache,
} from './helpers/index.js';
import type { TSmulaAccessCheck } from './payload/access.js';
import type { TSmulaWebhookEvent } from './payload/webhook-endpoint.js';

export const DEFAULT_POLICY_PATH = '/cookie-policy';

/**
 * Options of `smulaPlugin`. `adminUrl`, `siteKey`, `policyPath` and `enabled` can also be set in
 * the Smula settings global; the rest only in code.
 */
export interface TSmulaPluginOptions {
  /** Base URL of the Smula admin, e.g. `https://consent.example.se`. */
  adminUrl?: string;
  /** The site's public key from the admin. */
  siteKey?: string;
  /** Path of the cookie policy page on the site. Default `/cookie-policy`. */
  policyPath?: string;
  /** CMS locale → Smula locale where their names differ, e.g. `{ 'sv-SE': 'sv' }`. */
  localeMapping?: Record<string, string>;
  /** The locale the policy page uses when the page has none. Default: the site's own default in Smula. */
  defaultLocale?: string;
  /**
   * `false` turns the banner and the declaration off but keeps the global and the block in
   * the schema, so the CMS's migrations stay the same either way. Default `true`.
   */
  enabled?: boolean;
  /** How long a fetched declaration is used before asking the admin again. Default 60. */
  revalidateSeconds?: number;
  /** Blocks fields that get the Cookie declaration block, e.g. `[{ collection: 'pages', field: 'layout' }]`. */
  blockFields?: { collection: string; field: string }[];
  /**
   * Accept a plain `http://` admin URL on `localhost`, `127.0.0.1` or `[::1]`, in the code and
   * in the settings global. For development and tests only; default `false` (https only).
   */
  allowHttpLocalhost?: boolean;
  /**
   * Let the server connect to loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
   * link-local (169.254/16, fe80::/10) and other non-public addresses when it fetches the
   * declaration or tests a connection: for an admin on this machine (development, tests) or on
   * an internal network. Default `false`, so a CMS user cannot make the server probe them.
   */
  allowPrivateNetworks?: boolean;
  /**
   * Who may change the Smula settings and run "Test connection". By default every signed-in
   * user of the Payload admin's own auth collection (`config.admin.user`) and nobody else;
   * `update` narrows that further (a role check), it cannot let in other auth collections.
   */
  access?: { update?: TSmulaAccessCheck };
  /**
   * Where the page's banner `<script src>` points. `same-origin` (default): the plugin's route
   * on this site (`/api/smula/banner.js`), which serves the site's live script from a cache
   * refreshed in the background, so a slow or down admin never holds up a page and the script
   * needs no extra DNS/TLS. `direct`: the admin's (or its CDN's) `/b/{siteKey}.js` itself,
   * e.g. when a CDN in front of the admin is closer to visitors than this server.
   */
  bannerSource?: 'same-origin' | 'direct';
  /**
   * How long to wait for the admin when the banner route has no copy at all yet (the first
   * request after a first start). Default 1500 ms.
   */
  bannerTimeoutMs?: number;
  /**
   * Refresh on publish: the signing secret (`whsec_…`) the Smula admin showed for this site's
   * webhook endpoint, e.g. `process.env.SMULA_WEBHOOK_SECRET`. With it the plugin adds
   * `POST /api/smula/webhook`, which checks the signature and, on `config.published`, drops
   * the outdated banner and declaration copies and fetches the new banner at once, instead of
   * waiting for `revalidateSeconds`. Without it: no endpoint.
   */
  webhookSecret?: string;
  /**
   * Called after the plugin's own refresh for each verified `config.published` event: call
   * Next's `revalidatePath` for statically built pages, purge a CDN. A throw answers 500 and
   * the admin retries.
   */
  onPublish?: (event: TSmulaWebhookEvent, req: PayloadRequest) => void | Promise<void>;
  /**
   * A site key per tenant (with `@payloadcms/plugin-multi-tenant`, or any collection of
   * tenants): the plugin adds a validated site-key field (and Test connection) to `collection`,
   * `getSmulaSettings(payload, { tenant })` gives that tenant's settings, and the banner route
   * serves a tenant's script for `?tenant=<id>`, only ever with a key saved on that tenant.
   * The settings global's key stays the default for pages outside any tenant.
   *
   * @example tenants: { collection: 'tenants' } // field `smulaSiteKey`
   */
  tenants?: TSmulaTenantsOptions;
}

/** Where each tenant's site key lives. */
export interface TSmulaTenantsOptions {
  /** Slug of the tenants collection (the multi-tenant plugin's `tenantsSlug`, e.g. `tenants`). */
  collection: string;
  /** Name of the site-key field the plugin adds to it. Default `smulaSiteKey`. */
  siteKeyField?: string;
}

export const DEFAULT_TENANT_SITE_KEY_FIELD = 'smulaSiteKey';

/** What the site's frontend needs, after merging the plugin options with the settings global. */
export interface TSmulaSettings {
  enabled: boolean;
  adminUrl: string | null;
  siteKey: string | null;
  policyPath: string;
  localeMapping: Record<string, string>;
  defaultLocale: string | null;
  revalidateSeconds: number;
  /** From the plugin options only: an editor can never turn these on. */
  allowHttpLocalhost: boolean;
  allowPrivateNetworks: boolean;
  bannerSource: 'same-origin' | 'direct';
  /**
   * The same-origin banner route's path on this site (`getSmulaSettings` sets it from
   * Payload's API route); null means the tag points at the admin directly.
   */
  bannerPath: string | null;
  /**
   * The tenant these settings are for (`getSmulaSettings(payload, { tenant })`), as its id;
   * absent or null: the default site of the settings global.
   */
  tenant?: string | null;
  /**
   * What is wrong with the plugin options; when there is anything, Smula is off (`enabled`
   * is false) and the settings global shows why.
   */
  problems: string[];
  /**
   * Where the last good copies are kept (`getSmulaSettings` sets the Payload collection behind
   * a per-process memory); absent: memory only.
   */
  store?: TDeclarationCache;
}

/** The editable part, as the settings global stores it. */
export interface TSmulaSettingsDoc {
  enabled?: boolean | null;
  adminUrl?: string | null;
  siteKey?: string | null;
  policyPath?: string | null;
}

/** `null` when `path` is a usable site path, else why not (for field validation). */
export function policyPathProblem(path: string): string | null {
  // A same-site absolute path only: it is used in links and compared with request paths.
  return /^\/(?!\/)[A-Za-z0-9\-._~/%]*$/.test(path)
    ? null
    : 'The policy page path must start with "/" and hold only letters, digits and - . _ ~ / (e.g. /cookie-policy).';
}

/**
 * What is wrong with the options, one sentence each; empty when nothing is. Checked once,
 * when the CMS config is built. A wrong value does not throw: the plugin turns Smula off and
 * says why (one log line, a warning in the settings global), and the site and the CMS keep
 * working (issue 20: one malformed environment variable answered 500 on every route).
 */
export function pluginOptionProblems(o: TSmulaPluginOptions): string[] {
  const problems: string[] = [];
  if (o.adminUrl)
    try {
      normalizeAdminUrl(o.adminUrl, { allowHttpLocalhost: o.allowHttpLocalhost });
    } catch (err) {
      problems.push(err instanceof SmulaConfigError ? err.message : String(err));
    }
  if (o.siteKey && !isSiteKey(o.siteKey))
    problems.push(
      // JSON quoting: the value may hold anything, and this line goes to logs and the admin.
      `${JSON.stringify(String(o.siteKey).slice(0, 80))} is not a Smula site key (8–64 letters, digits, "-" or "_").`,
    );
  if (o.policyPath !== undefined) {
    const problem = policyPathProblem(o.policyPath);
    if (problem) problems.push(problem);
  }
  if (o.access?.update !== undefined && typeof o.access.update !== 'function')
    problems.push('access.update must be a function ({ req, user }) => boolean.');
  if (
    o.revalidateSeconds !== undefined &&
    !(Number.isFinite(o.revalidateSeconds) && o.revalidateSeconds >= 0)
  )
    problems.push('revalidateSeconds must be a number of seconds ≥ 0.');
  if (
    o.bannerSource !== undefined &&
    o.bannerSource !== 'same-origin' &&
    o.bannerSource !== 'direct'
  )
    problems.push('bannerSource must be "same-origin" or "direct".');
  if (
    o.bannerTimeoutMs !== undefined &&
    !(Number.isFinite(o.bannerTimeoutMs) && o.bannerTimeoutMs > 0)
  )
    problems.push('bannerTimeoutMs must be a number of milliseconds > 0.');
  // Never echoed: it is a secret. The admin's are `whsec_` and 43 more characters.
  if (
    o.webhookSecret !== undefined &&
    !(typeof o.webhookSecret === 'string' && o.webhookSecret.trim().length >= 16)
  )
    problems.push('webhookSecret must be the signing secret the Smula admin showed (whsec_…).');
  if (o.onPublish !== undefined && typeof o.onPublish !== 'function')
    problems.push('onPublish must be a function (event, req) => void.');
  return problems;
}

/** The one log line for options that turned Smula off. */
export function problemsLogLine(problems: string[]): string {
  return `Smula is OFF (no banner, no declaration) because of its plugin options: ${problems.join(' ')} Fix them in payload.config.ts or the environment variables they come from, and restart.`;
}

const filled = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/**
 * The settings the frontend uses: what an editor saved in the global wins over the plugin
 * options (those are the developer's defaults); the global's `enabled` can only turn off.
 */
export function resolveSettings(
  options: TSmulaPluginOptions,
  doc: TSmulaSettingsDoc | null | undefined,
  bannerPath: string | null = null,
): TSmulaSettings {
  const problems = pluginOptionProblems(options);
  const bannerSource = options.bannerSource === 'direct' ? 'direct' : 'same-origin';
  return {
    enabled: options.enabled !== false && doc?.enabled !== false && problems.length === 0,
    adminUrl: filled(doc?.adminUrl) ?? filled(options.adminUrl),
    siteKey: filled(doc?.siteKey) ?? filled(options.siteKey),
    policyPath: filled(doc?.policyPath) ?? options.policyPath ?? DEFAULT_POLICY_PATH,
    localeMapping: { ...options.localeMapping },
    defaultLocale: options.defaultLocale ?? null,
    revalidateSeconds: options.revalidateSeconds ?? DEFAULT_REVALIDATE_SECONDS,
    allowHttpLocalhost: options.allowHttpLocalhost === true,
    allowPrivateNetworks: options.allowPrivateNetworks === true,
    bannerSource,
    bannerPath: bannerSource === 'same-origin' ? bannerPath : null,
    problems,
  };
}
