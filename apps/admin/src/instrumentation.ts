import { env } from '~/env';

/** Next calls this once when a server process starts. */
export async function register() {
  // Node only (not the edge runtime), and only where the operator has not turned it off.
  if (env.NEXT_RUNTIME !== 'nodejs' || env.SMULA_MAINTENANCE !== '1') return;
  const { getDb } = await import('~/server/db');
  const { scheduleConsentMaintenance } = await import('~/server/consent-store/maintenance');
  scheduleConsentMaintenance(getDb);
}
