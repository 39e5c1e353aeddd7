import { z } from 'zod';
import { say, ValidationError } from './errors';

/**
 * The opaque `nextCursor` of a keyset-paginated list: the sort time (as text, at whatever
 * precision the list sorts by) and the row id that breaks ties, base64url JSON.
 */
export function encodeKeysetCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString('base64url');
}

/**
 * The position a cursor from {@link encodeKeysetCursor} names. Anything else (edited, truncated,
 * from another list) is a validation error on `cursor` saying to start from the newest `rows`.
 */
export function decodeKeysetCursor(
  cursor: string,
  rows: 'events' | 'records',
): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof at === 'string' &&
      typeof id === 'string' &&
      !Number.isNaN(Date.parse(at)) &&
      z.uuid().safeParse(id).success
    )
      return { at, id };
  } catch {
    // fall through
  }
  throw new ValidationError(say('staleCursor', { rows }), { field: 'cursor' });
}
