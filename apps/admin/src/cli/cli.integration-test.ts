/**
 * The CLI for real: `tsx src/cli/main.ts …` as a child process (what `pnpm smula` runs),
 * against a fresh embedded PGlite data directory and, when the server answers, a fresh
 * PostgreSQL database. Asserts exit codes and what an operator reads.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZScanReportSchema } from '@smula/core/scan';
import { findChromium, sharedDir } from '@smula/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDrivers } from '../server/testing/databases';

// Each test runs several `pnpm smula` processes (tsx start, PGlite open): a few seconds each on a
// quiet machine, many more on a busy two-core one, so a minute per test is not enough headroom.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

const adminDir = process.cwd();
const tsx = join(adminDir, 'node_modules', '.bin', 'tsx');
const PG_ADMIN_URL = process.env.SMULA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface TRun {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  args: string[],
  env: Record<string, string | undefined>,
  cwd = adminDir,
  /** Standard input; without it the command gets an empty, closed stdin. */
  input = '',
) {
  return new Promise<TRun>((resolve) => {
    const { DATABASE_URL: _, SMULA_DATA_DIR: __, INIT_CWD: ___, ...inherited } = process.env;
    const child = execFile(
      args[0] === 'pnpm' ? 'pnpm' : tsx,
      args[0] === 'pnpm' ? args.slice(1) : ['src/cli/main.ts', ...args],
      { cwd, env: { ...inherited, ...env }, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

const HEADER =
  'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';

/** One per driver: an empty database the CLI opens and migrates itself. */
async function target(name: 'pglite' | 'pg') {
  const work = mkdtempSync(join(tmpdir(), 'smula-cli-'));
  if (name === 'pglite') {
    return {
      work,
      env: { SMULA_DATA_DIR: join(work, 'data'), INIT_CWD: work },
      close: async () => rmSync(work, { recursive: true, force: true }),
    };
  }
  const { Pool } = await import('pg');
  const admin = new Pool({ connectionString: PG_ADMIN_URL, max: 1 });
  const db = `smula_cli_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${db}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${db}`;
  return {
    work,
    env: { DATABASE_URL: url.toString(), SMULA_DATA_DIR: join(work, 'data'), INIT_CWD: work },
    close: async () => {
      await admin.query(`drop database if exists ${db} with (force)`);
      await admin.end();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

const drivers = await testDrivers();

describe('pnpm smula, without a database', () => {
  it('prints usage: 0 when asked, 2 for an unknown command or missing arguments', async () => {
    const env = { SMULA_DATA_DIR: join(tmpdir(), 'smula-cli-unused') };
    const help = await run(['pnpm', 'smula', '--help'], env, join(adminDir, '..', '..'));
    expect(help.code).toBe(0);
    for (const name of [
      'migrate',
      'user create',
      'demo',
      'import',
      'export-csv',
      'ocd load',
      'ocd status',
    ])
      expect(help.stdout).toContain(`  ${name} `);

    const bogus = await run(['bogus'], env);
    expect(bogus).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown command "bogus"'),
    });
    expect(bogus.stderr).toContain('Usage: pnpm smula <command>');

    const group = await run(['ocd'], env);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('ocd load');

    const missing = await run(['import', 'onlyakey'], env);
    expect(missing).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Give either a file or --url'),
    });
    expect(missing.stderr).toContain('Usage: pnpm smula import <siteKey> (<file> | --url URL)');

    const badFlag = await run(['export-csv', 'k', '--nope'], env);
    expect(badFlag.code).toBe(2);

    const importHelp = await run(['import', '--help'], env);
    expect(importHelp).toMatchObject({ code: 0, stdout: expect.stringContaining('--dry-run') });
    // None of these opened the database.
    expect(existsSync(env.SMULA_DATA_DIR)).toBe(false);
  });
});

describe('pnpm smula doctor, when something is wrong', () => {
  it('says what is wrong and what to do: migrations not applied, PostgreSQL not answering', async () => {
    const work = mkdtempSync(join(tmpdir(), 'smula-doctor-'));
    try {
      const fresh = await run(['doctor'], { SMULA_DATA_DIR: join(work, 'data') });
      expect(fresh.code).toBe(1);
      expect(fresh.stdout).toMatch(/✗ Migrations: \d+ of \d+ not applied/);
      expect(fresh.stdout).toContain('→ Run: pnpm smula migrate');
      const away = await run(['doctor'], {
        DATABASE_URL: 'postgres://postgres:not-shown@127.0.0.1:1/smula',
        SMULA_DATA_DIR: join(work, 'data'),
      });
      expect(away.code).toBe(1);
      expect(away.stdout).toContain(
        '✗ Database: PostgreSQL at 127.0.0.1:1, database smula does not answer',
      );
      expect(away.stdout).toContain('→ Start PostgreSQL');
      expect(away.stdout + away.stderr).not.toContain('not-shown');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe.each(drivers)('pnpm smula on $name', (driver) => {
  let t: Awaited<ReturnType<typeof target>>;
  let siteKey = '';
  beforeAll(async () => {
    t = await target(driver.name);
  });
  afterAll(async () => t?.close());

  it('migrate, then demo: creates, publishes and prints the site key and address', async () => {
    expect(await run(['migrate'], t.env)).toMatchObject({
      code: 0,
      stdout: 'Migrations applied.\n',
    });
    const demo = await run(['demo'], t.env);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Created the demo site: 22 items');
    expect(demo.stdout).toContain('Published as version 1.');
    siteKey = /Site key: (\S+)/.exec(demo.stdout)?.[1] ?? '';
    expect(siteKey).toMatch(/^[\w-]{16,}$/);
    expect(demo.stdout).toMatch(/Open: http:\/\/localhost:3000\/sites\/[0-9a-f-]{36}/);
  });

  // Once (PGlite): the scan itself does not depend on the database, only --site reads it.
  it.skipIf(driver.name !== 'pglite')(
    'scan: a progress line, findings against the draft, the JSON report; bad --pages is 2',
    async () => {
      // A one-page site under a .test name, reached through Chromium's host rules: an HTTP
      // session cookie nobody declared, and the demo's declared `_ga` set before any choice.
      const server = createServer((req, res) => {
        if (req.url !== '/') return res.writeHead(404).end();
        res.writeHead(200, {
          'content-type': 'text/html',
          'set-cookie': 'sid=1; Path=/; HttpOnly',
        });
        res.end(
          "<!doctype html><title>Shop</title><script>document.cookie = '_ga=GA1.1.1;path=/;max-age=3600';</script>",
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://www.cli.test:${(server.address() as AddressInfo).port}/`;
      try {
        const res = await run(
          [
            'scan',
            url,
            '--site',
            siteKey,
            '--pages',
            '1',
            '--json',
            'scan.json',
            '--host-rules',
            'MAP *.test 127.0.0.1',
            '--chromium',
            findChromium(),
          ],
          t.env,
        );
        expect(res.stderr).toBe('');
        expect(res.code).toBe(0);
        expect(res.stdout).toContain(`[1/1] ok     ${url}`);
        expect(res.stdout).toContain('Consent given by: none.');
        // No banner here: Reject all found nothing to press, so the same cookies stay.
        expect(res.stdout).toContain('Set before any choice (2):');
        expect(res.stdout).toContain('Still there after Reject all (2):');
        expect(res.stdout).toContain(
          'Cookie _ga (www.cli.test) (marketing) is set before any choice.',
        );
        expect(res.stdout).toContain('Seen but not declared (1):');
        expect(res.stdout).toContain('Cookie sid (www.cli.test) is not in the declaration.');
        const report = ZScanReportSchema.parse(
          JSON.parse(readFileSync(join(t.work, 'scan.json'), 'utf8')),
        );
        expect(report.findings.map((f) => f.kind)).toContain('set_before_consent');
        expect(report.observations.find((o) => o.name === 'sid')).toMatchObject({
          httpOnly: true,
          initiators: [url],
          states: ['none', 'rejected', 'accepted'],
        });
      } finally {
        server.closeAllConnections();
        server.close();
      }
      const bad = await run(['scan', url, '--pages', 'many'], t.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--pages must be a whole number from 1 to 1000, not "many".');
    },
  );

  it('doctor: the database opens, migrations are current, partitions ready, chains intact', async () => {
    const res = await run(['doctor'], t.env);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('✓ Database:');
    expect(res.stdout).toMatch(/✓ Migrations: all \d+ applied\./);
    expect(res.stdout).toContain('✓ Partitions: this month and the next two are ready');
    expect(res.stdout).toMatch(/✓ Hash chains for \d{4}-\d{2}-\d{2}: \d+ site\(s\)/);
    expect(res.stdout).toContain('Everything looks right.');
  });

  it('webhook add: prints the secret once, list shows only its hint; loopback needs the opt-in', async () => {
    // The test run allows private addresses; this command is run as a default install would.
    const refused = await run(['webhook', 'add', siteKey, 'http://127.0.0.1:9/hook'], {
      ...t.env,
      SMULA_WEBHOOK_ALLOW_PRIVATE: '0',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/127\.0\.0\.1/);
    const env = { ...t.env, SMULA_WEBHOOK_ALLOW_PRIVATE: '1' };
    const added = await run(
      ['webhook', 'add', siteKey, 'http://127.0.0.1:9/hook', '--description', 'CMS'],
      env,
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const secret = added.stdout.trimEnd().split('\n').at(-1)!;
    expect(secret).toMatch(/^whsec_\S{20,}$/);
    const list = await run(['webhook', 'list', siteKey], t.env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      new RegExp(
        `^[0-9a-f-]{36}  on   whsec_…${secret.slice(-4)}  http://127.0.0.1:9/hook  \\(CMS\\)\n$`,
      ),
    );
    expect(list.stdout).not.toContain(secret);
    expect((await run(['webhook', 'list', 'no-such-site'], t.env)).code).toBe(1);
    // The operator's own secret, from standard input only, and only a strong one.
    const own = `whsec_${randomBytes(32).toString('base64url')}`;
    const given = await run(
      ['webhook', 'add', siteKey, 'http://127.0.0.1:9/cms', '--secret-stdin'],
      env,
      adminDir,
      `${own}\n`,
    );
    expect(given.stderr).toBe('');
    expect(given.stdout).toContain(
      `Signing with the secret from standard input (whsec_…${own.slice(-4)}).`,
    );
    expect(given.stdout).not.toContain(own);
    const weak = await run(
      ['webhook', 'add', siteKey, 'http://127.0.0.1:9/cms', '--secret-stdin'],
      env,
      adminDir,
      'whsec_short\n',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('at least 32 URL-safe base64 characters');
  });

  it('export-csv: 22 rows and a header on stdout, or to --out relative to where it ran', async () => {
    const out = await run(['export-csv', siteKey], t.env);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(23);
    expect(lines[0]).toMatch(/^id,category,name,/);

    const file = await run(['export-csv', siteKey, '--out', 'demo.csv'], t.env);
    expect(file).toMatchObject({ code: 0, stdout: expect.stringContaining('Wrote 22 items') });
    expect(readFileSync(join(t.work, 'demo.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(23);

    const missing = await run(['export-csv', 'no-such-key'], t.env);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('No site with key "no-such-key"');
  });

  it('import: a dry run changes nothing; applying prints counts and warnings', async () => {
    writeFileSync(
      join(t.work, 'extra.csv'),
      'name,category,purpose:en\nextra_one,unclassified,First extra\nextra_two,statistics,Second extra\n',
    );
    const dry = await run(['import', siteKey, 'extra.csv', '--dry-run'], t.env);
    expect(dry.stderr).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/items\s+2 new, 0 changed, 0 unchanged/);
    expect(dry.stdout).toContain('Dry run: nothing was changed.');
    expect(dry.stdout).not.toContain('Warnings');
    expect((await run(['export-csv', siteKey], t.env)).stdout.trimEnd().split('\n')).toHaveLength(
      23,
    );

    const applied = await run(['import', siteKey, 'extra.csv', '--format', 'csv'], t.env);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Applied:');
    expect((await run(['export-csv', siteKey], t.env)).stdout.trimEnd().split('\n')).toHaveLength(
      25,
    );

    // Anything but *.csv is recognised by its content, as in the admin's Import tab.
    writeFileSync(
      join(t.work, 'policy.txt'),
      'Marknadsföring\nNamn\tLeverantör\tSyfte\tLagringstid\n' +
        'cli_mkt_one\tAnnonsbolaget AB\tVisar annonser från tredje part för besökaren.\t3 månader\n' +
        'cli_mkt_two\tAnnonsbolaget AB\tMäter hur annonser visas för besökaren.\tett dygn\n',
    );
    const auto = await run(['import', siteKey, 'policy.txt', '--dry-run'], t.env);
    expect(auto).toMatchObject({ code: 0, stderr: '' });
    expect(auto.stdout).toMatch(/\(recognised as tsv, \d+ % sure\):/);
    expect(auto.stdout).toMatch(/items\s+2 new, 0 changed, 0 unchanged/);

    const badFormat = await run(['import', siteKey, 'extra.csv', '--format', 'xml'], t.env);
    expect(badFormat).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown --format'),
    });
    const noFile = await run(['import', siteKey, 'nope.txt'], t.env);
    expect(noFile).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Cannot read nope.txt'),
    });
  });

  it('import --url: Cookiebot script and OneTrust JSON from loopback only when private addresses are allowed', async () => {
    const fixtures = join(adminDir, '..', '..', 'packages', 'core', 'src', 'import', 'fixtures');
    const cdJs = readFileSync(join(fixtures, 'cookiebot-cd-fr.js.txt'), 'utf8');
    const oneTrust = readFileSync(join(fixtures, 'onetrust-de.json'), 'utf8');
    const server = createServer((req, res) => {
      const path = req.url ?? '';
      if (path === '/3f6c1e0a/cd.js') {
        res.writeHead(200, { 'content-type': 'application/javascript; charset=utf-8' });
        res.end(cdJs);
      } else if (path === '/consent/0190aa/0190aa.json') {
        // OneTrust's domain file: no cookies, it names the rule set's language files.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ RuleSet: [{ Id: 'rs-1', Default: true, Languages: { de: 'de' } }] }),
        );
      } else if (path === '/consent/0190aa/rs-1/de.json') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(oneTrust);
      } else if (path === '/away') {
        res.writeHead(302, { location: 'http://localhost.example/elsewhere' }).end();
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // The admin's test config allows private addresses; this run says it does not.
      const refused = await run(['import', siteKey, '--url', `${base}/3f6c1e0a/cd.js`], {
        ...t.env,
        SMULA_SCAN_ALLOW_PRIVATE: '0',
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('127.0.0.1 is a private or reserved address');
      expect(refused.stderr).toContain('SMULA_SCAN_ALLOW_PRIVATE=1');

      const allowed = { ...t.env, SMULA_SCAN_ALLOW_PRIVATE: '1' };
      const cookiebot = await run(
        ['import', siteKey, '--url', `${base}/3f6c1e0a/cd.js`, '--locale', 'fr', '--dry-run'],
        allowed,
      );
      expect(cookiebot.stderr).toBe('');
      expect(cookiebot.code).toBe(0);
      expect(cookiebot.stdout).toContain(`Fetched ${base}/3f6c1e0a/cd.js`);
      expect(cookiebot.stdout).toMatch(/recognised as cookiebot-script/);
      expect(cookiebot.stdout).toMatch(/items\s+\d+ new/);

      const ot = await run(
        ['import', siteKey, '--url', `${base}/consent/0190aa/0190aa.json`, '--dry-run'],
        allowed,
      );
      expect(ot.stderr).toBe('');
      expect(ot.stdout).toContain(`Fetched ${base}/consent/0190aa/rs-1/de.json`);
      expect(ot.stdout).toMatch(/recognised as onetrust-json/);
      expect(ot.stdout).toMatch(/items\s+8 new/);

      const away = await run(['import', siteKey, '--url', `${base}/away`], allowed);
      expect(away.code).toBe(1);
      expect(away.stderr).toContain('redirects to another host (localhost.example)');
      const both = await run(['import', siteKey, 'x.txt', '--url', `${base}/a`], allowed);
      expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('not both') });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('ocd load and status: a path relative to where it ran; bad files fail', async () => {
    const empty = await run(['ocd', 'status'], t.env);
    expect(empty).toMatchObject({ code: 0, stdout: expect.stringContaining('Not loaded.') });

    writeFileSync(
      join(t.work, 'ocd.csv'),
      `${HEADER}\nx-1,Matomo,Analytics,_pk_id.,,Visitor ID,13 months,Matomo,https://matomo.org/privacy-policy/,1\n`,
    );
    const load = await run(['ocd', 'load', 'ocd.csv'], t.env);
    expect(load.stderr).toBe('');
    expect(load).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Loaded 1 Open Cookie'),
    });
    expect(load.stdout).toContain('Open Cookie Database (Apache-2.0)');
    const status = await run(['ocd', 'status'], t.env);
    expect(status.stdout).toMatch(/Rows:\s+1\n/);
    expect(status.stdout).toContain(join(t.work, 'ocd.csv'));

    writeFileSync(join(t.work, 'not-ocd.csv'), 'name,category\nbasket,necessary\n');
    const wrong = await run(['ocd', 'load', 'not-ocd.csv'], t.env);
    expect(wrong).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No Open Cookie Database rows'),
    });
    const missing = await run(['ocd', 'load', 'missing.csv'], t.env);
    expect(missing).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Cannot read missing.csv'),
    });
    expect((await run(['ocd', 'status'], t.env)).stdout).toMatch(/Rows:\s+1\n/);
  });

  it('ocd load fetches an http(s) URL, and fails with 1 on an HTTP error', async () => {
    const csv = `${HEADER}\nu-1,Exempel,Marketing,ads_id,,Ads ID,1 year,Exempel Ads,,0\nu-2,Exempel,Analytics,stat_,,Stats,1 day,Exempel,,1\n`;
    const server = createServer((req, res) => {
      if (req.url?.startsWith('/ocd.csv'))
        res.writeHead(200, { 'content-type': 'text/csv' }).end(csv);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const load = await run(['ocd', 'load', `${base}/ocd.csv?token=s3cret`], t.env);
      expect(load).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('Loaded 2 Open Cookie'),
      });
      const status = await run(['ocd', 'status'], t.env);
      expect(status.stdout).toContain(`Source:    ${base}/ocd.csv\n`);
      expect(load.stdout + status.stdout).not.toContain('s3cret');
      const missing = await run(['ocd', 'load', `${base}/gone.csv`], t.env);
      expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining('HTTP 404') });
    } finally {
      server.close();
    }
  });

  it.skipIf(!sharedDir())('ocd load reads the real database from ../shared', async () => {
    const path = join(sharedDir()!, 'data', 'open-cookie-database.csv');
    const load = await run(['ocd', 'load', path], t.env);
    expect(load.code).toBe(0);
    expect(load.stdout).toMatch(/Loaded \d{4} Open Cookie Database rows/);
  });

  it('user create: the password only from stdin or a prompt, never echoed; a duplicate fails with 1', async () => {
    const onCommandLine = await run(
      ['user', 'create', '--email', 'op@example.test', '--password', 'a long secret pw'],
      t.env,
    );
    expect(onCommandLine).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not taken on the command line'),
    });
    // No terminal and no --password-stdin: nothing to ask on, a clear refusal.
    const noTty = await run(['user', 'create', '--email', 'op@example.test'], t.env);
    expect(noTty).toMatchObject({ code: 1, stderr: expect.stringContaining('--password-stdin') });

    const args = ['user', 'create', '--email', 'op@example.test', '--password-stdin'];
    const first = await run(args, t.env, adminDir, 'a long secret pw\n');
    expect(first.code).toBe(0);
    expect(first.stdout + first.stderr).not.toContain('a long secret pw');
    const again = await run(args, t.env, adminDir, 'a long secret pw\n');
    expect(again).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists') });
    expect(again.stdout + again.stderr).not.toContain('a long secret pw');
  });
});
