import { requestAdmin, SmulaBlockedAddressError, type TAdminResponse } from './admin-request.js';
import { checkConnectionSettings, configUrl, SmulaConfigError } from './connection.js';
import { reason } from './fetch-declaration.js';

/** Why a connection failed, for translated messages (`message` is the English sentence). */
export type TConnectionProblem =
  | 'invalid_settings'
  | 'private_network'
  | 'unreachable'
  | 'redirect'
  | 'site_not_found'
  | 'not_published'
  | 'not_smula'
  | 'not_config';

export type TConnectionCheck =
  | {
      ok: true;
      version: number;
      publishedAt: string | null;
      siteName: string | null;
      /** The languages the live version publishes, and its default. */
      locales: string[];
      defaultLocale: string | null;
      /** The site's declared domains (where its consent cookie may live). */
      domains: string[];
    }
  | {
      ok: false;
      code: TConnectionProblem;
      message: string;
      /** Values for the translated message: the admin URL, an HTTP status, a short reason. */
      params: { adminUrl?: string; status?: number; reason?: string };
    };

const fail = (
  code: TConnectionProblem,
  message: string,
  params: { adminUrl?: string; status?: number; reason?: string } = {},
): TConnectionCheck => ({ ok: false, code, message, params });

const strings = (v: unknown, max = 200): string[] =>
  Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === 'string')
        .slice(0, max)
        .map((x) => x.slice(0, 253))
    : [];

/**
 * Whether `host` (the CMS's own host name) is one of `domains` or under one of them, as the
 * banner matches domains for its cookie. Loopback names are never declared: not a problem.
 */
export function hostDeclared(host: string, domains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}

/** The admin's error code from its `{ error: { code } }` body; its message is never passed on. */
function errorCode(res: TAdminResponse): string | null {
  try {
    const code = (JSON.parse(res.body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/**
 * Asks the admin for the site's live config and says, in one sentence, whether the banner
 * will work: the live version, or what to fix. Never throws.
 *
 * The URL may come from a CMS user's form, so this is a server-side request to a
 * user-supplied address: it follows no redirect (one is reported), connects to public
 * addresses only unless `allowPrivateNetworks`, waits `timeoutMs` (default 5 s) at most, and
 * its answers are the plugin's own sentences: nothing the upstream server wrote is passed on,
 * only its status and one of the admin's known error codes.
 */
export async function checkConnection(options: {
  adminUrl?: string | null;
  siteKey?: string | null;
  /** See `TSmulaConnection.allowHttpLocalhost`. */
  allowHttpLocalhost?: boolean;
  /** Let the check reach non-public addresses (an admin on this machine or an internal network). */
  allowPrivateNetworks?: boolean;
  timeoutMs?: number;
}): Promise<TConnectionCheck> {
  let url: string;
  let adminUrl: string;
  try {
    const c = checkConnectionSettings({
      adminUrl: options.adminUrl ?? undefined,
      siteKey: options.siteKey ?? undefined,
      allowHttpLocalhost: options.allowHttpLocalhost === true,
    });
    adminUrl = c.adminUrl;
    url = configUrl(c);
  } catch (err) {
    return fail('invalid_settings', err instanceof SmulaConfigError ? err.message : String(err));
  }
  let res: TAdminResponse;
  try {
    res = await requestAdmin(url, {
      headers: { accept: 'application/json' },
      timeoutMs: options.timeoutMs ?? 5000,
      allowPrivateNetworks: options.allowPrivateNetworks,
      maxBytes: 1024 * 1024,
    });
  } catch (err) {
    if (err instanceof SmulaBlockedAddressError)
      return fail(
        'private_network',
        `${adminUrl} is on this machine or a private network, which the plugin does not connect to. An admin there needs the allowPrivateNetworks option in the site's code.`,
        { adminUrl },
      );
    return fail('unreachable', `Could not reach the Smula admin at ${adminUrl}: ${reason(err)}.`, {
      adminUrl,
      reason: reason(err),
    });
  }
  const status = res.status;
  if (status >= 300 && status < 400)
    return fail(
      'redirect',
      `${adminUrl} answered with a redirect (HTTP ${status}), which is not followed. Enter the admin's own address, the one it redirects to.`,
      { adminUrl, status },
    );
  if (status !== 200) {
    const code = errorCode(res);
    if (status === 404 && code === 'site_not_found')
      return fail(
        'site_not_found',
        `The admin at ${adminUrl} has no site with this key. Copy the key from the site's page in the admin.`,
        { adminUrl },
      );
    if (status === 404 && code === 'not_published')
      return fail(
        'not_published',
        'The site exists but has not published a declaration yet: publish it in the admin, then the banner appears.',
        { adminUrl },
      );
    return fail('not_smula', `${adminUrl} did not answer like a Smula admin (HTTP ${status}).`, {
      adminUrl,
      status,
    });
  }
  try {
    const config = JSON.parse(res.body) as {
      version?: unknown;
      publishedAt?: unknown;
      site?: { name?: unknown; locales?: unknown; defaultLocale?: unknown; domains?: unknown };
    };
    if (typeof config.version !== 'number') throw new Error('no version');
    const site = config.site ?? {};
    return {
      ok: true,
      version: config.version,
      publishedAt: typeof config.publishedAt === 'string' ? config.publishedAt : null,
      siteName: typeof site.name === 'string' ? site.name.slice(0, 200) : null,
      locales: strings(site.locales, 100).filter((l) =>
        /^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$/.test(l),
      ),
      defaultLocale:
        typeof site.defaultLocale === 'string' ? site.defaultLocale.slice(0, 35) : null,
      domains: strings(site.domains).map((d) => d.toLowerCase()),
    };
  } catch {
    return fail(
      'not_config',
      `${adminUrl} answered, but not with a Smula config. Is this the admin's address?`,
      { adminUrl },
    );
  }
}
