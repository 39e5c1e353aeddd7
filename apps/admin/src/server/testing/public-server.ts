import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { TIngestDeps } from '../consent-ingest/ingest';
import type { TDb } from '../db/types';
import { createDeliveryCaches, type TDeliveryCaches } from '../delivery/deliver';
import type { TRegionSource } from '../geo/country-db';
import { createPublicMetrics } from '../public-plane/metrics';
import { createPublicServer } from '../public-plane/server';
import { publicBaseUrl } from '../public-url';
import { testIngestDeps } from './consents';

/**
 * `smula public`'s HTTP server in this process over `db`, on a free port, with its own caches
 * (unless given), ingestion without limits (unless given) and no region source (unless given). Answers as the CLI's does.
 */
export async function startTestPublicServer(
  db: TDb,
  over: { ingest?: TIngestDeps; caches?: TDeliveryCaches; region?: TRegionSource } = {},
) {
  const ingest = over.ingest ?? testIngestDeps(db);
  const server = createPublicServer({
    deps: {
      db: async () => db,
      ingest: async () => ingest,
      publicUrl: publicBaseUrl(),
      caches: over.caches ?? createDeliveryCaches(),
      ...(over.region && { region: async () => over.region! }),
    },
    metrics: createPublicMetrics({ buffered: () => ingest.writer.pending }),
    log: pino({ level: 'silent' }),
    ready: async () => true,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
