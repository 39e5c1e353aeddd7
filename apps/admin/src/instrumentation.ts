/**
 * Next calls this once when a server process starts, in each runtime. Everything it does needs
 * Node (the database client, timers, `process.cwd`), so it is loaded only in the Node runtime:
 * a static import here (env.ts included) would be bundled into the Edge runtime too.
 * @see https://nextjs.org/docs/app/guides/instrumentation
 */
export async function register() {
  // biome-ignore lint/style/noProcessEnv: Next sets NEXT_RUNTIME per bundle; reading it through env.ts would pull that module into the Edge bundle, which is what this guard avoids.
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node');
}
