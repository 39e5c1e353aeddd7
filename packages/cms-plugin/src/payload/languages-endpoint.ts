import type { Endpoint } from 'payload';
import { checkConnection, type TConnectionCheck } from '../helpers/index.js';
import type { TSmulaPluginOptions } from '../settings.js';
import { isAdminUser } from './access.js';
import { LANGUAGES_PATH } from './constants.js';
import { getSmulaSettings } from './get-settings.js';

type TLanguages =
  | { ok: true; locales: string[]; defaultLocale: string | null }
  | Extract<TConnectionCheck, { ok: false }>;

// Per process, short: the block's select asks on every form it opens.
let memo: { key: string; at: number; value: TLanguages } | null = null;
const MEMO_MS = 30_000;

/**
 * `GET /api/smula/languages`: the languages the site's live version publishes in Smula, for
 * the Cookie declaration block's language select. For the CMS's users only (the admin's auth
 * collection): it makes the server ask the admin.
 */
export function languagesEndpoint(_options: TSmulaPluginOptions): Endpoint {
  return {
    path: LANGUAGES_PATH,
    method: 'get',
    handler: async (req) => {
      if (!isAdminUser(req))
        return Response.json(
          { error: { code: 'unauthorized', message: 'Sign in to the CMS.' } },
          { status: req.user ? 403 : 401 },
        );
      const settings = await getSmulaSettings(req.payload);
      const key = `${settings.adminUrl}|${settings.siteKey}`;
      if (memo && memo.key === key && Date.now() - memo.at < MEMO_MS)
        return Response.json(memo.value);
      const check = await checkConnection(settings);
      const value: TLanguages = check.ok
        ? { ok: true, locales: check.locales, defaultLocale: check.defaultLocale }
        : check;
      if (check.ok) memo = { key, at: Date.now(), value };
      return Response.json(value);
    },
  };
}
