// Verifies a Smula webhook in Node (no dependencies). `rawBody` is the request body exactly as
// received (a string, before any JSON parsing); `header` is the Smula-Signature header.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifySmulaWebhook(secret, rawBody, header, toleranceSeconds = 300) {
  const fields = Object.fromEntries(
    String(header ?? '')
      .split(',')
      .map((part) => part.trim().split('=', 2)),
  );
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(fields.v1 ?? '')) return false;
  // Refuse old (replayed) and far-future timestamps.
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${fields.t}.${rawBody}`).digest();
  // Constant-time: never compare signatures with === .
  return timingSafeEqual(expected, Buffer.from(fields.v1, 'hex'));
}
