#!/usr/bin/env node
// Issue 20: "pnpm add @smula/cms-plugin" must work in a Payload project that is not this
// monorepo. This test packs the publishable packages (`pnpm pack`: what npm would get), checks
// the tarballs hold built output only, installs them into a fresh Payload project created in
// a temp directory OUTSIDE the workspace (same pinned Payload, Next and React versions), runs
// Payload's own steps (import map, migration), `next build`, `next start`, and checks in
// Chromium that the banner appears and the policy page lists the declaration with JavaScript
// off. The Smula admin is a small server here that answers like one, from the built banner
// and core's renderer: this test is about installing the plugin, not about the admin.
//
//   pnpm exec turbo run e2e --filter=@smula/cms-plugin   (builds first; KEEP=1 keeps the temp project)
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bannerScript } from '@smula/banner/serve';
import { buildPublishedConfig, renderDeclaration } from '@smula/core';
import { fjallbagerietDeclaration } from '@smula/core/fixtures';
import { freePort, launchChromium } from '@smula/testing';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const started = Date.now();
const log = (m) =>
  console.log(`[pack-install ${((Date.now() - started) / 1000).toFixed(0)}s] ${m}`);

function run(cmd, args, cwd, env = {}, quiet = false) {
  log(`${cmd} ${args.join(' ')}${cwd === root ? '' : `  (in ${cwd})`}`);
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
  });
  if (r.status !== 0)
    throw new Error(
      `${cmd} ${args.join(' ')} failed with ${r.status}\n${r.stdout ?? ''}${r.stderr ?? ''}`,
    );
}
const tarJson = (tgz, file) =>
  JSON.parse(spawnSync('tar', ['-xOzf', tgz, `package/${file}`], { encoding: 'utf8' }).stdout);
const tarList = (tgz) =>
  spawnSync('tar', ['-tzf', tgz], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
function check(ok, message) {
  if (!ok) throw new Error(`pack-install: ${message}`);
}

// The versions the workspace pins, so the fresh project runs what CI tests everywhere else.
const catalog = Object.fromEntries(
  [
    ...readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8').matchAll(
      /^ {2}"?([@\w/.-]+)"?: (\S+)$/gm,
    ),
  ].map((m) => [m[1], m[2]]),
);
const example = JSON.parse(readFileSync(join(root, 'examples/payload-site/package.json'), 'utf8'));
const pin = (name) => {
  const v = example.dependencies[name] ?? example.devDependencies[name];
  return v === 'catalog:' ? catalog[name] : v;
};

const work = mkdtempSync(join(tmpdir(), 'smula-pack-install-'));
check(relative(root, work).startsWith('..'), `${work} must be outside the workspace`);
const tarballs = join(work, 'tarballs');
const app = join(work, 'site');
let server;
let upstream;
let browser;

try {
  // 1. Pack (turbo's e2e task has built core, banner and this package: see turbo.json).
  for (const built of [
    'packages/core/dist/index.js',
    'packages/cms-plugin/dist/index.js',
    'packages/banner/dist/banner.min.js',
  ])
    check(
      existsSync(join(root, built)),
      `${built} is missing: run through turbo (pnpm exec turbo run e2e --filter=@smula/cms-plugin)`,
    );
  mkdirSync(tarballs);
  for (const pkg of ['core', 'cms-plugin'])
    run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', pkg), {}, true);
  const tgz = Object.fromEntries(
    readdirSync(tarballs).map((f) => [
      f.startsWith('smula-core') ? 'core' : 'plugin',
      join(tarballs, f),
    ]),
  );

  // 2. The tarballs: built output only, exports without the workspace's source condition, no
  //    workspace: or catalog: versions.
  for (const [name, file] of Object.entries(tgz)) {
    const manifest = tarJson(file, 'package.json');
    const text = JSON.stringify(manifest);
    check(!text.includes('@smula/source'), `${name}: exports still point at src`);
    check(!/workspace:|catalog:/.test(text), `${name}: unresolved workspace:/catalog: versions`);
    check(
      manifest.engines?.node && manifest.license && manifest.repository,
      `${name}: engines/license/repository`,
    );
    const files = tarList(file);
    check(files.includes('package/README.md'), `${name}: no README`);
    const stray = files.filter(
      (f) => !/^package\/(dist\/|package\.json$|README\.md$|LICENSE)/.test(f),
    );
    check(stray.length === 0, `${name}: files outside dist: ${stray.join(', ')}`);
    check(!files.some((f) => /\.test\.|test-server/.test(f)), `${name}: tests in the tarball`);
  }
  const pluginManifest = tarJson(tgz.plugin, 'package.json');
  check(
    Object.values(pluginManifest.peerDependencies).every((v) => /^[\^~>]/.test(v)),
    'peerDependencies must be ranges',
  );

  // 3. A fake admin with a real published config: the built banner and core's renderer.
  const siteKey = 'pack_install_site';
  const config = buildPublishedConfig(fjallbagerietDeclaration, {
    siteKey,
    version: 1,
    publishedAt: new Date().toISOString(),
  });
  const upstreamPort = await freePort();
  const adminUrl = `http://localhost:${upstreamPort}`;
  const script = bannerScript(config, { endpoint: `${adminUrl}/api/v1/consents` });
  upstream = createServer((req, res) => {
    const url = new URL(req.url ?? '/', adminUrl);
    if (url.pathname === `/b/${siteKey}.js`) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(script);
    } else if (url.pathname === `/api/v1/sites/${siteKey}/declaration`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderDeclaration(config, { locale: url.searchParams.get('locale') ?? 'sv' }));
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"not_found","message":"Not found."}}');
    }
  });
  await new Promise((r) => upstream.listen(upstreamPort, '127.0.0.1', r));

  // 4. The fresh Payload project, as a developer would write it.
  mkdirSync(app);
  const write = (file, text) => {
    mkdirSync(dirname(join(app, file)), { recursive: true });
    writeFileSync(join(app, file), text);
  };
  write(
    'package.json',
    `${JSON.stringify(
      {
        name: 'smula-pack-install-site',
        private: true,
        type: 'module',
        scripts: { build: 'next build', start: 'next start', payload: 'payload' },
        dependencies: {
          '@payloadcms/db-sqlite': pin('@payloadcms/db-sqlite'),
          '@payloadcms/next': pin('@payloadcms/next'),
          '@payloadcms/ui': pin('@payloadcms/ui'),
          '@smula/cms-plugin': `file:${tgz.plugin}`,
          graphql: pin('graphql'),
          next: pin('next'),
          payload: pin('payload'),
          react: pin('react'),
          'react-dom': pin('react-dom'),
        },
        devDependencies: {
          '@types/node': pin('@types/node'),
          '@types/react': pin('@types/react'),
          '@types/react-dom': pin('@types/react-dom'),
          typescript: pin('typescript'),
        },
      },
      null,
      2,
    )}\n`,
  );
  // Until @smula/core is on the registry, the plugin's dependency on it comes from its tarball.
  write(
    'pnpm-workspace.yaml',
    `overrides:\n  "@smula/core": "file:${tgz.core}"\nallowBuilds:\n  esbuild: false\n  sharp: false\n  unrs-resolver: false\n`,
  );
  write(
    'tsconfig.json',
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          allowJs: true,
          skipLibCheck: true,
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          resolveJsonModule: true,
          isolatedModules: true,
          jsx: 'react-jsx',
          incremental: true,
          plugins: [{ name: 'next' }],
          paths: { '@payload-config': ['./src/payload.config.ts'] },
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    )}\n`,
  );
  write(
    'next.config.mjs',
    `import { withPayload } from '@payloadcms/next/withPayload';\nexport default withPayload({ typescript: { ignoreBuildErrors: true } });\n`,
  );
  write(
    'src/payload.config.ts',
    `import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { smulaPlugin } from '@smula/cms-plugin';
import { buildConfig } from 'payload';

const here = dirname(fileURLToPath(import.meta.url));
const local = process.env.SMULA_ALLOW_LOCAL_ADMIN === 'true';

export default buildConfig({
  admin: { user: 'users', importMap: { baseDir: here } },
  collections: [{ slug: 'users', auth: true, fields: [] }],
  db: sqliteAdapter({ client: { url: process.env.DATABASE_URI ?? 'file:./payload.db' } }),
  secret: process.env.PAYLOAD_SECRET ?? 'pack-install-secret',
  telemetry: false,
  typescript: { autoGenerate: false },
  plugins: [
    smulaPlugin({
      adminUrl: process.env.SMULA_ADMIN_URL,
      siteKey: process.env.SMULA_SITE_KEY,
      allowHttpLocalhost: local,
      allowPrivateNetworks: local,
    }),
  ],
});
`,
  );
  // Payload's admin and REST routes: the same boilerplate as the example site's.
  cpSync(join(root, 'examples/payload-site/src/app/(payload)'), join(app, 'src/app/(payload)'), {
    recursive: true,
    filter: (src) => !src.endsWith('importMap.js'),
  });
  write(
    'src/app/(frontend)/layout.tsx',
    `import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaBannerScript } from '@smula/cms-plugin/react';
import { getPayload } from 'payload';
import type { ReactNode } from 'react';

export const dynamic = 'force-dynamic';

export default async function Layout({ children }: { children: ReactNode }) {
  const smula = await getSmulaSettings(await getPayload({ config }));
  return (
    <html lang="sv">
      <head>
        <SmulaBannerScript settings={smula} />
      </head>
      <body>{children}</body>
    </html>
  );
}
`,
  );
  write(
    'src/app/(frontend)/page.tsx',
    `export default function Home() {\n  return <h1>Hej</h1>;\n}\n`,
  );
  write(
    'src/app/(frontend)/cookie-policy/page.tsx',
    `import config from '@payload-config';
import { getSmulaSettings } from '@smula/cms-plugin';
import { SmulaDeclaration } from '@smula/cms-plugin/react';
import { getPayload } from 'payload';

export const dynamic = 'force-dynamic';

export default async function CookiePolicy() {
  const smula = await getSmulaSettings(await getPayload({ config }));
  return <SmulaDeclaration settings={smula} locale="sv" />;
}
`,
  );

  // 5. Install (the machine's pnpm store first), Payload's steps, build.
  const env = {
    DATABASE_URI: `file:${join(work, 'payload.db')}`,
    PAYLOAD_SECRET: 'pack-install-secret',
    SMULA_ADMIN_URL: adminUrl,
    SMULA_SITE_KEY: siteKey,
    SMULA_ALLOW_LOCAL_ADMIN: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  run('pnpm', ['install', '--prefer-offline', '--config.confirmModulesPurge=false'], app);
  run('pnpm', ['payload', 'generate:importmap'], app, env);
  run('pnpm', ['payload', 'migrate:create', 'initial'], app, env);
  run('pnpm', ['payload', 'migrate'], app, env);
  run('pnpm', ['exec', 'next', 'build'], app, { ...env, NODE_ENV: 'production' });

  // 6. Start it and look with Chromium.
  const port = await freePort();
  const site = `http://localhost:${port}`;
  let output = '';
  server = spawn(
    join(app, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: app,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  for (const deadline = Date.now() + 60_000; ; ) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(site)).status === 200) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  log(`the fresh site answers on ${site}`);

  browser = await launchChromium();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site);
  const src = await page.evaluate(
    () => document.querySelector('script[data-smula-banner]')?.getAttribute('src') ?? null,
  );
  check(src === '/api/smula/banner.js', `banner tag src is ${src}`);
  await page.getByRole('dialog').waitFor({ state: 'visible', timeout: 20_000 });
  check(
    (await page.getByRole('button', { name: 'Avvisa alla' }).count()) === 1,
    'no "Avvisa alla" button',
  );
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const policy = await noJs.newPage();
  const res = await policy.goto(`${site}/cookie-policy`);
  check(res?.status() === 200, `policy page answered ${res?.status()}`);
  check(
    (await policy.locator('.smula-declaration').getAttribute('data-version')) === '1',
    'the policy page does not show version 1 of the declaration',
  );
  const rows = await policy.locator('tr[data-item]').count();
  check(rows === config.items.length, `policy page lists ${rows} of ${config.items.length} items`);
  await noJs.close();
  log(`passed: banner and policy page (${rows} items) from the tarballs`);
} finally {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
  upstream?.close();
  if (process.env.KEEP) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
