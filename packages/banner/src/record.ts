import type { TConsentRecord } from './types.js';

const QUEUE = 'smula_queue';

/** `n` random bytes as lower-case hex. */
export function randomHex(n: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** A UUIDv7 (RFC 9562): 48-bit millisecond time, version 7, variant 10, random rest. */
export function uuidv7(now = Date.now()): string {
  const h = now.toString(16).padStart(12, '0') + randomHex(10);
  const variant = ((Number.parseInt(h[16]!, 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Sends the queued records plus `record` with `navigator.sendBeacon` (a `text/plain` body needs
 * no CORS preflight) and keeps whatever could not be handed over in localStorage for the next
 * page. Never throws and never waits: proof of consent must not block the visitor.
 */
export function send(endpoint: string | undefined, record?: TConsentRecord): void {
  let queue: TConsentRecord[] = [];
  try {
    queue = JSON.parse(localStorage.getItem(QUEUE) ?? '[]');
  } catch {}
  if (record) queue.push(record);
  if (!queue.length) return;
  const rest = queue.filter(
    (r) => !(endpoint && navigator.onLine && navigator.sendBeacon(endpoint, JSON.stringify(r))),
  );
  try {
    if (rest.length) localStorage.setItem(QUEUE, JSON.stringify(rest));
    else localStorage.removeItem(QUEUE);
  } catch {}
}
