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

/** An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) as plain IPv4; anything else unchanged. */
function unmap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/**
 * The address with its host part removed: IPv4 to its /24 (`192.0.2.0`), IPv6 to its /48
 * (`2001:db8:1::`). What a consent record keeps: enough to show the region of a network, not
 * a person (checklist R-02, EDPB minimisation). `null` for anything that is not an address.
 */
export function truncateIp(address: string | null | undefined): string | null {
  if (!address) return null;
  const a = unmap(address.trim());
  const kind = isIP(a);
  if (kind === 4) return `${a.split('.').slice(0, 3).join('.')}.0`;
  if (kind === 6) {
    const h = hextets(a);
    return `${h
      .slice(0, 3)
      .map((x) => x.toString(16))
      .join(':')}::`;
  }
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
 * The visitor's address. `peer` is the TCP peer when the transport knows it (the collector);
 * `X-Forwarded-For` is believed only hop by hop from the right while each hop is a trusted
 * proxy, so a client cannot choose its own address by sending the header.
 *
 * Next's own server hides the TCP peer once a request carries `X-Forwarded-For` (it keeps the
 * header as sent), so there `peer` is null and the rightmost entry — the one the nearest proxy
 * wrote, or the peer Next filled in — is the starting point.
 */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  proxies: BlockList,
): string | null {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  let current = peer ?? hops.pop() ?? null;
  while (current && trusted(proxies, current) && hops.length) current = hops.pop()!;
  return current ? unmap(current) : null;
}
