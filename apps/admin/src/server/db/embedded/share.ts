import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/** The file name PostgreSQL clients look for in a socket directory (`host` = the directory). */
export const SOCKET_FILE = '.s.PGSQL.5432';
export const SOCKET_PORT = 5432;

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

/** A Sync and a `ROLLBACK` query, to put the one backend session back in order after a client
 * left mid-statement or mid-transaction. */
const SYNC = Buffer.from([0x53, 0, 0, 0, 4]);
function simpleQuery(text: string): Buffer {
  const body = Buffer.from(`${text}\0`, 'utf8');
  const head = Buffer.alloc(5);
  head.write('Q', 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/**
 * Follows the backend's answer stream across chunks and remembers the status of the last
 * ReadyForQuery ('Z'): 'I' idle, 'T' in a transaction, 'E' in a failed transaction.
 */
class ReadyTracker {
  private header = Buffer.alloc(0);
  private skip = 0;
  private inReady = false;
  status: string | null = null;

  feed(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        if (this.inReady) this.status = String.fromCharCode(chunk[i + n - 1]!);
        i += n;
        this.skip -= n;
        continue;
      }
      const n = Math.min(5 - this.header.length, chunk.length - i);
      this.header = Buffer.concat([this.header, chunk.subarray(i, i + n)]);
      i += n;
      if (this.header.length === 5) {
        this.inReady = this.header[0] === 0x5a; // 'Z'
        this.skip = this.header.readInt32BE(1) - 4;
        this.header = Buffer.alloc(0);
      }
    }
  }
}

export interface TShareOptions {
  /** A client holding the database mid-transaction without sending anything for this long is
   * disconnected (and its transaction rolled back), so it can never stall the server. */
  idleInTransactionMs?: number;
}

export interface TShareServer {
  socketDir: string;
  connections: () => number;
  close: () => Promise<void>;
}

type TRelease = () => void;

/**
 * Serves one process's PGlite to other local processes over the PostgreSQL protocol, on a Unix
 * socket only its own OS user can open (the socket's directory is 0700, like the data itself).
 *
 * PGlite is one backend session. Each client gets it exclusively from its first message until
 * the backend is idle again (ReadyForQuery 'I'): a whole extended-protocol exchange, a whole
 * transaction, a COPY. Exclusivity is PGlite's own transaction lock, the one this process's
 * queries and transactions take, so a client's statements never run inside the server's open
 * transaction, nor the server's inside a client's. (pglite-socket's multiplexer takes only the
 * per-query lock and interleaves with in-process transactions, which is why this is our own.)
 */
export async function serveEmbedded(
  db: PGlite,
  socketDir: string,
  options: TShareOptions = {},
): Promise<TShareServer> {
  const idleMs = options.idleInTransactionMs ?? 30_000;
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  chmodSync(socketDir, 0o700);
  const socketPath = join(socketDir, SOCKET_FILE);
  // Any socket file here is a leftover: the caller holds the data directory's lock.
  rmSync(socketPath, { force: true });

  const sessions = new Set<Session>();
  const server: Server = createServer((socket) => {
    const session = new Session(db, socket, idleMs, () => sessions.delete(session));
    sessions.add(session);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(socketPath, 0o600);
  server.on('error', (err) => console.error('embedded database socket:', err.message));

  return {
    socketDir,
    connections: () => sessions.size,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...sessions].map((s) => s.end()));
      await closed;
      rmSync(socketPath, { force: true });
    },
  };
}

interface TMessage {
  data: Buffer;
  /** A startup packet, a simple Query or a Sync: the backend answers ReadyForQuery after it. */
  boundary: boolean;
}

class Session {
  private buffer = Buffer.alloc(0);
  private started = false;
  private messages: TMessage[] = [];
  private running: Promise<void> | null = null;
  private release: TRelease | null = null;
  private readonly ready = new ReadyTracker();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private ended: Promise<void> | null = null;

  constructor(
    private readonly db: PGlite,
    private readonly socket: Socket,
    private readonly idleMs: number,
    private readonly onEnd: () => void,
  ) {
    socket.on('data', (data: Buffer) => this.receive(data));
    socket.on('error', () => void this.end());
    socket.on('close', () => void this.end());
  }

  private receive(data: Buffer): void {
    if (this.ended) return;
    this.clearIdle();
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      // Before the startup packet, packets have no type byte: a length, then a code.
      const headerLength = this.started ? 5 : 8;
      if (this.buffer.length < headerLength) break;
      const length = this.started ? 1 + this.buffer.readInt32BE(1) : this.buffer.readInt32BE(0);
      if (length < headerLength || length > 1 << 30) {
        this.socket.destroy(); // not the PostgreSQL protocol
        return;
      }
      if (this.buffer.length < length) break;
      const data = Buffer.from(this.buffer.subarray(0, length));
      this.buffer = this.buffer.subarray(length);
      if (!this.started) {
        const code = data.readInt32BE(4);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          this.socket.write('N'); // no encryption on a local socket
          continue;
        }
        if (code !== PROTOCOL_3) {
          // A CancelRequest (one backend: nothing to cancel from the side) or a stranger.
          this.socket.destroy();
          return;
        }
        this.started = true;
        this.messages.push({ data, boundary: true });
        continue;
      }
      if (data[0] === 0x58) {
        // Terminate: the client is done. Never pass it on: it would end the server's backend.
        void this.end();
        return;
      }
      this.messages.push({ data, boundary: data[0] === 0x51 || data[0] === 0x53 });
    }
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  private async run(): Promise<void> {
    try {
      while (this.messages.length && !this.ended) {
        const message = this.messages.shift()!;
        this.release ??= await this.acquire();
        if (this.ended) return;
        await this.db.runExclusive(() =>
          this.db.execProtocolRawStream(message.data, {
            onRawData: (data) => {
              this.ready.feed(data);
              if (!this.socket.destroyed) this.socket.write(Buffer.from(data));
            },
          }),
        );
        // Idle again: let the server and other clients in.
        if (message.boundary && this.ready.status === 'I') {
          this.ready.status = null;
          this.release();
          this.release = null;
        }
      }
      if (this.release && !this.ended) this.armIdle();
    } catch {
      this.socket.destroy();
    }
  }

  /** Waits for PGlite's transaction lock, which in-process queries and transactions take too. */
  private acquire(): Promise<TRelease> {
    return new Promise<TRelease>((acquired) => {
      void this.db._runExclusiveTransaction(
        () => new Promise<void>((release) => acquired(release)),
      );
    });
  }

  private armIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => this.socket.destroy(), this.idleMs);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Ends the session; if it held the backend, finishes what it left open first. */
  end(): Promise<void> {
    this.ended ??= (async () => {
      this.clearIdle();
      this.messages = [];
      if (!this.socket.destroyed) this.socket.destroy();
      await this.running;
      if (this.release) {
        try {
          await this.db.runExclusive(async () => {
            // A Sync ends an unfinished extended-protocol exchange; then roll back whatever
            // transaction the client left open, so no half of it is ever committed.
            await this.db.execProtocolRaw(SYNC);
            if (this.db.isInTransaction()) await this.db.execProtocolRaw(simpleQuery('ROLLBACK'));
          });
        } catch {}
        this.release();
        this.release = null;
      }
      this.onEnd();
    })();
    return this.ended;
  }
}
