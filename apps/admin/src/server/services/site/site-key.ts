import { randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: public (it is in every page's script URL) but unguessable. */
export function generateSiteKey(): string {
  return randomBytes(16).toString('base64url');
}
