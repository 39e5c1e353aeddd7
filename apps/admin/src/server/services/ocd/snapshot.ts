import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TDbOrTx } from '../../db/client';
import { ocdLoads } from '../../db/schema/ocd';
import { loadOcd } from './load-ocd';

/** The shipped snapshot (Apache-2.0, with its licence beside it): `apps/admin/data/…`. */
export const OCD_SNAPSHOT_SOURCE = 'Open Cookie Database snapshot shipped with Smula';

/**
 * The snapshot's path: beside the admin's working directory (`next start`, `pnpm smula`), or in
 * the repository when run from its root. Undefined when neither has it (a trimmed image).
 */
export function ocdSnapshotPath(cwd = process.cwd()): string | undefined {
  return [
    join(cwd, 'data', 'open-cookie-database', 'open-cookie-database.csv'),
    join(cwd, 'apps', 'admin', 'data', 'open-cookie-database', 'open-cookie-database.csv'),
  ].find((p) => existsSync(p));
}

/** Loads the shipped snapshot, replacing what was loaded (`pnpm smula ocd load` alone). */
export async function loadOcdSnapshot(db: TDbOrTx, path = ocdSnapshotPath()) {
  if (!path) throw new Error('The Open Cookie Database snapshot is not in this installation.');
  return loadOcd(db, { csvText: await readFile(path, 'utf8'), source: OCD_SNAPSHOT_SOURCE });
}

/**
 * On the admin's first start: loads the snapshot when no Open Cookie Database was ever loaded,
 * so suggestions work on a fresh install. Never again once any load happened (an operator's
 * own file, or an emptied table, stays as they left it). Returns whether it loaded.
 */
export async function loadOcdOnFirstStart(db: TDbOrTx, path = ocdSnapshotPath()) {
  const [any] = await db.select({ id: ocdLoads.id }).from(ocdLoads).limit(1);
  if (any || !path) return false;
  await loadOcdSnapshot(db, path);
  return true;
}
