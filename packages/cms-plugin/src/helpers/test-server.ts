// A real HTTP server standing in for the Smula admin in unit tests: it serves whatever the
// test sets, counts requests, and can be stopped and started again on the same port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type THandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TFakeAdmin {
  url: string;
  requests: IncomingMessage[];
  handle: (handler: THandler) => void;
  stop: () => Promise<void>;
  restart: () => Promise<void>;
}

export async function startFakeAdmin(handler: THandler): Promise<TFakeAdmin> {
  let current = handler;
  const requests: IncomingMessage[] = [];
  const make = () =>
    createServer((req, res) => {
      requests.push(req);
      current(req, res);
    });
  let server: Server = make();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (h) => {
      current = h;
    },
    stop: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    restart: async () => {
      server = make();
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    },
  };
}

/** A URL on which nothing listens (a port just freed), for "admin unreachable" cases. */
export async function closedUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}`;
}
