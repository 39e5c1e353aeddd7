import { BlockList, isIP } from 'node:net';

/** Expands an IPv6 address to its eight hextets (handles `::` and an embedded IPv4 tail). */
function hextets(address: string): number[] {
  let a = address.toLowerCase().split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const [b0, b1, b2, b3] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    a = `${a.slice(0, -v4[1]!.length)}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((x) => Number.parseInt(x, 16));
}

/**
 * Eight hextets in RFC 5952's canonical text: lower case, no leading zeros, the longest run of
 * two or more zero hextets (the first, on a tie) written `::`. So one network is always stored
 * as one string (`2001:db8::`, never `2001:db8:0::`) and records group and compare by it.
 */
export function canonicalIpv6(h: readonly number[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    if (h[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && h[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j;
  }
  const hex = (xs: readonly number[]) => xs.map((x) => x.toString(16)).join(':');
  if (best.len < 2) return hex(h);
  return `${hex(h.slice(0, best.at))}::${hex(h.slice(best.at + best.len))}`;
}

/** An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) as plain IPv4; anything else unchanged. */
function unmap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * The address with its host part removed: IPv4 to its /24 (`192.0.2.0`), IPv6 to its /48
 * (`2001:db8:1::`). What a consent record keeps: enough to show the region of a network, not
 * a person (compliance.md R-02, EDPB minimisation). `null` for anything that is not an address.
 */
export function truncateIp(address: string | null | undefined): string | null {
  if (!address) return null;
  const a = unmap(address.trim());
  const kind = isIP(a);
  if (kind === 4) return `${a.split('.').slice(0, 3).join('.')}.0`;
  if (kind === 6) return canonicalIpv6([...hextets(a).slice(0, 3), 0, 0, 0, 0, 0]);
  return null;
}

/**
 * Parses `SMULA_TRUSTED_PROXIES`: comma-separated addresses or CIDR ranges
 * (`127.0.0.1, 10.0.0.0/8, fd00::/8`). Throws naming the bad entry.
 */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addr, bits] = entry.split('/');
    const kind = isIP(addr ?? '');
    if (!kind) throw new Error(`SMULA_TRUSTED_PROXIES: "${entry}" is not an address or CIDR`);
    const type = kind === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(addr!, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (kind === 4 ? 32 : 128))
        throw new Error(`SMULA_TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(addr!, prefix, type);
    }
  }
  return list;
}

function trusted(list: BlockList, address: string): boolean {
  const a = unmap(address);
  const kind = isIP(a);
  return kind !== 0 && list.check(a, kind === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The visitor's address: the TCP peer, unless the peer is one of the trusted proxies, in which
 * case `X-Forwarded-For` is read hop by hop from the right while each hop is a trusted proxy.
 * So with no trusted proxies the header is ignored, and a client can never choose its own
 * address by sending it. Without a known peer (the app run under plain `next start`, which
 * hides the socket) the address is unknown: `null`, never a header's claim.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  proxies: BlockList,
): string | null {
  if (!peer) return null;
  // Without a forwarded chain there is nothing to follow, so no address to check against the
  // proxies (each check builds a SocketAddress: measurable at thousands of records a second).
  if (!forwardedFor) return unmap(peer);
  const hops = forwardedFor
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  let current = peer;
  while (hops.length && trusted(proxies, current)) current = hops.pop()!;
  return unmap(current);
}
