// The only place this site reads its environment. All optional: `next build` runs without any.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(process.env.SMULA_REVALIDATE_SECONDS);

export const env = {
  /** SQLite file; `.data/` is git-ignored. */
  databaseUri: process.env.DATABASE_URI ?? `file:${join(here, '..', '.data', 'payload.db')}`,
  // A fixed fallback is fine for a local example; set PAYLOAD_SECRET anywhere real.
  payloadSecret: process.env.PAYLOAD_SECRET ?? 'example-site-secret-change-me',
  smulaAdminUrl: process.env.SMULA_ADMIN_URL || undefined,
  smulaSiteKey: process.env.SMULA_SITE_KEY || undefined,
  /**
   * `true` lets the plugin use an admin on this machine (`http://localhost:3000`: plain http,
   * a loopback address): for trying the example next to `pnpm start` and for the browser
   * tests. Never on a real site.
   */
  smulaAllowLocalAdmin: process.env.SMULA_ALLOW_LOCAL_ADMIN === 'true',
  /**
   * The signing secret of this site's webhook endpoint in the Smula admin (`whsec_…`): a
   * publish then refreshes the site at once (`POST /api/smula/webhook`). Unset: no endpoint.
   */
  smulaWebhookSecret: process.env.SMULA_WEBHOOK_SECRET || undefined,
  /** Short in the browser tests, so a publish shows within seconds. */
  smulaRevalidateSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
};
