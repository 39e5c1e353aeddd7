import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { env } from '~/env';
import { dataDir } from './db';

const file = () => join(dataDir, 'setup-token');

/**
 * The one-time token first-run setup asks for, so that whoever reaches a fresh deployment first
 * cannot make themselves its owner: `SMULA_SETUP_TOKEN` when set (several instances must share
 * it), else one generated into the data directory (mode 0600) and printed in the server log.
 */
export function setupToken(): string {
  if (env.SMULA_SETUP_TOKEN) return env.SMULA_SETUP_TOKEN;
  if (existsSync(file())) return readFileSync(file(), 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(18).toString('base64url');
  try {
    writeFileSync(file(), token, { mode: 0o600, flag: 'wx' });
    return token;
  } catch {
    // Another process wrote it first: use theirs.
    return readFileSync(file(), 'utf8').trim();
  }
}

/** Setup is done: a generated token is of no further use. */
export function forgetSetupToken(): void {
  rmSync(file(), { force: true });
}

/** The link the server log shows: the setup page fills the token in from it. */
export function setupLink(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, '')}/setup?token=${encodeURIComponent(setupToken())}`;
}

/** Compares without leaking, through timing, how much of a guess was right. */
export function setupTokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
