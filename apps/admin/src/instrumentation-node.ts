import { env } from '~/env';
import { scheduleConsentMaintenance } from '~/server/consent-store/maintenance';
import { getDatabase, getDb } from '~/server/db';
import { EmbeddedDatabaseBusyError } from '~/server/db/embedded/open-embedded';
import { publicBaseUrl } from '~/server/public-url';
import { productionConfigProblems } from '~/server/security/startup-config';
import { loadOcdOnFirstStart } from '~/server/services/ocd/snapshot';
import { getSetupState } from '~/server/services/setup/get-setup-state';
import { setupLink } from '~/server/setup-token';

/**
 * On a database without users, print where first-run setup is, with its one-time token: the
 * person who started the server can use it, someone who merely found the address cannot.
 */
async function announceSetup() {
  try {
    if (!(await getSetupState({ db: await getDb() })).needsSetup) return;
    // A token the operator chose (SMULA_SETUP_TOKEN) they already know: it is not echoed.
    console.info(
      env.SMULA_SETUP_TOKEN
        ? `\n  First-run setup: open ${publicBaseUrl()}/setup and enter SMULA_SETUP_TOKEN\n`
        : `\n  First-run setup: open ${setupLink(publicBaseUrl())}\n`,
    );
  } catch {
    // The database is not there yet; the first request reports that.
  }
}

// The admin server's start, in the Node runtime only (see instrumentation.ts).

if (env.NEXT_PHASE !== 'phase-production-build') {
  const problems = productionConfigProblems(env);
  if (problems.length) {
    // A production server with a guessed public URL would bake the wrong address into cached
    // banner scripts and cookies: refuse to run instead.
    for (const p of problems) console.error(`Configuration: ${p}`);
    process.exit(1);
  }
  void announceSetup();
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
  // A fresh install gets the shipped Open Cookie Database snapshot once (issue 18), in the
  // background: suggestions and known vendors work without a download.
  void getDb()
    .then(loadOcdOnFirstStart)
    .then((loaded) => loaded && console.info('Loaded the Open Cookie Database snapshot.'))
    .catch((err: Error) => console.error(`Open Cookie Database snapshot: ${err.message}`));
  // Embedded database: no workers can join it, so the admin runs scans itself (issue 14).
  if (!env.DATABASE_URL && env.SMULA_SCAN_IN_PROCESS === '1')
    void import('~/server/scan-jobs/in-process-runner')
      .then(async ({ startInProcessScans }) => startInProcessScans(await getDb()))
      .catch((err: Error) => console.error(`Scans: ${err.message}`));
  // Webhooks likewise (issue 20): the embedded database's outbox is sent from this process.
  if (!env.DATABASE_URL && env.SMULA_WEBHOOK_IN_PROCESS === '1')
    void import('~/server/webhook-jobs/in-process-runner')
      .then(async ({ startInProcessWebhooks }) => startInProcessWebhooks(await getDb()))
      .catch((err: Error) => console.error(`Webhooks: ${err.message}`));
}
