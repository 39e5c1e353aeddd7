/**
 * Server-side fetching of user-given URLs without becoming a proxy into the operator's network
 * (SSRF). The scanner's Chromium and the importer's "import from a URL" both visit addresses an
 * editor typed; both go through these checks.
 *
 * The check happens at connect time, on the address actually dialled (a `lookup` hook), so a
 * name that resolves to a public address when checked and to 127.0.0.1 when connecting (DNS
 * rebinding) is still refused.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Ranges that are not the public internet (IANA special-purpose registries, v4 and v6). */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address, if it is one. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return mapped[1] ?? null;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = Number.parseInt(hex[1] ?? '0', 16);
  const lo = Number.parseInt(hex[2] ?? '0', 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Whether an IP address (v4 or v6) is on the public internet. Non-addresses are not. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  if (family === 4) return !PRIVATE.check(bare, 'ipv4');
  const v4 = embeddedIpv4(bare);
  if (v4) return isPublicAddress(v4);
  return !PRIVATE.check(bare, 'ipv6');
}

export interface TNetPolicy {
  /** Allow loopback and private ranges (tests, or an operator scanning an intranet). */
  readonly allowPrivate?: boolean;
  /** When given, only these hostnames (exact, lower case) may be visited. */
  readonly allowedHosts?: readonly string[];
  /** Hostnames never visited (e.g. the admin's own host). */
  readonly deniedHosts?: readonly string[];
}

export class UnsafeUrlError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'UnsafeUrlError';
  }
}

function hostnameOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Parse and check a URL's shape and host against the policy, without DNS: http(s) only, no
 * credentials, allowed/denied host lists, and literal private addresses. The address a name
 * resolves to is checked when connecting (see `safeLookup`).
 */
export function checkUrl(raw: string, policy: TNetPolicy = {}): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError(
      `Not a URL: "${raw.slice(0, 200)}". Give a full address such as https://example.com/cookies.`,
      raw,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError(
      `Only http and https addresses can be fetched, not ${url.protocol}`,
      raw,
    );
  }
  if (url.username || url.password) {
    throw new UnsafeUrlError('Addresses with a user name or password are not fetched.', raw);
  }
  const host = hostnameOf(url);
  if (policy.deniedHosts?.some((denied) => denied.toLowerCase() === host)) {
    throw new UnsafeUrlError(`${host} is Smula's own host and is not fetched.`, raw);
  }
  if (
    policy.allowedHosts &&
    !policy.allowedHosts.some((allowed) => allowed.toLowerCase() === host)
  ) {
    throw new UnsafeUrlError(
      `${host} is not one of the site's domains (${policy.allowedHosts.join(', ') || 'none declared'}). Add it under Domains first.`,
      raw,
    );
  }
  if (!policy.allowPrivate && isIP(host) !== 0 && !isPublicAddress(host)) {
    throw new UnsafeUrlError(`${host} is a private or reserved address and is not fetched.`, raw);
  }
  return url;
}

/**
 * A `lookup` for `http.request`/`net.connect` that refuses names resolving to private addresses
 * (unless allowed). Used at connect time, so DNS rebinding cannot slip past an earlier check.
 */
export function safeLookup(policy: TNetPolicy = {}): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = policy.allowPrivate
        ? undefined
        : list.find((entry) => !isPublicAddress(entry.address));
      if (refused || list.length === 0) {
        const denied = new UnsafeUrlError(
          refused
            ? `${hostname} resolves to ${refused.address}, a private or reserved address; it is not fetched.`
            : `${hostname} did not resolve.`,
          hostname,
        );
        return callback(denied as NodeJS.ErrnoException, '', 0);
      }
      if (options.all)
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
}

/** Resolve a hostname and refuse it if any address is private (for callers that cannot hook connect). */
export async function assertPublicHost(hostname: string, policy: TNetPolicy = {}): Promise<void> {
  if (policy.allowPrivate) return;
  if (isIP(hostname) !== 0) {
    if (!isPublicAddress(hostname))
      throw new UnsafeUrlError(
        `${hostname} is a private or reserved address and is not fetched.`,
        hostname,
      );
    return;
  }
  await new Promise<void>((resolve, reject) => {
    safeLookup(policy)(hostname, { all: true }, (error) => (error ? reject(error) : resolve()));
  });
}

export interface TFetchPublicOptions extends TNetPolicy {
  /** Largest body read, in bytes (default 5 MiB); larger answers fail rather than truncate. */
  readonly maxBytes?: number;
  /** Whole-request time limit in ms, redirects included (default 15 s). */
  readonly timeoutMs?: number;
  /** Redirects followed, each to the same host only (default 5). */
  readonly maxRedirects?: number;
  readonly accept?: string;
}

export interface TFetchedPage {
  /** The final URL after same-host redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * GET a user-given URL under the SSRF rules: http(s), public addresses only (checked when
 * connecting), redirects only within the same host, a size and a time limit. Non-2xx answers
 * are errors that name the status.
 */
export async function fetchPublic(
  raw: string,
  options: TFetchPublicOptions = {},
): Promise<TFetchedPage> {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  const maxRedirects = options.maxRedirects ?? 5;
  let url = checkUrl(raw, options);
  const startHost = hostnameOf(url);
  for (let hop = 0; ; hop++) {
    const answer = await getOnce(url, options, maxBytes, deadline);
    if (answer.location !== null) {
      if (hop >= maxRedirects)
        throw new UnsafeUrlError(`More than ${maxRedirects} redirects from ${raw}.`, raw);
      const next = checkUrl(new URL(answer.location, url).toString(), options);
      if (hostnameOf(next) !== startHost) {
        throw new UnsafeUrlError(
          `${url.toString()} redirects to another host (${hostnameOf(next)}); fetch that address directly if it is the one you mean.`,
          raw,
        );
      }
      url = next;
      continue;
    }
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(`${url.toString()} answered HTTP ${answer.status}.`);
    }
    return {
      url: url.toString(),
      status: answer.status,
      contentType: answer.contentType,
      body: answer.body,
    };
  }
}

interface TOnce {
  status: number;
  location: string | null;
  contentType: string;
  body: string;
}

function getOnce(
  url: URL,
  policy: TFetchPublicOptions,
  maxBytes: number,
  deadline: number,
): Promise<TOnce> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new Error(`Timed out fetching ${url.toString()}.`));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<TOnce>((resolve, reject) => {
    const request = client.get(
      url,
      {
        lookup: safeLookup(policy),
        headers: {
          accept:
            policy.accept ??
            'text/html,application/xhtml+xml,application/json,text/plain;q=0.9,*/*;q=0.5',
          'user-agent': 'SmulaImporter/1 (+https://github.com/smula)',
        },
        timeout: remaining,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = status >= 300 && status < 400 ? (response.headers.location ?? null) : null;
        if (location !== null) {
          response.resume();
          resolve({ status, location, contentType: '', body: '' });
          return;
        }
        const declared = Number(response.headers['content-length'] ?? 0);
        if (declared > maxBytes) {
          response.destroy();
          reject(new Error(`${url.toString()} is ${declared} bytes; the limit is ${maxBytes}.`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(new Error(`${url.toString()} is larger than the limit of ${maxBytes} bytes.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status,
            location: null,
            contentType: String(response.headers['content-type'] ?? ''),
            body: decode(Buffer.concat(chunks), String(response.headers['content-type'] ?? '')),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`Timed out fetching ${url.toString()}.`)),
    );
    request.on('error', reject);
  });
}

/** Decode by the declared charset (many older Swedish policy pages are windows-1252), else UTF-8. */
function decode(bytes: Buffer, contentType: string): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export interface TPostPublicOptions extends TNetPolicy {
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Whole-request time limit in ms (default 10 s). */
  readonly timeoutMs?: number;
  /** Bytes of the answer kept (default 4 KiB); the rest is read and dropped. */
  readonly keepBytes?: number;
}

export interface TPostedAnswer {
  readonly status: number;
  /** The start of the answer's body, for a delivery log. */
  readonly body: string;
}

/**
 * POST to a user-given URL under the same SSRF rules as `fetchPublic` (http(s), public
 * addresses checked when connecting, a time limit), for outgoing webhooks. Redirects are not
 * followed: a receiver that moved answers 3xx and that is its status. Any status resolves; only
 * a refused address, a network failure or the time limit reject.
 */
export async function postPublic(raw: string, options: TPostPublicOptions): Promise<TPostedAnswer> {
  const url = checkUrl(raw, options);
  const keep = options.keepBytes ?? 4096;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<TPostedAnswer>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        lookup: safeLookup(options),
        headers: {
          'user-agent': 'Smula-Webhooks/1',
          ...options.headers,
          'content-length': String(Buffer.byteLength(options.body)),
        },
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          if (size < keep) chunks.push(chunk.subarray(0, keep - size));
          size += chunk.length;
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`Timed out after ${options.timeoutMs ?? 10_000} ms.`)),
    );
    request.on('error', reject);
    request.end(options.body);
  });
}
