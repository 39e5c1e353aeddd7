// A stand-in for the admin server in fault tests: opens the embedded database in
// SMULA_DATA_DIR as the server does (lock, then serve it to commands on its socket) and takes
// consent records on a free port with the same ingestion code. Prints `{"port":n}` once ready.
//   tsx src/server/testing/embedded-server.ts
import { createCollectorServer } from '../consent-ingest/collector';
import { createIngestDeps } from '../consent-ingest/runtime';
import { getDatabase } from '../db';

const handle = await getDatabase({ role: 'serve', label: 'embedded-server (test)' });
const server = createCollectorServer(createIngestDeps(handle.db));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' ? address?.port : null }));
});
const stop = () =>
  server.close(async () => {
    await handle.close();
    process.exit(0);
  });
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
