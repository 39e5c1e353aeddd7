// Builds the banner: the minified IIFE sites load (size-limited), the ESM build for bundlers,
// the Node-side serve helper and the type declarations.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build, transform } from 'esbuild';

const require = createRequire(import.meta.url);
const css = await transform(await readFile('src/banner.css', 'utf8'), {
  loader: 'css',
  minify: true,
});
const common = {
  bundle: true,
  platform: 'browser',
  target: ['chrome91', 'firefox90', 'safari14.1'],
  legalComments: 'none',
  define: { __SMULA_CSS__: JSON.stringify(css.code.trim()) },
  logLevel: 'warning',
};

await rm('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['src/iife.ts'],
    outfile: 'dist/banner.min.js',
    format: 'iife',
    minify: true,
    drop: ['debugger'],
    pure: ['console.log', 'console.debug', 'console.info'],
  }),
  // Its own file: the delivery endpoint inlines it only for sites with automatic blocking on.
  build({
    ...common,
    entryPoints: ['src/auto-block.ts'],
    outfile: 'dist/auto-block.min.js',
    format: 'iife',
    minify: true,
    drop: ['debugger'],
  }),
  // Its own file too: inlined only when a declared vendor enables a consent signal.
  build({
    ...common,
    entryPoints: ['src/signals.ts'],
    outfile: 'dist/signals.min.js',
    format: 'iife',
    minify: true,
    drop: ['debugger'],
  }),
  build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', format: 'esm' }),
  // Bundled like the others: the pure parts of core it uses (the duration words) go in, so the
  // package keeps no runtime dependencies.
  build({
    entryPoints: ['src/serve.ts'],
    outfile: 'dist/serve.js',
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  }),
]);
// What a site with automatic blocking receives in one response (see serve.ts), for size-limit:
// gzip works over the whole response, so the two files are measured together, not summed.
await writeFile(
  'dist/with-auto-block.min.js',
  `${(await readFile('dist/auto-block.min.js', 'utf8')).trim()}\n${(await readFile('dist/banner.min.js', 'utf8')).trim()}\n`,
);
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
  { stdio: 'inherit' },
);
