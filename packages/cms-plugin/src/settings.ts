import {
  DEFAULT_REVALIDATE_SECONDS,
  isSiteKey,
  normalizeAdminUrl,
  SmulaConfigError,
} from './helpers/index.js';
import type { TSmulaAccessCheck } from './payload/access.js';

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
}

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

/** Checks the options once, when the CMS config is built, so mistakes fail at start. */
export function checkPluginOptions(o: TSmulaPluginOptions): void {
  if (o.adminUrl) normalizeAdminUrl(o.adminUrl, { allowHttpLocalhost: o.allowHttpLocalhost });
  if (o.siteKey && !isSiteKey(o.siteKey))
    throw new SmulaConfigError(
      `smulaPlugin: "${o.siteKey}" is not a Smula site key (8–64 letters, digits, "-" or "_").`,
    );
  if (o.policyPath !== undefined) {
    const problem = policyPathProblem(o.policyPath);
    if (problem) throw new SmulaConfigError(`smulaPlugin: ${problem}`);
  }
  if (o.access?.update !== undefined && typeof o.access.update !== 'function')
    throw new SmulaConfigError(
      'smulaPlugin: access.update must be a function ({ req, user }) => boolean.',
    );
  if (
    o.revalidateSeconds !== undefined &&
    !(Number.isFinite(o.revalidateSeconds) && o.revalidateSeconds >= 0)
  )
    throw new SmulaConfigError('smulaPlugin: revalidateSeconds must be a number of seconds ≥ 0.');
}

const filled = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/**
 * The settings the frontend uses: what an editor saved in the global wins over the plugin
 * options (those are the developer's defaults); the global's `enabled` can only turn off.
 */
export function resolveSettings(
  options: TSmulaPluginOptions,
  doc: TSmulaSettingsDoc | null | undefined,
): TSmulaSettings {
  return {
    enabled: options.enabled !== false && doc?.enabled !== false,
    adminUrl: filled(doc?.adminUrl) ?? filled(options.adminUrl),
    siteKey: filled(doc?.siteKey) ?? filled(options.siteKey),
    policyPath: filled(doc?.policyPath) ?? options.policyPath ?? DEFAULT_POLICY_PATH,
    localeMapping: { ...options.localeMapping },
    defaultLocale: options.defaultLocale ?? null,
    revalidateSeconds: options.revalidateSeconds ?? DEFAULT_REVALIDATE_SECONDS,
    allowHttpLocalhost: options.allowHttpLocalhost === true,
    allowPrivateNetworks: options.allowPrivateNetworks === true,
  };
}
