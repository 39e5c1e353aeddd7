/**
 * A minimal MaxMind DB (MMDB 2.0) writer for tests: an IPv4 or IPv6 search tree over a few
 * networks, each pointing at a `{ country: { iso_code } }` record, the layout of GeoLite2
 * Country and DB-IP's country files. Written from the format's specification
 * (maxmind.github.io/MaxMind-DB), so the reader under test (`maxmind`) reads a real file.
 * 24-bit records; no pointers or deduplication in the data section.
 */
import { isIPv4 } from 'node:net';

type TValue = string | number | bigint | boolean | TValue[] | { [k: string]: TValue };

/** Control byte(s) and size for one field: `type` 1–7 fits the first byte, 8+ is extended. */
function header(type: number, size: number): Buffer {
  const first = type <= 7 ? type << 5 : 0;
  const ext = type <= 7 ? [] : [type - 7];
  let sizeBytes: number[] = [];
  let low: number;
  if (size < 29) low = size;
  else if (size < 29 + 256) {
    low = 29;
    sizeBytes = [size - 29];
  } else {
    low = 30;
    const n = size - 285;
    sizeBytes = [(n >> 8) & 0xff, n & 0xff];
  }
  return Buffer.from([first | low, ...ext, ...sizeBytes]);
}

function uintBytes(n: bigint): Buffer {
  const out: number[] = [];
  for (let v = n; v > 0n; v >>= 8n) out.unshift(Number(v & 0xffn));
  return Buffer.from(out);
}

/** One data-section field. Numbers are uint32, bigints uint64 (the metadata's build_epoch). */
function encode(v: TValue): Buffer {
  if (typeof v === 'string') {
    const b = Buffer.from(v, 'utf8');
    return Buffer.concat([header(2, b.length), b]);
  }
  if (typeof v === 'boolean') return header(14, v ? 1 : 0);
  if (typeof v === 'number') {
    const b = uintBytes(BigInt(v));
    return Buffer.concat([header(6, b.length), b]);
  }
  if (typeof v === 'bigint') {
    const b = uintBytes(v);
    return Buffer.concat([header(9, b.length), b]);
  }
  if (Array.isArray(v)) return Buffer.concat([header(11, v.length), ...v.map(encode)]);
  const entries = Object.entries(v);
  return Buffer.concat([
    header(7, entries.length),
    ...entries.flatMap(([k, x]) => [encode(k), encode(x)]),
  ]);
}

/** A uint16 field (record_size, ip_version, format versions must be uint16 per the spec). */
function uint16(n: number): Buffer {
  const b = uintBytes(BigInt(n));
  return Buffer.concat([header(5, b.length), b]);
}

function bits(address: string, width: number): number[] {
  let bytes: number[];
  if (isIPv4(address)) {
    bytes = address.split('.').map(Number);
    // An IPv4 network in an IPv6 tree lives under ::/96, where readers look it up.
    if (width === 128) bytes = [...new Array(12).fill(0), ...bytes];
  } else {
    const [head, tail] = address.split('::') as [string, string | undefined];
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
    bytes = groups.flatMap((g) => {
      const n = Number.parseInt(g, 16);
      return [n >> 8, n & 0xff];
    });
  }
  return bytes.flatMap((b) => [7, 6, 5, 4, 3, 2, 1, 0].map((i) => (b >> i) & 1));
}

/**
 * The bytes of a country database mapping each CIDR network to an ISO country code.
 *
 * @example countryMmdb({ '81.2.69.0/24': 'GB', '2a02:cf40::/29': 'NO' }, 6)
 */
export function countryMmdb(
  networks: Record<string, string>,
  ipVersion: 4 | 6 = 6,
  databaseType = 'GeoLite2-Country',
): Buffer {
  const width = ipVersion === 4 ? 32 : 128;
  // Nodes as [left, right]; a child is a node index, { data } or null (no record).
  type TChild = number | { data: number } | null;
  const nodes: [TChild, TChild][] = [[null, null]];
  const records: Buffer[] = [];
  let dataLength = 0;
  for (const [cidr, iso] of Object.entries(networks)) {
    const [address, prefix] = cidr.split('/') as [string, string];
    // An IPv4 file has no room for IPv6 networks.
    if (width === 32 && !isIPv4(address)) continue;
    const path = bits(address, width).slice(
      0,
      Number(prefix) + (width === 128 && isIPv4(address) ? 96 : 0),
    );
    const record = encode({ country: { iso_code: iso } });
    const data = { data: dataLength };
    records.push(record);
    dataLength += record.length;
    let node = 0;
    path.forEach((bit, i) => {
      if (i === path.length - 1) {
        nodes[node]![bit] = data;
        return;
      }
      let next = nodes[node]![bit];
      if (typeof next !== 'number') {
        nodes.push([null, null]);
        next = nodes.length - 1;
        nodes[node]![bit] = next;
      }
      node = next;
    });
  }
  const count = nodes.length;
  const value = (c: TChild) =>
    c === null ? count : typeof c === 'number' ? c : count + 16 + c.data;
  const tree = Buffer.alloc(count * 6);
  nodes.forEach(([l, r], i) => {
    tree.writeUIntBE(value(l), i * 6, 3);
    tree.writeUIntBE(value(r), i * 6 + 3, 3);
  });
  const metadata = Buffer.concat([
    header(7, 9),
    encode('node_count'),
    encode(count),
    encode('record_size'),
    uint16(24),
    encode('ip_version'),
    uint16(ipVersion),
    encode('database_type'),
    encode(databaseType),
    encode('languages'),
    encode(['en']),
    encode('binary_format_major_version'),
    uint16(2),
    encode('binary_format_minor_version'),
    uint16(0),
    encode('build_epoch'),
    encode(BigInt(Math.floor(Date.parse('2026-12-01T00:00:00Z') / 1000))),
    encode('description'),
    encode({ en: 'Smula test country database' }),
  ]);
  return Buffer.concat([
    tree,
    Buffer.alloc(16),
    ...records,
    Buffer.from([0xab, 0xcd, 0xef]),
    Buffer.from('MaxMind.com'),
    metadata,
  ]);
}
