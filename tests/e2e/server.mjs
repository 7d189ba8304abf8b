// A 127.0.0.1 server for the real-browser tests: the seed reconstruction, the e2e pages and an SPA.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.join(here, 'pages');
const SEED = path.resolve(here, '../fixtures/benzinga-neuro-republished/source.html');

/** URL path → file. Anything else is a 404. */
function fileFor(pathname) {
  if (pathname === '/seed/' || pathname === '/seed') return SEED;
  if (pathname === '/spa/' || pathname.startsWith('/spa/')) return path.join(PAGES, 'spa.html');
  const m = /^\/pages\/([a-z0-9-]+\.html)$/.exec(pathname);
  return m ? path.join(PAGES, m[1]) : null;
}

export async function startServer() {
  const srv = http.createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address();
  const origin = `http://127.0.0.1:${port}`;
  return { srv, origin, url: (p) => `${origin}${p}`, close: () => new Promise((r) => srv.close(r)) };
}
