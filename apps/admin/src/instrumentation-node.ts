import { env } from '~/env';
import { scheduleConsentMaintenance } from '~/server/consent-store/maintenance';
import { getDb } from '~/server/db';

// The admin server's start, in the Node runtime only (see instrumentation.ts).

if (env.NEXT_PHASE !== 'phase-production-build' && env.SMULA_MAINTENANCE === '1')
  scheduleConsentMaintenance(getDb);
