import { defineConfig } from 'drizzle-kit';

// Generation only (`pnpm --filter @smula/admin db:generate`): migrations are committed and
// applied by the app at start, on PostgreSQL and on the embedded PGlite alike.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});
