/**
 * What may be logged of a database error: its class and SQLSTATE (or system error code), never
 * its message. A driver's message can quote the statement and its parameters (drizzle's
 * "Failed query: … params: …"), which for consent records are personal data.
 */
export function describeError(err: unknown): string {
  const name = err instanceof Error ? err.name || err.constructor.name : typeof err;
  const codes = errorCodes(err);
  return codes.length ? `${name} (${codes.join(', ')})` : name;
}

/** The codes on an error and its causes: SQLSTATEs (`57P01`) and system codes (`ECONNREFUSED`). */
export function errorCodes(err: unknown): string[] {
  const codes: string[] = [];
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,32}$/.test(code) && !codes.includes(code))
      codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

// Connection exceptions (08), operator intervention (57P01-03: shutdown, crash, starting up),
// too many connections (53300), and the socket errors of a server that is not there.
const CONNECTION_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT',
]);

// node-postgres reports some lost connections by message only.
const CONNECTION_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|Client was closed|Connection ended/i;

/** Whether an error means "the database is away" (retry later) rather than "this was refused". */
export function isConnectionError(err: unknown): boolean {
  if (errorCodes(err).some((c) => CONNECTION_CODES.has(c))) return true;
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (CONNECTION_MESSAGES.test(String((e as { message?: unknown }).message ?? ''))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Whether PostgreSQL refused the data itself (SQLSTATE class 22 data exception, 23 integrity
 * violation): the same statement will fail again, so a batch must go on without the record.
 */
export function isDataError(err: unknown): boolean {
  return errorCodes(err).some((c) => /^2[23][0-9A-Z]{3}$/.test(c));
}
