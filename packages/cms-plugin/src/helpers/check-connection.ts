import { checkConnectionSettings, configUrl, SmulaConfigError } from './connection.js';
import { describeFailure, reason } from './fetch-declaration.js';

export type TConnectionCheck =
  | { ok: true; version: number; publishedAt: string | null; siteName: string | null }
  | { ok: false; message: string };

/**
 * Asks the admin for the site's live config and says, in one sentence, whether the banner
 * will work: the live version, or what to fix. Never throws.
 */
export async function checkConnection(options: {
  adminUrl?: string | null;
  siteKey?: string | null;
  /** See `TSmulaConnection.allowHttpLocalhost`. */
  allowHttpLocalhost?: boolean;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
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
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      cache: 'no-store',
    });
  } catch (err) {
    return {
      ok: false,
      message: `Could not reach the Smula admin at ${adminUrl}: ${reason(err)}.`,
    };
  }
  if (!res.ok) {
    const failure = await describeFailure(res);
    if (failure.includes('site_not_found'))
      return {
        ok: false,
        message: `The admin at ${adminUrl} has no site with this key. Copy the key from the site's page in the admin.`,
      };
    if (failure.includes('not_published'))
      return {
        ok: false,
        message:
          'The site exists but has not published a declaration yet: publish it in the admin, then the banner appears.',
      };
    return { ok: false, message: `${adminUrl} did not answer like a Smula admin (${failure}).` };
  }
  try {
    const config = (await res.json()) as {
      version?: unknown;
      publishedAt?: unknown;
      site?: { name?: unknown };
    };
    if (typeof config.version !== 'number') throw new Error('no version');
    return {
      ok: true,
      version: config.version,
      publishedAt: typeof config.publishedAt === 'string' ? config.publishedAt : null,
      siteName: typeof config.site?.name === 'string' ? config.site.name : null,
    };
  } catch {
    return {
      ok: false,
      message: `${adminUrl} answered, but not with a Smula config. Is this the admin's address?`,
    };
  }
}
