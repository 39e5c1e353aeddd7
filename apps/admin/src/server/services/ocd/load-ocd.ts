import { parseOpenCookieDatabaseCsv, type TOcdRow } from '@smula/core/import';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TDbOrTx } from '../../db/client';
import { ocdEntries, ocdLoads } from '../../db/schema/ocd';
import { say, ValidationError } from '../errors';

/** The official CSV is ~1 MB; 20 MB bounds the work a mistaken path or URL can cause. */
export const MAX_OCD_CHARS = 20_000_000;

export const ZLoadOcdInput = z.object({
  csvText: z.string().max(MAX_OCD_CHARS, 'The file is too large for the Open Cookie Database.'),
  /** Path or URL it came from; stored without credentials or query string. */
  source: z.string().trim().min(1).max(2000),
});

const CHUNK = 500;

/** A URL without user, password, query or fragment (tokens live there); a path as given. */
export function displaySource(source: string): string {
  if (!/^https?:\/\//i.test(source)) return source;
  try {
    const url = new URL(source);
    return `${url.origin}${url.pathname}`;
  } catch {
    return source;
  }
}

/**
 * Replaces the Open Cookie Database with the CSV's rows, all at once: readers see the old set
 * or the new one, never half. An operator action (the CLI); global reference data, so there is
 * no organisation and no audit entry. A file without a single usable row is refused rather than
 * allowed to empty the table. Rows repeating an ID keep the first one, with a warning.
 */
export async function loadOcd(db: TDbOrTx, raw: z.input<typeof ZLoadOcdInput>) {
  const input = ZLoadOcdInput.parse(raw);
  const { rows: parsed, warnings } = parseOpenCookieDatabaseCsv(input.csvText);
  const byId = new Map<string, TOcdRow>();
  for (const row of parsed) {
    if (byId.has(row.id)) {
      warnings.push({
        text: row.id,
        message: `${row.name}: ID ${row.id} repeats; kept the first.`,
      });
    } else byId.set(row.id, row);
  }
  const rows = [...byId.values()];
  if (rows.length === 0) {
    throw new ValidationError(say('ocdNoRows'), {
      issues: warnings.slice(0, 20).map((w) => w.message),
    });
  }
  const source = displaySource(input.source);
  return db.transaction(async (tx) => {
    const loadedAt = new Date();
    // Explicitly unbounded: a load replaces the whole reference set.
    await tx.delete(ocdEntries).where(sql`true`);
    for (let i = 0; i < rows.length; i += CHUNK) {
      await tx.insert(ocdEntries).values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, loadedAt })));
    }
    await tx
      .insert(ocdLoads)
      .values({ source, rows: rows.length, warnings: warnings.length, loadedAt });
    return { rows: rows.length, skipped: parsed.length - rows.length, warnings, source, loadedAt };
  });
}
