#!/usr/bin/env node
// The admin's production server: Next's request handler behind a plain node:http server.
//
// Why not `next start`: Next's route handlers cannot see the TCP connection, and Next keeps an
// `X-Forwarded-For` a client sent, so the app could not tell a visitor's real address (for rate
// limits, sign-in throttling and the truncated IP of consent records) from one the visitor made
// up. This server hands the peer's address to the app in a header that carries a secret made
// at start, which a client cannot forge; see src/server/security/client-address.ts.
//
//   node server.mjs [--port 3000] [--hostname 0.0.0.0]
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const started = Date.now();
const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}".`);
  process.exit(2);
}
const hostname = values.hostname;

// Read by the app through env.ts; set before Next loads any of its modules.
const peerToken = randomBytes(24).toString('base64url');
process.env.SMULA_PEER_TOKEN = peerToken;
process.env.NODE_ENV = 'production';

const app = next({ dev: false, dir: import.meta.dirname, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // Whatever a client sent under this name is replaced: only this line speaks for the socket.
  req.headers['x-smula-peer'] = `${peerToken} ${req.socket.remoteAddress ?? ''}`;
  handle(req, res);
});
server.listen(port, hostname, () => {
  const shown = !hostname || hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  console.log(`✓ Ready in ${Date.now() - started}ms: http://${shown}:${port}`);
});

// SIGTERM (a deploy, `docker stop`) or Ctrl-C: stop taking requests, let the consent writer's
// last batch commit, close the database (the embedded one then needs no recovery), then exit.
let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then stopping.`);
  const force = setTimeout(() => process.exit(1), 15_000);
  force.unref();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeIdleConnections?.();
  });
  const g = globalThis;
  try {
    const ingest = await g.__smulaIngest?.catch(() => undefined);
    await ingest?.writer.drain();
    const db = await g.__smulaDb?.catch(() => undefined);
    await db?.close();
  } catch (err) {
    console.error(`Shutdown: ${err instanceof Error ? err.message : String(err)}`);
  }
  process.exit(0);
}
process.once('SIGTERM', () => void stop('SIGTERM'));
process.once('SIGINT', () => void stop('SIGINT'));
