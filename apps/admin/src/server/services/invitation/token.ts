import { createHash, randomBytes } from 'node:crypto';

/** A one-time token: the link carries it, the database keeps only its SHA-256. */
export function newInvitationToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const INVITATION_DAYS = 7;
