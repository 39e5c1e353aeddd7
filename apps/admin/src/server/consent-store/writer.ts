import { sql } from 'drizzle-orm';
import { describeError, errorCodes, isConnectionError, isDataError } from '../db/errors';
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

/** Tries of the one-statement path for a batch whose chain head moved, before the locked one. */
const OPTIMISTIC_ATTEMPTS = 3;

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
 * Each site-day's hash chain stays in order because a head moves only from where the batch
 * linked it (one statement, row-locked by the update) or while the batch holds its row lock.
 */
export class ConsentWriter {
  private queue: TPending[] = [];
  private inFlight = 0;
  /** Records in batches being committed. */
  private inFlightRecords = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** While the database is away: the pause before the next try (0 when it is up). */
  private retryMs = 0;
  /** Where each site-day chain ended after this writer's last batch (see `appendAtOnce`). */
  private readonly heads = new Map<string, THead>();
  private headsDay = '';
  /** Per site-day: the batch that goes to the database last (see `appendAtOnce`). */
  private readonly tails = new Map<string, Promise<void>>();

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
      /** Told of every batch that found a chain head moved, and how it was then written. */
      onChainMiss?: (resolvedBy: 'retry' | 'lock') => void;
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
    // Idempotency within the batch: a record id sent twice is written once.
    const firstIndex = new Map<string, number>();
    records.forEach((r, i) => {
      if (!firstIndex.has(r.id)) firstIndex.set(r.id, i);
    });
    const unique = [...firstIndex.values()].map((i) => records[i]!);
    let fresh: Set<string> | undefined;
    // Another instance moved the head (SMC01): read it again and relink, a read and a statement,
    // rather than the locked path, whose row lock is held over four round trips and made two
    // instances writing one site store a fifth of what one did. A record id stored before
    // (SMC02), or a head that keeps moving, takes the locked path.
    for (let attempt = 1; !fresh; attempt++) {
      try {
        await this.appendAtOnce(unique, createdAt);
        fresh = new Set(unique.map((r) => r.id));
        if (attempt > 1) this.options.onChainMiss?.('retry');
      } catch (err) {
        if (!isChainMiss(err)) throw err;
        if (attempt < OPTIMISTIC_ATTEMPTS && errorCodes(err).includes('SMC01')) continue;
        fresh = await this.appendLocked(unique, createdAt);
        this.options.onChainMiss?.('lock');
      }
    }
    return records.map((r, i) =>
      firstIndex.get(r.id) === i && fresh.has(r.id) ? 'stored' : 'duplicate',
    );
  }

  /**
   * The common case in one statement (`smula_append_consents`, migration 0011): the chains are
   * linked from the heads this writer last saw, and the database moves each head only if it is
   * still there, so a stale view costs a fallback, never a broken chain.
   */
  private async appendAtOnce(records: TRecordToWrite[], createdAt: Date): Promise<void> {
    const day = chainDay(createdAt);
    if (day !== this.headsDay) {
      // A new UTC day starts new chains: yesterday's ends are no longer needed.
      this.heads.clear();
      this.headsDay = day;
    }
    const siteIds = [...new Set(records.map((r) => r.siteId))].sort();
    const keys = siteIds.map((id) => headKey(id, day));
    // Batches of one chain go to the database in order: two in flight on two connections
    // could otherwise arrive the wrong way round, and the later one would find the head
    // where it does not expect it. Batches of other sites do not wait.
    const before = keys.flatMap((k) => this.tails.get(k) ?? []);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    for (const k of keys) this.tails.set(k, mine);
    try {
      await Promise.all(before);
      await this.appendInTurn(records, createdAt, day, siteIds);
    } finally {
      done();
      for (const k of keys) if (this.tails.get(k) === mine) this.tails.delete(k);
    }
  }

  private async appendInTurn(
    records: TRecordToWrite[],
    createdAt: Date,
    day: string,
    siteIds: string[],
  ): Promise<void> {
    const unknown = siteIds.filter((id) => !this.heads.has(headKey(id, day)));
    if (unknown.length) {
      const found = rowsOf<{ site_id: string; seq: number; hash: string }>(
        await this.db.execute(sql`
          SELECT site_id, seq, hash FROM consent_chain_heads
          WHERE day = ${day}::date AND site_id IN (${sql.join(
            unknown.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`),
      );
      for (const id of unknown) {
        const h = found.find((f) => f.site_id === id);
        this.heads.set(headKey(id, day), h ? { seq: h.seq, hash: h.hash } : GENESIS_HEAD);
      }
    }
    const start = new Map(siteIds.map((id) => [id, this.heads.get(headKey(id, day))!]));
    const { rows, ends } = linkChains(records, createdAt, start);
    const heads = siteIds.map((id) => ({
      site_id: id,
      day,
      prev_seq: start.get(id)!.seq,
      prev_hash: start.get(id)!.hash,
      seq: ends.get(id)!.seq,
      hash: ends.get(id)!.hash,
    }));
    const createdIso = createdAt.toISOString();
    const payload = rows.map((r) => ({
      id: r.id,
      site_id: r.siteId,
      created_at: createdIso,
      seq: r.seq,
      consent_id: r.consentId,
      action: r.action,
      choices: r.choices,
      config_version: r.configVersion,
      config_hash: r.configHash,
      text_hash: r.textHash,
      locale: r.locale,
      gpc: r.gpc,
      page_path: r.pagePath,
      user_agent: r.userAgent,
      ip_truncated: r.ipTruncated,
      region: r.region,
      model: r.model,
      client_time: r.clientTime ? r.clientTime.toISOString() : null,
      expires_at: r.expiresAt.toISOString(),
      prev_hash: r.prevHash,
      hash: r.hash,
    }));
    try {
      await this.db.execute(
        sql`SELECT smula_append_consents(${JSON.stringify(heads)}::jsonb, ${JSON.stringify(payload)}::jsonb)`,
      );
    } catch (err) {
      // Whatever failed, these heads may not be where this writer thinks: read them again.
      for (const id of siteIds) this.heads.delete(headKey(id, day));
      throw err;
    }
    for (const id of siteIds) this.heads.set(headKey(id, day), ends.get(id)!);
  }

  /**
   * The general path, for batches the one statement refused: in a transaction, with each
   * site-day's head row locked, so concurrent batches (or instances) append in turn. Returns
   * the ids that were new (the others were stored before).
   */
  private async appendLocked(records: TRecordToWrite[], createdAt: Date): Promise<Set<string>> {
    const day = chainDay(createdAt);
    const { fresh, ends } = await this.db.transaction(async (tx) => {
      const fresh = new Set(
        (
          await tx
            .insert(consentReceipts)
            .values(records.map((r) => ({ recordId: r.id, siteId: r.siteId, createdAt })))
            .onConflictDoNothing()
            .returning({ id: consentReceipts.recordId })
        ).map((r) => r.id),
      );
      const toWrite = records.filter((r) => fresh.has(r.id));
      if (!toWrite.length) return { fresh, ends: new Map<string, THead>() };
      const siteIds = [...new Set(toWrite.map((r) => r.siteId))].sort();
      // Create-or-lock each site's head for the day in one statement: the no-op update
      // takes the row lock, so concurrent batches (or instances) append in turn.
      const locked = rowsOf<{ site_id: string; seq: number; hash: string }>(
        await tx.execute(sql`
          INSERT INTO consent_chain_heads (site_id, day, seq, hash)
          VALUES ${sql.join(
            siteIds.map((id) => sql`(${id}::uuid, ${day}::date, 0, ${GENESIS_HASH})`),
            sql`, `,
          )}
          ON CONFLICT (site_id, day) DO UPDATE SET seq = consent_chain_heads.seq
          RETURNING site_id, seq, hash`),
      );
      const { rows, ends } = linkChains(
        toWrite,
        createdAt,
        new Map(locked.map((h) => [h.site_id, { seq: h.seq, hash: h.hash }])),
      );
      // The rows and the heads' new ends in one statement: one round trip fewer per batch.
      await tx.execute(sql`
        WITH ins AS ${tx.insert(consentRecords).values(rows)}
        UPDATE consent_chain_heads AS h SET seq = v.seq, hash = v.hash
        FROM (VALUES ${sql.join(
          siteIds.map((id) => sql`(${id}::uuid, ${ends.get(id)!.seq}::int, ${ends.get(id)!.hash})`),
          sql`, `,
        )}) AS v(site_id, seq, hash)
        WHERE h.site_id = v.site_id AND h.day = ${day}::date`);
      return { fresh, ends };
    });
    // Committed: the next batch can link from here without reading the heads.
    for (const [id, end] of ends) this.heads.set(headKey(id, day), end);
    return fresh;
  }
}

interface THead {
  seq: number;
  hash: string;
}

const GENESIS_HEAD: THead = { seq: 0, hash: GENESIS_HASH };

const headKey = (siteId: string, day: string) => `${siteId} ${day}`;

/** SQLSTATEs `smula_append_consents` raises when the one-statement path does not apply. */
function isChainMiss(err: unknown): boolean {
  return errorCodes(err).some((c) => c === 'SMC01' || c === 'SMC02');
}

/** Each record's place in its site's chain, from `start`; and where each chain ends. */
function linkChains(
  records: TRecordToWrite[],
  createdAt: Date,
  start: Map<string, THead>,
): { rows: (TChainedFields & { prevHash: string; hash: string })[]; ends: Map<string, THead> } {
  const ends = new Map(start);
  const rows = records.map((r) => {
    const h = ends.get(r.siteId)!;
    // Field by field rather than spread: the hashed fields only, and no rest object per record.
    const row = {
      id: r.id,
      siteId: r.siteId,
      createdAt,
      seq: h.seq + 1,
      consentId: r.consentId,
      action: r.action,
      choices: r.choices,
      configVersion: r.configVersion,
      configHash: r.configHash,
      textHash: r.textHash,
      locale: r.locale,
      gpc: r.gpc,
      pagePath: r.pagePath,
      userAgent: r.userAgent,
      ipTruncated: r.ipTruncated,
      region: r.region,
      model: r.model,
      clientTime: r.clientTime,
      expiresAt: r.expiry(createdAt),
      prevHash: h.hash,
      hash: '',
    };
    row.hash = chainHash(h.hash, row);
    ends.set(r.siteId, { seq: row.seq, hash: row.hash });
    return row;
  });
  return { rows, ends };
}
