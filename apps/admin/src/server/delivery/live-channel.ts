import type { Notification } from 'pg';
import { createPool } from '../db/client';
import { describeError } from '../db/errors';
import type { TDeliveryCaches } from './deliver';

/** The PostgreSQL channel a publish notifies with the site's key (see publish-site.ts). */
export const LIVE_CHANNEL = 'smula_live';

/**
 * Listens on {@link LIVE_CHANNEL} over a connection of its own, so a publish on any instance
 * is visible on this one at once rather than after the pointer's TTL. A lost connection is
 * retried (0.5 s doubling to 8 s); on every (re)connect all pointers are dropped, since
 * notifications sent meanwhile were missed. On PGlite there is one process, whose publish
 * clears its own pointer directly.
 */
export class LivePointerListener {
  private client: import('pg').PoolClient | null = null;
  private stopped = false;
  private pause = 500;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the listening connection is up (part of readiness). */
  connected = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly caches: TDeliveryCaches,
    private readonly log: (msg: string) => void = console.error,
  ) {}

  async start(): Promise<void> {
    const pool = await createPool({ connectionString: this.databaseUrl, max: 1 });
    const connect = async () => {
      if (this.stopped) return;
      try {
        const client = await pool.connect();
        // Stopped while connecting: a client kept checked out would hold pool.end() forever.
        if (this.stopped) {
          client.release(true);
          return;
        }
        client.on('notification', (n: Notification) => {
          if (n.channel === LIVE_CHANNEL && n.payload) {
            this.caches.pointers.delete(n.payload);
            this.caches.reading.delete(n.payload);
          }
        });
        client.once('error', () => lost());
        client.once('end', () => lost());
        await client.query(`LISTEN ${LIVE_CHANNEL}`);
        this.client = client;
        this.caches.pointers.clear();
        this.connected = true;
        this.pause = 500;
      } catch (err) {
        this.log(`live pointer listener: ${describeError(err)}; retrying`);
        lost();
      }
    };
    const lost = () => {
      this.connected = false;
      this.client?.release(true);
      this.client = null;
      if (this.stopped || this.timer) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        void connect();
      }, this.pause);
      this.pause = Math.min(this.pause * 2, 8000);
    };
    this.end = async () => {
      this.stopped = true;
      if (this.timer) clearTimeout(this.timer);
      this.client?.release(true);
      this.client = null;
      // A connection attempt still under way ends with its timeout; do not wait for it.
      await Promise.race([
        pool.end().catch(() => {}),
        new Promise((r) => setTimeout(r, 1000).unref()),
      ]);
    };
    await connect();
  }

  end: () => Promise<void> = async () => {};
}
