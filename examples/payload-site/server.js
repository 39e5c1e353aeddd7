// Serves the site like `next start`, with one addition: the Smula banner tag that the layout
// renders is moved to be the first child of <head>. Next.js (React, really) always puts its
// own meta, stylesheets and async runtime chunks before anything a layout renders, and an
// async script already parsed may run before a later blocking one; first in <head>, the banner
// runs before any of them. Any Node host can do the same with bannerFirstInResponse.
//
//   node server.js [--dev]        PORT (default 3100) and HOST (default localhost)
import { createServer } from 'node:http';
import { bannerFirstInResponse } from '@smula/cms-plugin/helpers';

const dev = process.argv.includes('--dev');
process.env.NODE_ENV ??= dev ? 'development' : 'production';
const port = Number(process.env.PORT ?? 3100);
const hostname = process.env.HOST ?? 'localhost';

// Imported after NODE_ENV is set: Next reads it when it loads.
const { default: next } = await import('next');
const app = next({ dev, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  bannerFirstInResponse(res);
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname}:${port}`);
});
