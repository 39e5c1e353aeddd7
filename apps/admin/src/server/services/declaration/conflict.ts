import { ConflictError } from '../errors';

/**
 * The conflict a stale write gets: the row as it is now, so the editor can compare and save
 * again. Never a silent overwrite (issue item 8).
 */
export function staleRevision(what: string, current: unknown): ConflictError {
  return new ConflictError(
    `Someone else changed this ${what} after you opened it. Review their values and save again.`,
    { current },
  );
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
export function taken(field: string, message: string): ConflictError {
  return new ConflictError(message, { field });
}
