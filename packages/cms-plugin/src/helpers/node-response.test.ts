import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { moveBannerFirst } from './inject-head.js';
import { bannerFirstInResponse } from './node-response.js';

const TAG = '<script src="https://c.example.se/b/key12345.js" data-smula-banner=""></script>';
// Roughly what Next.js sends: its own tags first, the layout's banner tag further down.
const NEXT_LIKE = `<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script src="/_next/chunk.js" async=""></script><title>Kåren</title>${TAG}</head><body><p>Smörgås</p></body></html>`;
const EXPECTED = `<!DOCTYPE html><html lang="sv"><head>${TAG}<meta charSet="utf-8"/><link rel="stylesheet" href="/a.css"/><script src="/_next/chunk.js" async=""></script><title>Kåren</title></head><body><p>Smörgås</p></body></html>`;

describe('moveBannerFirst', () => {
  it('moves the marked tag to be the first child of <head>', () => {
    expect(moveBannerFirst(NEXT_LIKE)).toBe(EXPECTED);
    expect(moveBannerFirst(EXPECTED)).toBe(EXPECTED);
  });
  it('leaves pages without the tag alone', () => {
    const page = '<html><head><script src="/x.js"></script></head></html>';
    expect(moveBannerFirst(page)).toBe(page);
  });
});

/** Serves with `send` behind bannerFirstInResponse and returns what a client receives. */
async function serve(send: (res: ServerResponse) => void) {
  const server = createServer((_req, res) => {
    bannerFirstInResponse(res);
    send(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return { body: await res.text(), headers: res.headers };
  } finally {
    await new Promise((r) => server.close(r));
  }
}

describe('bannerFirstInResponse', () => {
  it('rewrites a streamed HTML page, even with a character split between chunks', async () => {
    const bytes = Buffer.from(NEXT_LIKE, 'utf8');
    const split = bytes.indexOf(Buffer.from('å', 'utf8')) + 1; // inside the two bytes of "å"
    const { body } = await serve((res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.write(bytes.subarray(0, split));
      setTimeout(() => {
        res.write(bytes.subarray(split, split + 40));
        res.end(bytes.subarray(split + 40));
      }, 20);
    });
    expect(body).toBe(EXPECTED);
  });

  it('handles headers given to writeHead, dropping a now wrong content-length', async () => {
    const { body, headers } = await serve((res) => {
      res.writeHead(200, {
        'content-type': 'text/html',
        'content-length': String(Buffer.byteLength(NEXT_LIKE)),
      });
      res.end(NEXT_LIKE);
    });
    expect(body).toBe(EXPECTED);
    // The transform may change the length, so the response goes out chunked instead.
    expect(headers.get('content-length')).toBeNull();
  });

  it('streams the body after </head> without waiting for the end', async () => {
    let sawHead = '';
    const server = createServer((_req, res) => {
      bannerFirstInResponse(res);
      res.setHeader('content-type', 'text/html');
      res.write(NEXT_LIKE.slice(0, NEXT_LIKE.indexOf('<body>')));
      // The rest only after the client has read the head.
      const wait = setInterval(() => {
        if (!sawHead) return;
        clearInterval(wait);
        res.end('<body></body></html>');
      }, 10);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const reader = res.body!.getReader();
      const first = await reader.read();
      sawHead = new TextDecoder().decode(first.value);
      expect(sawHead.startsWith(`<!DOCTYPE html><html lang="sv"><head>${TAG}`)).toBe(true);
      while (!(await reader.read()).done) {}
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('passes responses that are not HTML through untouched', async () => {
    const json = await serve((res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ html: NEXT_LIKE }));
    });
    expect(JSON.parse(json.body).html).toBe(NEXT_LIKE);
  });
});
