import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryMmdb } from '../testing/mmdb';
import { CountryDbError, openCountryDb, visitorCountry } from './country-db';

const dir = mkdtempSync(join(tmpdir(), 'smula-geo-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const networks = {
  '81.2.69.0/24': 'GB',
  '89.160.20.0/22': 'SE',
  '216.160.83.56/29': 'US',
  '2a02:cf40::/29': 'NO',
};

describe('country database', () => {
  it('finds the country of IPv4 and IPv6 addresses in an IPv6 file, and null elsewhere', async () => {
    const lookup = await openCountryDb(file('v6.mmdb', countryMmdb(networks, 6)));
    expect(lookup('81.2.69.160')).toBe('GB');
    expect(lookup('89.160.23.1')).toBe('SE');
    expect(lookup('89.160.24.1')).toBeNull();
    expect(lookup('216.160.83.60')).toBe('US');
    expect(lookup('2a02:cf47:1::1')).toBe('NO');
    expect(lookup('2001:db8::1')).toBeNull();
    expect(lookup('not an address')).toBeNull();
    expect(lookup(null)).toBeNull();
  });

  it('reads an IPv4-only file and answers unknown for IPv6', async () => {
    const lookup = await openCountryDb(file('v4.mmdb', countryMmdb(networks, 4)));
    expect(lookup('81.2.69.1')).toBe('GB');
    expect(lookup('2a02:cf40::1')).toBeNull();
  });

  it('refuses a missing file, a file that is not a database, and a database without countries', async () => {
    await expect(openCountryDb(join(dir, 'nope.mmdb'))).rejects.toThrow(/no file at/);
    await expect(openCountryDb(file('junk.mmdb', Buffer.from('hello')))).rejects.toBeInstanceOf(
      CountryDbError,
    );
    await expect(
      openCountryDb(file('asn.mmdb', countryMmdb(networks, 6, 'GeoLite2-ASN'))),
    ).rejects.toThrow(/"GeoLite2-ASN" database/);
  });

  it('takes the edge header first, then the database, and never a header it was not told of', async () => {
    const lookup = await openCountryDb(file('v6b.mmdb', countryMmdb(networks, 6)));
    const headers: Record<string, string> = { 'cf-ipcountry': 'DE', 'x-country': 'FR' };
    const h = (n: string) => headers[n] ?? null;
    expect(visitorCountry({ header: 'CF-IPCountry', lookup }, h, () => '81.2.69.1')).toEqual({
      country: 'DE',
      from: 'header',
    });
    expect(visitorCountry({ header: 'x-missing', lookup }, h, () => '81.2.69.1')).toEqual({
      country: 'GB',
      from: 'database',
    });
    expect(visitorCountry({ lookup }, h, () => null)).toEqual({ country: null, from: 'database' });
    expect(visitorCountry({}, h, () => '81.2.69.1')).toEqual({ country: null, from: null });
  });
});
