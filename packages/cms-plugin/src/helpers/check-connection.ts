import { requestAdmin, SmulaBlockedAddressError, type TAdminResponse } from './admin-request.js';
import { checkConnectionSettings, configUrl, SmulaConfigError } from './connection.js';
import { reason } from './fetch-declaration.js';

export type TConnectionCheck =
  | { ok: true; version: number; publishedAt: string | null; siteName: string | null }
  | { ok: false; message: string };

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
    return { ok: false, message: err instanceof SmulaConfigError ? err.message : String(err) };
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
      return {
        ok: false,
        message: `${adminUrl} is on this machine or a private network, which the plugin does not connect to. An admin there needs the allowPrivateNetworks option in the site's code.`,
      };
    return {
      ok: false,
      message: `Could not reach the Smula admin at ${adminUrl}: ${reason(err)}.`,
    };
  }
  if (res.status >= 300 && res.status < 400)
    return {
      ok: false,
      message: `${adminUrl} answered with a redirect (HTTP ${res.status}), which is not followed. Enter the admin's own address, the one it redirects to.`,
    };
  if (res.status !== 200) {
    const code = errorCode(res);
    if (res.status === 404 && code === 'site_not_found')
      return {
        ok: false,
        message: `The admin at ${adminUrl} has no site with this key. Copy the key from the site's page in the admin.`,
      };
    if (res.status === 404 && code === 'not_published')
      return {
        ok: false,
        message:
          'The site exists but has not published a declaration yet: publish it in the admin, then the banner appears.',
      };
    return {
      ok: false,
      message: `${adminUrl} did not answer like a Smula admin (HTTP ${res.status}).`,
    };
  }
  try {
    const config = JSON.parse(res.body) as {
      version?: unknown;
      publishedAt?: unknown;
      site?: { name?: unknown };
    };
    if (typeof config.version !== 'number') throw new Error('no version');
    return {
      ok: true,
      version: config.version,
      publishedAt: typeof config.publishedAt === 'string' ? config.publishedAt : null,
      siteName: typeof config.site?.name === 'string' ? config.site.name.slice(0, 200) : null,
    };
  } catch {
    return {
      ok: false,
      message: `${adminUrl} answered, but not with a Smula config. Is this the admin's address?`,
    };
  }
}
