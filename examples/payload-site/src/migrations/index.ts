import * as migration_20261203_071952_initial from './20261203_071952_initial';
import * as migration_20261206_035945_customers from './20261206_035945_customers';
import * as migration_20261207_000215_smula_cache from './20261207_000215_smula_cache';
import * as migration_20261207_052210_tenants from './20261207_052210_tenants';

export const migrations = [
  {
    up: migration_20261203_071952_initial.up,
    down: migration_20261203_071952_initial.down,
    name: '20261203_071952_initial',
  },
  {
    up: migration_20261206_035945_customers.up,
    down: migration_20261206_035945_customers.down,
    name: '20261206_035945_customers',
  },
  {
    up: migration_20261207_000215_smula_cache.up,
    down: migration_20261207_000215_smula_cache.down,
    name: '20261207_000215_smula_cache',
  },
  {
    up: migration_20261207_052210_tenants.up,
    down: migration_20261207_052210_tenants.down,
    name: '20261207_052210_tenants'
  },
];
