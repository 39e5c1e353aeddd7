import { sql } from 'drizzle-orm';
import { describeError, isConnectionError, isDataError } from '../db/errors';
import { rowsOf } from '../db/rows';
import { consentReceipts, consentRecords } from '../db/schema/consents';
import type { TDb } from '../db/types';
import { chainDay, chainHash, GENESIS_HASH, type TChainedFields } from './chain';
import { ensureConsentPartitions } from './partitions';

/** A record as ingestion prepared it; the writer adds the time and the chain links. */
export type TRecordToWrite = Omit<TChainedFields, 'createdAt' | 'seq' | 'expiresAt'> & {
  expiry: (at: Date) => Date;
};

export type TWriteOutcome = 'stored' | 'duplicate';

interface TPending {
  record: TRecordToWrite;
  resolve: (outcome: TWriteOutcome) => void;
  reject: (err: unknown) => void;
  /** When the record arrived (ms, the writer's clock): it is held at most `holdMs` from here. */
  since: number;
}

/** The database is away and the writer already holds as many records as it may: not taken. */
export class WriterFullError extends Error {
  constructor() {
    super('The consent writer holds as many records as it may while the database is away.');
    this.name = 'WriterFullError';
  }
}

/** Retries of a held batch: soon at first, then at most once a second. */
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 1000;

/** The database refused this record's content (a data or integrity error) when written alone:
 * it will never be stored, and it failed no other record. */
export class RecordRefusedError extends Error {
  constructor(readonly recordId: string) {
    super(`The database refused record ${recordId}.`);
    this.name = 'RecordRefusedError';
  }
}

/** Record ids for a log line: enough to find them, never their content. */
function idList(batch: TPending[], max = 20): string {
  const ids = batch.slice(0, max).map((p) => p.record.id);
  return `${ids.join(', ')}${batch.length > max ? ` and ${batch.length - max} more` : ''}`;
}

function isMissingPartition(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const m = `${e?.message ?? ''} ${e?.cause?.message ?? ''}`;
  return /no partition of relation/.test(m);
}

/**
 * Group commit for consent records. Requests wait while the current batch commits; the next
 * batch takes everything that arrived meanwhile (up to `maxBatch`) into one transaction. Each
 * promise settles only after its batch has committed, so a 2xx always means stored.
 *
 * Two batches may commit at once: while one waits on the database the next is being built.
 * Each site-day's hash chain stays in order because a batch appends only while it holds that
 * chain's head row lock.
 */
export class ConsentWriter {
  private queue: TPending[] = [];
  private inFlight = 0;
  /** Records in batches being committed. */
  private inFlightRecords = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** While the database is away: the pause before the next try (0 when it is up). */
  private retryMs = 0;

  constructor(
    private readonly db: TDb,
    private readonly options: {
      maxBatch?: number;
      lingerMs?: number;
      /** Batches committing at once; the chain-head row lock keeps each site-day in order. */
      maxInFlight?: number;
      now?: () => Date;
      /**
       * While the database is unreachable, how long a record is held (its request kept
       * waiting) and retried before it fails with the connection error; 0 (default): fail at
       * once. The request is answered only after its commit either way.
       */
      holdMs?: number;
      /** At most this many records held while the database is away; more fail at once. */
      maxHeld?: number;
      /** Told the size of every batch that commits (for metrics). */
      onBatch?: (size: number) => void;
      /** Told of every failed commit (for metrics). */
      onFailure?: (err: unknown) => void;
    } = {},
  ) {}

  /** Records waiting or being committed. */
  get pending(): number {
    return this.queue.length + this.inFlightRecords;
  }

  write(record: TRecordToWrite): Promise<TWriteOutcome> {
    if (this.retryMs && this.pending >= (this.options.maxHeld ?? 10_000))
      return Promise.reject(new WriterFullError());
    return new Promise((resolve, reject) => {
      this.queue.push({ record, resolve, reject, since: Date.now() });
      this.schedule();
    });
  }

  /** Resolves once everything queued so far has been written (or failed). */
  async drain(): Promise<void> {
    while (this.queue.length || this.inFlight) await new Promise((r) => setTimeout(r, 2));
  }

  private schedule(): void {
    if (this.timer || this.inFlight >= (this.options.maxInFlight ?? 2)) return;
    // A short linger gathers concurrent requests into one transaction; under load the batches
    // in flight already do that, so the linger only matters when traffic is light. While the
    // database is away, the next try waits for the retry pause instead.
    this.timer = setTimeout(
      () => {
        this.timer = null;
        void this.runOne();
      },
      this.retryMs || (this.options.lingerMs ?? 2),
    );
  }

  private async runOne(): Promise<void> {
    const batch = this.queue.splice(0, this.options.maxBatch ?? 500);
    if (!batch.length) return;
    this.inFlight++;
    this.inFlightRecords += batch.length;
    try {
      await this.settle(batch);
    } finally {
      this.inFlight--;
      this.inFlightRecords -= batch.length;
      if (this.queue.length) this.schedule();
    }
  }

  /**
   * A batch that failed because the database is away: records younger than `holdMs` go back
   * to the front of the queue for the next try (their requests still wait), older ones fail.
   * Retrying is safe: the receipts table makes a record that did commit (its COMMIT's answer
   * lost with the connection) come back as a duplicate, never a second row.
   */
  private hold(batch: TPending[], err: unknown): boolean {
    const holdMs = this.options.holdMs ?? 0;
    if (!holdMs) return false;
    const now = Date.now();
    const keep: TPending[] = [];
    for (const p of batch) {
      if (now - p.since < holdMs) keep.push(p);
      else p.reject(err);
    }
    this.queue.unshift(...keep);
    this.retryMs = this.retryMs ? Math.min(this.retryMs * 2, RETRY_MAX_MS) : RETRY_MIN_MS;
    return true;
  }

  /**
   * Commits a batch and settles its promises. When the batch fails for any reason but a lost
   * connection, its halves are committed separately (and theirs, down to single records), so a
   * record the database refuses fails alone and never takes other visitors' records with it.
   * Each retry is its own transaction appending at the chain head, so the chain stays whole.
   * Logs name the error's class and code, the batch size and record ids: never field values.
   */
  private async settle(batch: TPending[]): Promise<void> {
    let outcomes: TWriteOutcome[];
    try {
      outcomes = await this.commit(batch.map((p) => p.record));
    } catch (err) {
      this.options.onFailure?.(err);
      if (batch.length > 1 && !isConnectionError(err)) {
        console.error(
          `consent batch of ${batch.length} not stored: ${describeError(err)}; retrying it in halves`,
        );
        const half = Math.ceil(batch.length / 2);
        await this.settle(batch.slice(0, half));
        await this.settle(batch.slice(half));
        return;
      }
      if (isConnectionError(err) && this.hold(batch, err)) {
        console.error(
          `consent batch of ${batch.length} not stored yet: ${describeError(err)}; held, retrying in ${this.retryMs} ms`,
        );
        return;
      }
      console.error(
        `consent record(s) not stored: ${describeError(err)}; ${batch.length} record(s): ${idList(batch)}`,
      );
      const refused = batch.length === 1 && isDataError(err);
      for (const p of batch) p.reject(refused ? new RecordRefusedError(p.record.id) : err);
      return;
    }
    this.retryMs = 0;
    this.options.onBatch?.(batch.length);
    for (const [i, p] of batch.entries()) p.resolve(outcomes[i]!);
  }

  private async commit(records: TRecordToWrite[]): Promise<TWriteOutcome[]> {
    const createdAt = this.options.now?.() ?? new Date();
    try {
      return await this.commitAt(records, createdAt);
    } catch (err) {
      if (!isMissingPartition(err)) throw err;
      await ensureConsentPartitions(this.db, createdAt);
      return this.commitAt(records, createdAt);
    }
  }

  private async commitAt(records: TRecordToWrite[], createdAt: Date): Promise<TWriteOutcome[]> {
    const day = chainDay(createdAt);
    return this.db.transaction(async (tx) => {
      // Idempotency: only ids that were not seen before (in this batch or ever) are written.
      const firstIndex = new Map<string, number>();
      records.forEach((r, i) => {
        if (!firstIndex.has(r.id)) firstIndex.set(r.id, i);
      });
      const unique = [...firstIndex.values()].map((i) => records[i]!);
      const fresh = new Set(
        (
          await tx
            .insert(consentReceipts)
            .values(unique.map((r) => ({ recordId: r.id, siteId: r.siteId, createdAt })))
            .onConflictDoNothing()
            .returning({ id: consentReceipts.recordId })
        ).map((r) => r.id),
      );
      const toWrite = unique.filter((r) => fresh.has(r.id));
      if (toWrite.length) {
        const siteIds = [...new Set(toWrite.map((r) => r.siteId))].sort();
        // Create-or-lock each site's head for the day in one statement: the no-op update
        // takes the row lock, so concurrent batches (or instances) append in turn.
        const heads = rowsOf<{ site_id: string; seq: number; hash: string }>(
          await tx.execute(sql`
            INSERT INTO consent_chain_heads (site_id, day, seq, hash)
            VALUES ${sql.join(
              siteIds.map((id) => sql`(${id}::uuid, ${day}::date, 0, ${GENESIS_HASH})`),
              sql`, `,
            )}
            ON CONFLICT (site_id, day) DO UPDATE SET seq = consent_chain_heads.seq
            RETURNING site_id, seq, hash`),
        );
        const head = new Map(heads.map((h) => [h.site_id, { seq: h.seq, hash: h.hash }]));
        const rows = toWrite.map((r) => {
          const h = head.get(r.siteId)!;
          const { expiry, ...fields } = r;
          const full: TChainedFields = {
            ...fields,
            createdAt,
            seq: h.seq + 1,
            expiresAt: expiry(createdAt),
          };
          const hash = chainHash(h.hash, full);
          head.set(r.siteId, { seq: full.seq, hash });
          return { ...full, prevHash: h.hash, hash };
        });
        // The rows and the heads' new ends in one statement: one round trip fewer per batch.
        await tx.execute(sql`
          WITH ins AS ${tx.insert(consentRecords).values(rows)}
          UPDATE consent_chain_heads AS h SET seq = v.seq, hash = v.hash
          FROM (VALUES ${sql.join(
            siteIds.map(
              (id) => sql`(${id}::uuid, ${head.get(id)!.seq}::int, ${head.get(id)!.hash})`,
            ),
            sql`, `,
          )}) AS v(site_id, seq, hash)
          WHERE h.site_id = v.site_id AND h.day = ${day}::date`);
      }
      return records.map((r, i) =>
        firstIndex.get(r.id) === i && fresh.has(r.id) ? 'stored' : 'duplicate',
      );
    });
  }
}
