/** Shown with every suggestion and on the status: the database's licence asks for it. */
export const OCD_ATTRIBUTION = 'Open Cookie Database (Apache-2.0)';
export const OCD_ATTRIBUTION_URL = 'https://github.com/jkwakman/Open-Cookie-Database';
/** Where `pnpm smula ocd load` is pointed by default in the docs: the official raw CSV. */
export const OCD_OFFICIAL_CSV_URL =
  'https://raw.githubusercontent.com/jkwakman/Open-Cookie-Database/master/open-cookie-database.csv';
