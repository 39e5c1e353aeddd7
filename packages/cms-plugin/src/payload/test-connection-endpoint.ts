import type { Endpoint } from 'payload';
import { checkConnection } from '../helpers/index.js';
import { resolveSettings, type TSmulaPluginOptions } from '../settings.js';
import { TEST_CONNECTION_PATH } from './constants.js';

/**
 * `POST /api/smula/test-connection` with `{ adminUrl?, siteKey? }` (the form's unsaved values;
 * missing ones come from the plugin options). Signed-in users only: it makes the server fetch
 * a URL, so anonymous callers must not be able to point it anywhere.
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
      let body: { adminUrl?: unknown; siteKey?: unknown } = {};
      try {
        body = ((await req.json?.()) ?? {}) as typeof body;
      } catch {}
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      const settings = resolveSettings(options, {
        adminUrl: text(body.adminUrl),
        siteKey: text(body.siteKey),
      });
      return Response.json(await checkConnection(settings));
    },
  };
}
