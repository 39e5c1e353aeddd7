import type { Server } from 'node:http';
import { format } from 'node:util';
import { sql } from 'drizzle-orm';
import pino, { type Logger } from 'pino';
import { env } from '~/env';
import { createIngestDeps } from '../consent-ingest/runtime';
import type { TDb } from '../db/types';
import { deliveryCaches, observeDelivery, warmLivePointers } from '../delivery/deliver';
import { LivePointerListener } from '../delivery/live-channel';
import { regionSourceFromEnv } from '../geo/region-source';
import { publicBaseUrl } from '../public-url';
import { createPublicMetrics } from './metrics';
import { createPublicServer } from './server';

/** A running public plane: `stop()` is the graceful shutdown SIGTERM triggers. */
export interface TPublicPlane {
  server: Server;
  log: Logger;
  stop: () => Promise<void>;
}

/** The process's log lines as pino JSON, including what shared code writes with console. */
function jsonLogs(): Logger {
  const log = pino({ level: env.SMULA_LOG_LEVEL, base: { service: 'smula-public' } });
  // Shared code (writer, delivery) logs through console; its lines name error classes and
  // codes, never record contents or addresses. Keep them in the same JSON stream.
  console.error = (...args: unknown[]) => log.error(format(...args));
  console.warn = (...args: unknown[]) => log.warn(format(...args));
  console.info = (...args: unknown[]) => log.info(format(...args));
  return log;
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref()),
  ]);

/**
 * Starts `smula public` on `db`: warms every site's live pointer, listens for publishes
 * (PostgreSQL), serves, and stops gracefully: no new connections, open requests answered,
 * the consent writer's batches committed, then resolves.
 */
export async function startPublicPlane(options: {
  db: TDb;
  databaseUrl: string | undefined;
  port: number;
  host: string;
}): Promise<TPublicPlane> {
  const log = jsonLogs();
  // A country database that cannot be read stops the start here, with the reason.
  const region = await regionSourceFromEnv()();
  const caches = deliveryCaches();
  let ingest: ReturnType<typeof createIngestDeps> | undefined;
  const metrics = createPublicMetrics({ buffered: () => ingest?.writer.pending ?? 0 });
  ingest = createIngestDeps(options.db, {
    onBatch: (n) => metrics.batches.observe(n),
    onFailure: () => metrics.dbErrors.inc({ operation: 'consent_write' }),
    onChainMiss: (resolvedBy) => metrics.chainMisses.inc({ resolved_by: resolvedBy }),
  });
  const deps = ingest;
  observeDelivery({ readFailed: () => metrics.dbErrors.inc({ operation: 'delivery_read' }) });

  const listener = options.databaseUrl
    ? new LivePointerListener(options.databaseUrl, caches, (m) => log.warn(m))
    : null;
  await listener?.start();

  let warmed = false;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  const warm = async () => {
    try {
      const n = await warmLivePointers(options.db, caches);
      warmed = true;
      log.info({ sites: n }, 'live pointers loaded');
    } catch {
      metrics.dbErrors.inc({ operation: 'warm' });
      warmTimer = setTimeout(() => void warm(), 2000);
    }
  };
  await warm();

  const server = createPublicServer({
    deps: {
      db: async () => options.db,
      ingest: async () => deps,
      publicUrl: publicBaseUrl(),
      region: async () => region,
      proxies: deps.proxies,
      caches,
    },
    metrics,
    log,
    ready: async () => {
      if (!warmed || (listener && !listener.connected)) return false;
      await within(options.db.execute(sql`select 1`), 2000);
      return true;
    },
  });
  // Longer than any proxy's idle keep-alive is a common cause of resets under load balancers.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  log.info(`Smula public plane on http://${options.host}:${port}`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('stopping: no new connections; answering open requests, flushing consent batches');
      clearTimeout(warmTimer);
      await new Promise<void>((resolve) => {
        // Keep-alive connections whose request was still waiting go idle later: close each
        // as it does, so the server closes once the last answer is out.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
      });
      log.info('connections closed');
      await deps.writer.drain();
      log.info('consent batches flushed');
      await listener?.end();
      log.info('stopped');
    })());
  return { server, log, stop };
}
