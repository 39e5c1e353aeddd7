import type { Endpoint, PayloadRequest } from 'payload';
import { checkConnection, hostDeclared } from '../helpers/index.js';
import { resolveSettings, type TSmulaPluginOptions } from '../settings.js';
import { canManageSmula } from './access.js';
import { TEST_CONNECTION_PATH } from './constants.js';
import { getSmulaSettings } from './get-settings.js';

/**
 * `POST /api/smula/test-connection` with `{ adminUrl?, siteKey? }` (the form's unsaved values;
 * a missing key comes from the plugin options, a missing admin URL from the saved settings, as
 * in a tenant's form). It makes the server fetch a URL, so only those
 * who may change the settings may call it (the global's `update` rule): 401 when signed out,
 * 403 for anyone else.
 */
export function testConnectionEndpoint(options: TSmulaPluginOptions): Endpoint {
  return {
    path: TEST_CONNECTION_PATH,
    method: 'post',
    handler: async (req) => {
      if (!req.user)
        return Response.json(
          { error: { code: 'unauthorized', message: 'Sign in to test the connection.' } },
          { status: 401 },
        );
      if (!(await canManageSmula(req, options.access?.update)))
        return Response.json(
          {
            error: {
              code: 'forbidden',
              message: 'Only users who may change the Smula settings can test the connection.',
            },
          },
          { status: 403 },
        );
      let body: { adminUrl?: unknown; siteKey?: unknown } = {};
      try {
        body = ((await req.json?.()) ?? {}) as typeof body;
      } catch {}
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      // A tenant's form has no admin URL field: the saved settings' (global, then options) then.
      const adminUrl =
        text(body.adminUrl) ?? (await getSmulaSettings(req.payload)).adminUrl ?? null;
      const settings = resolveSettings(options, { adminUrl, siteKey: text(body.siteKey) });
      const check = await checkConnection(settings);
      if (!check.ok) return Response.json(check);
      // Where this CMS runs: its configured serverURL, else the host the editor reached it on.
      const host = cmsHost(req);
      return Response.json({
        ...check,
        cms: host ? { host, declared: hostDeclared(host, check.domains) } : null,
      });
    },
  };
}

/** The CMS's own host name: `serverURL` when set, else the request's Host header. */
export function cmsHost(req: PayloadRequest): string | null {
  try {
    const configured = req.payload.config.serverURL;
    if (configured) return new URL(configured).hostname;
    const host = req.headers.get('host');
    return host ? new URL(`http://${host}`).hostname : null;
  } catch {
    return null;
  }
}
