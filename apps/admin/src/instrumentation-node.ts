import { env } from '~/env';
import { scheduleConsentMaintenance } from '~/server/consent-store/maintenance';
import { getDatabase, getDb } from '~/server/db';

// The admin server's start, in the Node runtime only (see instrumentation.ts).

if (env.NEXT_PHASE !== 'phase-production-build') {
  // The embedded database is opened at start rather than on the first request, so that the
  // server holds its data directory and serves it to `pnpm smula` commands from the outset.
  // A failure is logged, and the first request tries again.
  if (!env.DATABASE_URL)
    getDatabase().catch((err: Error) => console.error(`Embedded database: ${err.message}`));
  if (env.SMULA_MAINTENANCE === '1') scheduleConsentMaintenance(getDb);
}
