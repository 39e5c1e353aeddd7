// A webhook receiver on loopback for tests: records every request and answers with the status
// codes it is given in turn (the last one repeats). Tests wait for requests, never for time.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TReceived {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `Date.now()` when the request arrived. */
  at: number;
}

export interface TWebhookReceiver {
  /** `http://127.0.0.1:<port>/hook`. */
  url: string;
  received: TReceived[];
  /** Resolves with the first `n` requests once that many have arrived. */
  waitFor(n: number): Promise<TReceived[]>;
  close(): Promise<void>;
}

/** `hold`: answers wait for it (a receiver still working while the test acts). */
export async function startWebhookReceiver(
  statuses: number[] = [200],
  hold: Promise<void> = Promise.resolve(),
): Promise<TWebhookReceiver> {
  const received: TReceived[] = [];
  const waiters: { n: number; resolve: (r: TReceived[]) => void }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      });
      const n = received.length;
      const status = statuses[Math.min(n, statuses.length) - 1] ?? 200;
      void hold.then(() =>
        res.writeHead(status, { 'content-type': 'text/plain' }).end(`answer ${n}`),
      );
      for (const w of waiters.filter((w) => received.length >= w.n)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(received.slice(0, w.n));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    waitFor: (n) =>
      received.length >= n
        ? Promise.resolve(received.slice(0, n))
        : new Promise((resolve) => waiters.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
