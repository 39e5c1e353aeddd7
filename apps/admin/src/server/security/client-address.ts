import { timingSafeEqual } from 'node:crypto';
import type { BlockList } from 'node:net';
import { env } from '~/env';
import { clientAddress, parseTrustedProxies } from '../consent-ingest/ip';

/**
 * The header in which the admin's server (`server.mjs`) passes the TCP peer's address to the
 * app, as `<SMULA_PEER_TOKEN> <address>`, replacing anything a client sent under that name.
 * Next's route handlers cannot see the socket themselves.
 */
export const PEER_HEADER = 'x-smula-peer';

/**
 * The TCP peer from `server.mjs`'s header, or null: without the server's secret (plain
 * `next start`, `next dev`, or a client forging the header) nothing is believed.
 */
export function peerOf(value: string | null, token: string | undefined): string | null {
  if (!value || !token) return null;
  const space = value.indexOf(' ');
  if (space < 0) return null;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1) || null;
}

let proxies: BlockList | undefined;

type THeaders = Headers | Record<string, string | string[] | undefined> | undefined;

function read(headers: THeaders, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : (v ?? null);
}

/**
 * Who sent this request: the TCP peer, or, when the peer is one of `SMULA_TRUSTED_PROXIES`, the
 * address those proxies wrote into `X-Forwarded-For`. `null` when the peer is unknown (the app
 * was started without `server.mjs`): a client-sent `X-Forwarded-For` is never believed alone.
 */
export function clientAddressOf(headers: THeaders): string | null {
  const peer = peerOf(read(headers, PEER_HEADER), env.SMULA_PEER_TOKEN);
  if (!peer) return null;
  proxies ??= parseTrustedProxies(env.SMULA_TRUSTED_PROXIES);
  return clientAddress(peer, read(headers, 'x-forwarded-for'), proxies);
}
