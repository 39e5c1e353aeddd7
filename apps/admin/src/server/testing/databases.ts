// Real databases for service tests: the embedded PGlite (a migrated template cloned per suite)
// and the PostgreSQL server on 127.0.0.1:5432 (a fresh database per suite, dropped after).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { TDb } from '../db/client';
import * as schema from '../db/schema';

export interface TTestDatabase {
  db: TDb;
  close: () => Promise<void>;
  /** PostgreSQL only: the database's URL, for child processes (workers) and own connections. */
  url?: string;
}

export interface TTestDriver {
  name: 'pglite' | 'pg';
  open: () => Promise<TTestDatabase>;
}

const migrationsFolder = join(process.cwd(), 'drizzle');
/** Overridable for other servers; the default is the one CI and developer machines run. */
const PG_ADMIN_URL = process.env.SMULA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type TPGlite = import('@electric-sql/pglite').PGlite;
let template: Promise<TPGlite> | undefined;

async function pgliteTemplate(): Promise<TPGlite> {
  template ??= (async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = new PGlite();
    await migrate(drizzle(client, { schema, casing: 'snake_case' }), { migrationsFolder });
    return client;
  })();
  return template;
}

const pglite: TTestDriver = {
  name: 'pglite',
  async open() {
    const { drizzle } = await import('drizzle-orm/pglite');
    // initdb costs seconds; a clone of the migrated template costs a fraction of that.
    const client = (await (await pgliteTemplate()).clone()) as TPGlite;
    return {
      db: drizzle(client, { schema, casing: 'snake_case' }) as unknown as TDb,
      close: () => client.close(),
    };
  },
};

const pg: TTestDriver = {
  name: 'pg',
  async open() {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const name = `smula_test_${randomBytes(6).toString('hex')}`;
    const admin = new Pool({ connectionString: PG_ADMIN_URL, max: 1 });
    await admin.query(`create database ${name}`);
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const pool = new Pool({ connectionString: url.toString(), max: 5 });
    const db = drizzle(pool, { schema, casing: 'snake_case' });
    await migrate(db, { migrationsFolder });
    return {
      db: db as unknown as TDb,
      url: url.toString(),
      async close() {
        await pool.end();
        // pool.end() resolves before its sockets are gone; dropping "with (force)" then kills
        // them and pg reports 57P01 on a connection nobody awaits. Wait for them to leave.
        for (let i = 0; i < 100; i++) {
          const { rows } = await admin.query(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((r) => setTimeout(r, 10));
        }
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  },
};

async function postgresReachable(): Promise<boolean> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * The drivers to run a suite against: always PGlite, and PostgreSQL when the server answers.
 * In CI an unreachable server is an error, not a skip: CI promises both.
 */
export async function testDrivers(): Promise<TTestDriver[]> {
  if (await postgresReachable()) return [pglite, pg];
  if (process.env.CI)
    throw new Error(`PostgreSQL is not reachable at ${PG_ADMIN_URL}; CI runs every suite on it.`);
  console.info(`[smula] PostgreSQL not reachable at ${PG_ADMIN_URL}: running on PGlite only.`);
  return [pglite];
}

/**
 * Declares one suite per driver (as drizzle-orm's own suites do), each with its database opened
 * before its tests and closed after. `t` is filled in by the suite's `beforeAll`, so read
 * `t.db` inside hooks and tests, not while declaring them.
 *
 * @example
 * await describeOnDrivers('category services', (t) => {
 *   it('lists', async () => expect(await listCategories(t.db, …)).toEqual([]));
 * });
 */
export async function describeOnDrivers(
  name: string,
  body: (t: TTestDatabase, driver: TTestDriver) => void,
): Promise<void> {
  for (const driver of await testDrivers()) {
    describe(`${name} on ${driver.name}`, () => {
      const t = {} as TTestDatabase;
      // Opening migrates a fresh database: seconds alone, but CI runs every package's tests at
      // once on two cores, where a minute has not always been enough.
      beforeAll(async () => {
        Object.assign(t, await driver.open());
      }, 180_000);
      afterAll(async () => t.close?.());
      body(t, driver);
    });
  }
}
