import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (19 MiB, 2 passes): OWASP's baseline for 2025. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

export { PASSWORD_MIN_LENGTH } from '../../lib/schemas/account';

let dummyHash: Promise<string> | undefined;

/**
 * A real argon2id hash of a random secret, made once per process. Sign-in checks an unknown
 * account's password against it, so that an unknown e-mail costs the same time as a wrong
 * password and the timing says nothing about which accounts exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(crypto.randomUUID());
  return dummyHash;
}
