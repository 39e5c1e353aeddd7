import { hash } from 'node:crypto';
import { canonicalJson } from '@smula/core';

/** The fields of a stored record that its chain hash covers: everything but the links. */
export interface TChainedFields {
  id: string;
  siteId: string;
  createdAt: Date;
  seq: number;
  consentId: string;
  action: string;
  choices: Record<string, boolean>;
  configVersion: number;
  configHash: string;
  textHash: string;
  locale: string;
  gpc: boolean;
  pagePath: string;
  userAgent: string | null;
  ipTruncated: string | null;
  region: string | null;
  /** Absent from the hash when null, so records stored before the column verify unchanged. */
  model: string | null;
  clientTime: Date | null;
  expiresAt: Date;
}

/** Where each site-day chain starts: 64 zeros, so the first record has a fixed predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** The UTC day a record's chain belongs to: `2026-12-03`. */
export function chainDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Every hashed field, so the serialiser below cannot miss one (a missing key fails to compile). */
const FIELDS = [
  'id',
  'siteId',
  'createdAt',
  'seq',
  'consentId',
  'action',
  'choices',
  'configVersion',
  'configHash',
  'textHash',
  'locale',
  'gpc',
  'pagePath',
  'userAgent',
  'ipTruncated',
  'region',
  'model',
  'clientTime',
  'expiresAt',
] as const satisfies readonly (keyof TChainedFields)[];
type TAllFields =
  Exclude<keyof TChainedFields, (typeof FIELDS)[number]> extends never ? true : never;
const allFields: TAllFields = true;

/** The fields in canonical JSON's key order (code units), each with its `"key":` prefix: sorted
 * once here rather than for every record. */
const ORDER = [...FIELDS]
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  .map((k) => [k, `${JSON.stringify(k)}:`] as const);

/**
 * The canonical JSON of a record's hashed fields, as `canonicalJson` would write it (the chain
 * test checks that on random records), without building and sorting an object per record:
 * dates as ISO strings in UTC with milliseconds, `model` only when set, `undefined` left out.
 */
export function chainContent(r: TChainedFields): string {
  void allFields;
  let out = '';
  for (const [key, prefix] of ORDER) {
    // A missing client time is written as null, as the column stores it.
    const v: unknown = key === 'clientTime' ? (r.clientTime ?? null) : r[key];
    if (v === undefined || (key === 'model' && !v)) continue;
    out += `${out ? ',' : '{'}${prefix}${v instanceof Date ? JSON.stringify(v.toISOString()) : canonicalJson(v)}`;
  }
  return `${out || '{'}}`;
}

/**
 * hash = SHA-256(prevHash + "\n" + canonical JSON of the record). Times as ISO strings in UTC
 * with milliseconds (the columns keep milliseconds), so a row read back hashes the same. Only
 * the fields of {@link TChainedFields}: a row's other properties are not hashed.
 */
export function chainHash(prevHash: string, r: TChainedFields): string {
  return hash('sha256', `${prevHash}\n${chainContent(r)}`, 'hex');
}
