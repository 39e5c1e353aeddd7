import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AnswerTally, TalliedHistogram } from './answer-tally';

const DURATION_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10,
];

/**
 * The public plane's Prometheus metrics, on a registry of its own (nothing global, so tests
 * and a second server in one process do not collide). Labels are fixed sets: route names and
 * status codes, never paths or site keys, so their number stays bounded.
 */
export function createPublicMetrics(options: { buffered: () => number }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'smula_public_' });
  // Requests are counted and timed in plain numbers (see answer-tally.ts), read when scraped.
  const tally = new AnswerTally(DURATION_BUCKETS);
  new Counter({
    name: 'smula_public_requests_total',
    help: 'Requests answered, by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const r of tally.recorders()) this.inc({ route: r.route, status: r.status }, r.count);
    },
  });
  registry.registerMetric(
    new TalliedHistogram(
      'smula_public_request_duration_seconds',
      'Time to answer a request, by route.',
      tally,
    ) as unknown as Histogram,
  );
  const batches = new Histogram({
    name: 'smula_public_consent_batch_size',
    help: 'Consent records per committed batch.',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500],
    registers: [registry],
  });
  new Gauge({
    name: 'smula_public_consent_buffered_records',
    help: 'Consent records waiting for their commit (held while the database is away).',
    registers: [registry],
    collect() {
      this.set(options.buffered());
    },
  });
  const dbErrors = new Counter({
    name: 'smula_public_database_errors_total',
    help: 'Failed database reads and writes, by what failed.',
    labelNames: ['operation'] as const,
    registers: [registry],
  });
  const chainMisses = new Counter({
    name: 'smula_public_consent_chain_misses_total',
    help: 'Consent batches that found their chain head moved by another instance, by how they were then written.',
    labelNames: ['resolved_by'] as const,
    registers: [registry],
  });
  return {
    registry,
    batches,
    dbErrors,
    chainMisses,
    /** The recorder for answers of one route and status (keep it: finding it costs a lookup). */
    recorder: (route: string, status: number) => tally.recorder(route, status),
  };
}

export type TPublicMetrics = ReturnType<typeof createPublicMetrics>;
