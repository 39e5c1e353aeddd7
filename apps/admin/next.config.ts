import type { NextConfig } from 'next';

const config: NextConfig = {
  // Both database drivers load native/wasm assets at run time; bundling them breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2', 'nodemailer'],
  transpilePackages: ['@smula/core'],
  poweredByHeader: false,
  // `pnpm typecheck` (tsc --noEmit) checks every file, tests included; not again in the build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
};

export default config;
