// A stand-in for the admin server in fault tests: opens the embedded database in
// SMULA_DATA_DIR as the server does (lock, then serve it to commands on its socket) and takes
// consent records on a free port with the same public-plane code. Prints `{"port":n}` once ready.
//   tsx src/server/testing/embedded-server.ts
import { getDatabase } from '../db';
import { startTestPublicServer } from './public-server';

const handle = await getDatabase({ role: 'serve', label: 'embedded-server (test)' });
const { createIngestDeps } = await import('../consent-ingest/runtime');
const { server } = await startTestPublicServer(handle.db, { ingest: createIngestDeps(handle.db) });
const address = server.address();
console.log(JSON.stringify({ port: typeof address === 'object' ? address?.port : null }));
const stop = () =>
  server.close(async () => {
    await handle.close();
    process.exit(0);
  });
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
