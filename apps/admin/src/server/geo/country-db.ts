/**
 * The visitor's country from a country database file the operator supplies (`SMULA_GEOIP_DB`:
 * MaxMind GeoLite2/GeoIP2 Country or City, or DB-IP's country or city file, all in the MaxMind
 * DB format), read with the maintained `maxmind` reader. Used only to pick the region's consent
 * model (issue 19): the address is looked up in memory and never stored for this.
 */
import { isIP } from 'node:net';
import maxmind, { type CountryResponse, type Reader } from 'maxmind';

/** The ISO 3166-1 alpha-2 country of an address, or null when unknown. */
export type TCountryLookup = (address: string | null) => string | null;

/** The file could not be used as a country database; the message says why. */
export class CountryDbError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CountryDbError';
  }
}

/**
 * Opens `path` once and returns the lookup. The file is watched, so a database replaced in
 * place (the monthly GeoLite2 update) is read again without a restart; the watcher never
 * keeps the process alive.
 */
export async function openCountryDb(path: string): Promise<TCountryLookup> {
  let reader: Reader<CountryResponse>;
  try {
    reader = await maxmind.open<CountryResponse>(path, {
      watchForUpdates: true,
      watchForUpdatesNonPersistent: true,
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CountryDbError(
      code === 'ENOENT'
        ? `SMULA_GEOIP_DB: no file at ${path}.`
        : `SMULA_GEOIP_DB: ${path} is not a MaxMind DB (.mmdb) file (${(err as Error).message}).`,
      { cause: err },
    );
  }
  const type = reader.metadata.databaseType;
  if (!/country|city/i.test(type))
    throw new CountryDbError(
      `SMULA_GEOIP_DB: ${path} is a "${type}" database; use a country or city database (GeoLite2-Country, DB-IP Country Lite).`,
    );
  return (address) => {
    if (!address || !isIP(address)) return null;
    try {
      const hit = reader.get(address);
      return hit?.country?.iso_code ?? hit?.registered_country?.iso_code ?? null;
    } catch {
      // An IPv6 address against an IPv4-only file: unknown, not an error.
      return null;
    }
  };
}

/**
 * Where the visitor's country comes from, in order: the edge's header when the operator names
 * one and the request carries it, else the country database when one is configured.
 */
export interface TRegionSource {
  /** `SMULA_REGION_HEADER`: set by a CDN or load balancer (cf-ipcountry, cloudfront-viewer-country). */
  header?: string;
  /** `SMULA_GEOIP_DB`, opened. */
  lookup?: TCountryLookup;
}

/** The visitor's country and where it came from; null country: unknown (strictest model). */
export function visitorCountry(
  source: TRegionSource,
  headerValue: (name: string) => string | null,
  address: () => string | null,
): { country: string | null; from: 'header' | 'database' | null } {
  if (source.header) {
    const v = headerValue(source.header.toLowerCase())?.trim();
    if (v) return { country: v, from: 'header' };
  }
  if (source.lookup) return { country: source.lookup(address()), from: 'database' };
  return { country: null, from: null };
}
