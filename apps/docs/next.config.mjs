import { createMDX } from 'fumadocs-mdx/next';

// fumadocs-mdx compiles content/*.md(x) (see source.config.ts) into .source/ at dev and build
// time. Kept as .mjs: the plugin is ESM-only.
const withMDX = createMDX();

/** @type {import('next').NextConfig} */
const config = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `pnpm typecheck` (tsc --noEmit) checks every file, tests included; not again in the build.
  typescript: { ignoreBuildErrors: true },
};

export default withMDX(config);
