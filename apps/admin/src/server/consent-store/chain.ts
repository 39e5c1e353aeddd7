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

/**
 * hash = SHA-256(prevHash + "\n" + canonical JSON of the record). Times as ISO strings in UTC
 * with milliseconds (the columns keep milliseconds), so a row read back hashes the same.
 */
export function chainHash(prevHash: string, r: TChainedFields): string {
  const { model, ...rest } = r;
  const content = canonicalJson({
    ...rest,
    ...(model ? { model } : {}),
    createdAt: r.createdAt.toISOString(),
    clientTime: r.clientTime ? r.clientTime.toISOString() : null,
    expiresAt: r.expiresAt.toISOString(),
  });
  return hash('sha256', `${prevHash}\n${content}`, 'hex');
}
