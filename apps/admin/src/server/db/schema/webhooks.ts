import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { sites } from './sites';

export const WEBHOOK_EVENT_TYPES = ['config.published', 'webhook.test'] as const;
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'sending', 'succeeded', 'failed'] as const;
export type TWebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/**
 * Where a site's events are POSTed (issue 20). The secret signs every delivery; it is kept as
 * it is because signing needs it, is shown once (at creation and rotation) and never read back
 * by the admin's pages, logs or audit entries.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    description: text().notNull().default(''),
    enabled: boolean().notNull().default(true),
    secret: text().notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.siteId)],
);

/**
 * The outbox: one row per event per endpoint, written in the transaction that publishes, so a
 * publish that commits always has its deliveries and one that rolls back has none. Workers
 * claim due rows (`status` pending, `nextAttemptAt` passed, or `sending` with a lapsed lease)
 * and record every attempt. The body is stored as sent, so a retry or a redelivery sends the
 * same bytes under the same event id.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    /** The event's id (the `Smula-Event-Id` header): shared by its retries and redeliveries. */
    eventId: uuid().notNull(),
    eventType: text({ enum: WEBHOOK_EVENT_TYPES }).notNull(),
    /** The published version the event is about, when it is about one (for the log). */
    version: integer(),
    body: text().notNull(),
    status: text({ enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** Pending: when the next attempt is due. Sending: when the claim lapses. */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastStatusCode: integer(),
    lastError: text(),
    redeliveryOf: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.siteId, t.createdAt),
    index('webhook_deliveries_due')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
    // One delivery of an event per endpoint, redeliveries aside: a publish retried by the
    // caller cannot queue the same event twice.
    uniqueIndex('webhook_deliveries_event_endpoint')
      .on(t.eventId, t.endpointId)
      .where(sql`${t.redeliveryOf} is null`),
  ],
);

/** Every attempt at a delivery, for the log: status code or error, and how long it took. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid().primaryKey().defaultRandom(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    durationMs: integer().notNull(),
    statusCode: integer(),
    error: text(),
    /** The start of the receiver's answer. */
    responseBody: text(),
  },
  (t) => [index().on(t.deliveryId)],
);
