import { withPayload } from '@payloadcms/next/withPayload';
import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  // server.js rewrites the start of each HTML page (banner first in <head>), which it cannot
  // do to gzip; compress in the reverse proxy in front instead, as usual in production.
  compress: false,
  // `pnpm typecheck` checks every file; not again in the build.
  typescript: { ignoreBuildErrors: true },
};

export default withPayload(config);
