import { createHmac, randomBytes } from 'node:crypto';

/** The header that carries the signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const SIGNATURE_HEADER = 'Smula-Signature';
/** The event's id, the same on every retry and redelivery: receivers deduplicate on it. */
export const EVENT_ID_HEADER = 'Smula-Event-Id';
export const EVENT_TYPE_HEADER = 'Smula-Event-Type';

/** A new endpoint secret: `whsec_` and 32 random bytes; the whole string is the HMAC key. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/**
 * The signature header for a body sent at `timestamp` (unix seconds). The timestamp is signed
 * with the body (`t + "." + body`) so that a captured request cannot be replayed later with a
 * fresh timestamp; receivers refuse old ones (docs/webhooks: five minutes).
 */
export function signatureHeader(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}
