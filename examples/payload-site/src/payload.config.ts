import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { en } from '@payloadcms/translations/languages/en';
import { sv } from '@payloadcms/translations/languages/sv';
import { DEFAULT_POLICY_PATH, smulaPlugin } from '@smula/cms-plugin';
import { buildConfig } from 'payload';
import { customers } from './collections/customers';
import { pages } from './collections/pages';
import { tenants } from './collections/tenants';
import { users } from './collections/users';
import { env } from './env';
import { DEFAULT_LOCALE, LOCALES } from './locales';
import { migrations } from './migrations';
import { seed } from './seed';

const here = dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  admin: {
    user: users.slug,
    // Gravatar is an outside request; the default avatar works offline.
    avatar: 'default',
    importMap: { baseDir: here },
  },
  collections: [users, pages, customers, tenants],
  // The site's languages: `/` is Swedish, `/en/…` English. The Smula banner and the cookie
  // declaration follow the page's locale (the layout and the page pass it on).
  localization: {
    locales: LOCALES.map((code) => ({ code, label: code === 'sv' ? 'Svenska' : 'English' })),
    defaultLocale: DEFAULT_LOCALE,
  },
  // The admin in Swedish or English (the user's choice, else the browser's); the Smula
  // plugin adds its own texts in both.
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'en' },
  db: sqliteAdapter({
    client: { url: env.databaseUri },
    // `next start` applies the committed migrations on first use, so a fresh database works
    // without a separate step (`pnpm payload migrate` does the same by hand).
    prodMigrations: migrations,
  }),
  secret: env.payloadSecret,
  graphQL: { disable: true },
  telemetry: false,
  typescript: { autoGenerate: false },
  plugins: [
    smulaPlugin({
      adminUrl: env.smulaAdminUrl,
      siteKey: env.smulaSiteKey,
      policyPath: DEFAULT_POLICY_PATH,
      localeMapping: { 'sv-SE': 'sv', 'en-GB': 'en' },
      revalidateSeconds: env.smulaRevalidateSeconds,
      // The example's admin runs on this machine; a real site's is https on a public address.
      allowHttpLocalhost: env.smulaAllowLocalAdmin,
      allowPrivateNetworks: env.smulaAllowLocalAdmin,
      blockFields: [{ collection: 'pages', field: 'layout' }],
      // Refresh on publish: the admin's webhook for this site posts to /api/smula/webhook.
      webhookSecret: env.smulaWebhookSecret,
      // A Smula site per tenant: a "Site key" field on each tenant; the layout and the page
      // pass the request's tenant (by host name, src/tenant.ts) to getSmulaSettings.
      tenants: { collection: tenants.slug },
    }),
  ],
  onInit: (payload) => seed(payload, DEFAULT_POLICY_PATH),
});
