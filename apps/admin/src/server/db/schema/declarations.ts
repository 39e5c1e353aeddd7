import type {
  TConsentSignal,
  TDuration,
  TGcmSignal,
  TLegalBasis,
  TLocalizedText,
  TMatchKind,
  TStorageType,
  TTransferMechanism,
} from '@smula/core';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { sites } from './sites';

const revision = () => integer().notNull().default(1);
const stamps = () => ({
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const categories = pgTable(
  'categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    required: boolean().notNull().default(false),
    order: integer().notNull().default(0),
    gcmSignals: jsonb().$type<TGcmSignal[]>().notNull().default([]),
    name: jsonb().$type<TLocalizedText>().notNull().default({}),
    description: jsonb().$type<TLocalizedText>().notNull().default({}),
    legalBasis: text().$type<TLegalBasis>(),
    revision: revision(),
    ...stamps(),
  },
  (t) => [unique().on(t.siteId, t.key)],
);

export const vendors = pgTable(
  'vendors',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    /** The declaration's stable vendor id (`google`), unique per site. */
    slug: text().notNull(),
    name: text().notNull(),
    legalName: text(),
    privacyPolicyUrl: text(),
    optOutUrl: text(),
    countries: jsonb().$type<string[]>().notNull().default([]),
    dpfCertified: boolean().notNull().default(false),
    transferMechanism: text().$type<TTransferMechanism>(),
    retention: jsonb().$type<TLocalizedText>(),
    description: jsonb().$type<TLocalizedText>().notNull().default({}),
    defaultCategoryKey: text(),
    legalBasis: text().$type<TLegalBasis>(),
    /** Hosts the vendor serves from, for automatic blocking (`TVendor.hosts`). */
    hosts: jsonb().$type<string[]>().notNull().default([]),
    /** False: a blocked embed of this vendor stays blank instead of showing a placeholder. */
    embedPlaceholder: boolean().notNull().default(true),
    /** The vendor's own consent API the banner calls (`TVendor.consentSignal`). */
    consentSignal: text().$type<TConsentSignal>(),
    revision: revision(),
    ...stamps(),
  },
  (t) => [unique().on(t.siteId, t.slug)],
);

export const storageItems = pgTable(
  'storage_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    siteId: uuid()
      .notNull()
      .references(() => sites.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    matchKind: text().$type<TMatchKind>().notNull().default('exact'),
    type: text().$type<TStorageType>().notNull().default('cookie'),
    host: text(),
    party: text().$type<'first' | 'third'>().notNull().default('first'),
    duration: jsonb().$type<TDuration>().notNull(),
    purpose: jsonb().$type<TLocalizedText>().notNull().default({}),
    categoryId: uuid()
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    vendorId: uuid().references(() => vendors.id, { onDelete: 'set null' }),
    necessityJustification: text(),
    recipientCountries: jsonb().$type<string[]>(),
    legalBasis: text().$type<TLegalBasis>(),
    initiator: text(),
    source: text(),
    firstFoundUrl: text(),
    revision: revision(),
    ...stamps(),
  },
  (t) => [index().on(t.siteId, t.name), index().on(t.categoryId), index().on(t.vendorId)],
);
