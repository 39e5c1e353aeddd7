import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The UI's language per request (cookie or Accept-Language): see src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  // These load native/wasm assets or files beside themselves at run time (the banner's serve
  // helper reads dist/banner.min.js); bundling them breaks that.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pg',
    '@node-rs/argon2',
    'nodemailer',
    '@smula/banner',
    // Loads drizzle-orm with a computed dynamic import, which a bundler cannot follow.
    'rate-limiter-flexible',
    // One drizzle-orm for the app and rate-limiter-flexible's store.
    'drizzle-orm',
  ],
  transpilePackages: ['@smula/core'],
  poweredByHeader: false,
  // `pnpm typecheck` (tsc --noEmit) checks every file, tests included; not again in the build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default withNextIntl(config);
