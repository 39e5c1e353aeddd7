import { randomBytes } from 'node:crypto';

/**
 * 128 random bits, URL-safe: public (it is in every page's script URL) but unguessable. Never
 * starting with `-` or `_`: a key like `-v3T…` would read as an option on the command line
 * (`pnpm smula consents verify -v3T…`), so such a draw is made again.
 */
export function generateSiteKey(): string {
  for (;;) {
    const key = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(key)) return key;
  }
}
