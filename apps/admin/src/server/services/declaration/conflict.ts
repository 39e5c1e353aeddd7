import { ConflictError, say, type TServiceErrorWording } from '../errors';

/** What a stale write names: "Someone else changed this category…". */
export type TStaleWhat = 'category' | 'vendor' | 'item' | 'texts' | 'appearance' | 'settings';

/**
 * The conflict a stale write gets: the row as it is now, so the editor can compare and save
 * again. Never a silent overwrite (issue item 8).
 */
export function staleRevision(what: TStaleWhat, current: unknown): ConflictError {
  return new ConflictError(say('staleRevision', { what }), { current });
}

/** Whether a database error is a unique-constraint violation (SQLSTATE 23505), on either driver. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** The conflict for a key or slug already taken in the site. */
export function taken(field: string, message: TServiceErrorWording): ConflictError {
  return new ConflictError(message, { field });
}
