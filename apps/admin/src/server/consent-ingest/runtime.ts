import { env } from '~/env';
import { ConsentWriter } from '../consent-store/writer';
import { getDb } from '../db';
import { DatabaseAvailability } from '../db/availability';
import type { TDb } from '../db/types';
import type { TIngestDeps } from './ingest';
import { parseTrustedProxies } from './ip';
import { RateLimiter } from './rate-limit';
import { VersionCache } from './versions';

/** Ingestion's parts for a database, configured from the environment. */
export function createIngestDeps(
  db: TDb,
  options: Pick<
    NonNullable<ConstructorParameters<typeof ConsentWriter>[1]>,
    'onBatch' | 'onFailure' | 'onChainMiss'
  > = {},
): TIngestDeps {
  return {
    db,
    versions: new VersionCache(),
    writer: new ConsentWriter(db, {
      holdMs: env.SMULA_CONSENT_HOLD_SECONDS * 1000,
      maxHeld: env.SMULA_CONSENT_HOLD_RECORDS,
      onBatch: options.onBatch,
      onFailure: options.onFailure,
      onChainMiss: options.onChainMiss,
    }),
    perIp: new RateLimiter(env.SMULA_CONSENT_RATE_PER_IP),
    perSite: new RateLimiter(env.SMULA_CONSENT_RATE_PER_SITE),
    proxies: parseTrustedProxies(env.SMULA_TRUSTED_PROXIES),
    availability: new DatabaseAvailability(),
  };
}

// One set per process, on globalThis for the same reason as the database handle: Next gives
// each route bundle its own module copy, and two writers would each keep their own batches.
const holder = globalThis as typeof globalThis & { __smulaIngest?: Promise<TIngestDeps> };

export function getIngestDeps(): Promise<TIngestDeps> {
  holder.__smulaIngest ??= getDb()
    .then(createIngestDeps)
    .catch((err) => {
      holder.__smulaIngest = undefined;
      throw err;
    });
  return holder.__smulaIngest;
}
