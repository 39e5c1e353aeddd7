import { env } from '~/env';
import { scheduleConsentMaintenance } from '~/server/consent-store/maintenance';
import { getDatabase, getDb } from '~/server/db';
import { EmbeddedDatabaseBusyError } from '~/server/db/embedded/open-embedded';

// The admin server's start, in the Node runtime only (see instrumentation.ts).

if (env.NEXT_PHASE !== 'phase-production-build') {
  // The embedded database is opened at start rather than on the first request, so that the
  // server holds its data directory and serves it to `pnpm smula` commands from the outset.
  if (!env.DATABASE_URL)
    getDatabase().catch((err: Error) => {
      console.error(`Embedded database: ${err.message}`);
      // Another process has it (another admin, or a command that did not let go in time): a
      // server that cannot have its database refuses to run rather than answer every request
      // with an error. Other failures are retried by the first request.
      if (err instanceof EmbeddedDatabaseBusyError) process.exit(1);
    });
  if (env.SMULA_MAINTENANCE === '1') scheduleConsentMaintenance(getDb);
}
