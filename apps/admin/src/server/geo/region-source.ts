import { env } from '~/env';
import { openCountryDb, type TRegionSource } from './country-db';

/**
 * The region source the environment configures, opened once on first use: the edge header
 * (`SMULA_REGION_HEADER`) and the country database (`SMULA_GEOIP_DB`). A database that cannot
 * be opened rejects with the reason (`smula public` stops at start; the admin's routes log it
 * and answer as if no region were known, so visitors get the strictest model).
 */
export function regionSourceFromEnv(): () => Promise<TRegionSource> {
  let opened: Promise<TRegionSource> | undefined;
  return () => {
    opened ??= (async () => ({
      header: env.SMULA_REGION_HEADER,
      lookup: env.SMULA_GEOIP_DB ? await openCountryDb(env.SMULA_GEOIP_DB) : undefined,
    }))();
    return opened;
  };
}
