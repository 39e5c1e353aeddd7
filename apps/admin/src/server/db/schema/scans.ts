import type { TScanFindingKind, TScanReport } from '@smula/core/scan';
import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { sites } from './sites';

export const SCAN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type TScanStatus = (typeof SCAN_STATUSES)[number];

export const SCAN_FREQUENCIES = ['off', 'weekly', 'monthly'] as const;
export type TScanFrequency = (typeof SCAN_FREQUENCIES)[number];

/** What lists and the Overview show of a finished scan, without reading its report. */
export interface TScanSummary {
  pagesOk: number;
  pagesFailed: number;
  observations: number;
  findings: Partial<Record<TScanFindingKind, number>>;
  /** Whether `window.Smula` was found on any scanned page (the install check). */
  smulaFound: boolean;
}

/**
 * One scan of one site: queued by a person or a schedule, run by a worker (pg-boss job
 * `scan`, or the admin's in-process runner on PGlite), its report kept whole. The row is the
 * truth the admin reads; the queue only says who runs it.
 */
export const scans = pgTable(
  'scans',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    status: text({ enum: SCAN_STATUSES }).notNull().default('queued'),
    url: text().notNull(),
    maxPages: integer().notNull().default(20),
    trigger: text({ enum: ['manual', 'schedule'] })
      .notNull()
      .default('manual'),
    pagesDone: integer().notNull().default(0),
    pagesTotal: integer().notNull().default(0),
    /** Times a worker started it (more than one: a worker died and the job was retried). */
    attempts: integer().notNull().default(0),
    report: jsonb().$type<TScanReport>(),
    summary: jsonb().$type<TScanSummary>(),
    error: text(),
    requestedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.siteId, t.createdAt),
    // One active scan per site, whoever asks and however many workers run (issue 14).
    uniqueIndex('scans_one_active_per_site')
      .on(t.siteId)
      .where(sql`${t.status} in ('queued', 'running')`),
  ],
);

/** A site's scan schedule; no row is "off". `nextRunAt` is when the next scan is due. */
export const scanSchedules = pgTable('scan_schedules', {
  siteId: uuid()
    .primaryKey()
    .references(() => sites.id, { onDelete: 'cascade' }),
  frequency: text({ enum: ['weekly', 'monthly'] }).notNull(),
  nextRunAt: timestamp({ withTimezone: true }).notNull(),
  updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
