/**
 * The one way the plugin's server side talks to a Smula admin: a GET that never follows a
 * redirect, gives up after a timeout, reads at most a bounded body, and (unless told
 * otherwise) connects only to public addresses. The admin URL can be typed by a CMS user, so
 * without these rules "Test connection" and the declaration fetch would let that user make the
 * server request anything it can reach: cloud metadata, databases, the intranet.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Resolves a host name to all its addresses. */
export type TResolver = (hostname: string) => Promise<LookupAddress[]>;

export interface TAdminRequestOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  /**
   * Let the request reach loopback, private, link-local, unique-local and other non-public
   * addresses: for an admin on this machine or an internal network. Default `false`.
   */
  allowPrivateNetworks?: boolean | undefined;
  /** Bodies longer than this fail the request. Default 2 MB. */
  maxBytes?: number;
  /** Instead of the system resolver (tests). */
  resolve?: TResolver;
}

export interface TAdminResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The request would have gone to an address the rules forbid; nothing was sent. */
export class SmulaBlockedAddressError extends Error {
  constructor(readonly hostname: string) {
    super(
      `${hostname} is (or resolves to) a loopback, private, link-local or other non-public address`,
    );
    this.name = 'SmulaBlockedAddressError';
  }
}

// IPv6 global unicast. Everything outside it (loopback, unique-local, link-local, site-local,
// multicast, NAT64, IPv4-compatible, discard) is not a public host.
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * True when `address` is a public unicast address: an allow-list, not a block-list. IPv4 only
 * in ranges ipaddr.js calls `unicast` (so not 0/8, 10/8, 100.64/10, 127/8, 169.254/16,
 * 172.16/12, 192.168/16, documentation, benchmarking, multicast or reserved); IPv6 only global
 * unicast outside the special ranges (6to4, Teredo, documentation, ORCHID…); an IPv4-mapped
 * IPv6 address (`::ffff:127.0.0.1`) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress())
    ip = (ip as ipaddr.IPv6).toIPv4Address();
  if (ip.kind() === 'ipv4') return ip.range() === 'unicast';
  return ip.match(GLOBAL_UNICAST_V6) && ip.range() === 'unicast';
}

const systemResolve: TResolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

function timeoutError(): Error {
  const err = new Error('no answer in time');
  err.name = 'TimeoutError';
  return err;
}

/**
 * `GET url` under the rules above. A 3xx comes back as it is (with its status), never
 * followed: the caller reports it. Rejects with `SmulaBlockedAddressError` before anything is
 * sent when the host is, or resolves to, a non-public address: every address the name
 * resolves to is checked, and the connection goes to a checked one (the resolver runs inside
 * the connection), so a name that changes its answer between check and connect (DNS
 * rebinding) cannot slip through.
 */
export function requestAdmin(url: string, options: TAdminRequestOptions): Promise<TAdminResponse> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const allowAll = options.allowPrivateNetworks === true;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const resolveAll = options.resolve ?? systemResolve;

  // An address literal never reaches the resolver below: check it here.
  if (isIP(host) && !allowAll && !isPublicAddress(host))
    return Promise.reject(new SmulaBlockedAddressError(host));

  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    resolveAll(hostname)
      .then((all) => {
        if (!all.length)
          throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
        if (!allowAll && !all.every((a) => isPublicAddress(a.address)))
          throw new SmulaBlockedAddressError(hostname);
        const family =
          lookupOptions.family === 4 || lookupOptions.family === 6 ? lookupOptions.family : 0;
        const usable = family ? all.filter((a) => a.family === family) : all;
        if (!usable.length)
          throw Object.assign(new Error(`${hostname} has no IPv${family} address`), {
            code: 'ENOTFOUND',
          });
        if (lookupOptions.all) callback(null, usable);
        else callback(null, usable[0]!.address, usable[0]!.family);
      })
      .catch((err: NodeJS.ErrnoException) => callback(err, '', 0));
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, value?: TAdminResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value!);
    };
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'GET',
        // Uncompressed: the body is read as text as it comes.
        headers: { 'accept-encoding': 'identity', ...options.headers },
        lookup,
        // A fresh connection each time: never one a pool opened under other rules.
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            abort(new Error(`the answer is larger than ${maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish(null, {
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', (err) => finish(err));
        res.on('close', () => {
          if (!res.complete) finish(new Error('the answer was cut off'));
        });
      },
    );
    // Settle first, so the reason given is this one and not the socket's that follows.
    const abort = (err: Error) => {
      finish(err);
      req.destroy();
    };
    const timer = setTimeout(() => abort(timeoutError()), options.timeoutMs);
    req.on('error', (err) => finish(err));
    req.end();
  });
}
