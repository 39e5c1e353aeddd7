import type { NextConfig } from 'next';

const config: NextConfig = {
  // Both database drivers load native/wasm assets at run time; bundling them breaks that.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', '@node-rs/argon2'],
  transpilePackages: ['@smula/core'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default config;
