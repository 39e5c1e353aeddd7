// Scan fixtures: a tiny site on loopback that sets known storage (and can hold its first page
// until a test lets it go, to catch a worker mid-scan), and a finished scan row with a report.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TScanReport } from '@smula/core/scan';
import type { TDb } from '../db/client';
import { scans } from '../db/schema/scans';

export interface TScanFixtureSite {
  /** `http://127.0.0.1:<port>/`. */
  url: string;
  /** Page loads so far, by path. */
  hits: Map<string, number>;
  /** Resolves when the next request for `/` arrives while held. */
  held(): Promise<void>;
  /** Hold the next request for `/` (one) until `release()`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/**
 * The page sets `sid` (HTTP) and `seen` (document.cookie) and the `prefs` localStorage key, all
 * first party, with no banner: a scan finds three undeclared items and sets them in state `none`.
 */
export async function startScanFixtureSite(): Promise<TScanFixtureSite> {
  const hits = new Map<string, number>();
  let holding = false;
  let releaseHeld: (() => void) | undefined;
  let arrived: (() => void) | undefined;
  let arrivedPromise: Promise<void> = new Promise((r) => {
    arrived = r;
  });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path !== '/') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const answer = () =>
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'set-cookie': 'sid=abc; Path=/; HttpOnly',
        })
        .end(`<!doctype html><html lang="en"><head><title>Fixture</title>
<script>document.cookie = 'seen=1; path=/; max-age=3600'; localStorage.setItem('prefs', '1');</script>
</head><body><p>A fixture page.</p></body></html>`);
    if (holding) {
      holding = false;
      releaseHeld = answer;
      arrived?.();
      return;
    }
    answer();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    hold() {
      holding = true;
      arrivedPromise = new Promise((r) => {
        arrived = r;
      });
    },
    held: () => arrivedPromise,
    release() {
      releaseHeld?.();
      releaseHeld = undefined;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A report with one undeclared first-party cookie, `scan_probe`, set before any choice. */
export function sampleScanReport(url = 'https://a.example/'): TScanReport {
  return {
    schemaVersion: 1,
    url,
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:01:00.000Z',
    pages: [{ url, foundBy: 'start', status: 'ok', httpStatus: 200, smula: false }],
    observations: [
      {
        kind: 'cookie',
        name: 'scan_probe',
        host: 'a.example',
        domain: 'a.example',
        path: '/',
        expires: 3600,
        party: 'first',
        initiators: [`${url}app.js`],
        pages: [url],
        states: ['none', 'rejected', 'accepted'],
      },
    ],
    findings: [
      {
        kind: 'undeclared',
        observation: 0,
        message: 'Cookie “scan_probe” is not in the declaration.',
        suggestion: {
          ocdId: 'probe',
          name: 'scan_probe',
          wildcard: false,
          category: 'necessary',
          vendor: 'Probe Vendor',
          description: 'A probe.',
        },
      },
    ],
  };
}

/** A finished scan of a site, inserted directly (no browser). */
export async function insertDoneScan(db: TDb, siteId: string, report = sampleScanReport()) {
  const [row] = await db
    .insert(scans)
    .values({
      siteId,
      url: report.url,
      status: 'done',
      report,
      summary: {
        pagesOk: 1,
        pagesFailed: 0,
        observations: report.observations.length,
        findings: { undeclared: 1 },
        smulaFound: false,
      },
      pagesDone: 1,
      pagesTotal: 1,
      finishedAt: new Date(),
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
