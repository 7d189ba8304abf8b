// The hardening suites' 127.0.0.1 server: serves ./pages.mjs and logs every request it gets, so a
// test can tell which addresses were asked for (by the pages, and by nobody else).
import http from 'node:http';
import { builtinsPage, hugePage, plainAiPage, republishedPage, xssPage } from './pages.mjs';

export async function startHardeningServer() {
  const log = [];
  let origin = '';
  /** Another site (127.0.0.2) for the copy's original: a cross-site original, so the copy names it. */
  let otherOrigin = '';
  const pages = {
    '/h/xss.html': () => xssPage(),
    '/h/builtins.html': () => builtinsPage(),
    '/h/huge.html': () => hugePage(),
    '/h/plain.html': () => plainAiPage(),
    '/h/plain-2.html': () => plainAiPage('the ferry'),
    '/h/tamper.html': () => plainAiPage('the lighthouse'),
    '/h/update.html': () => plainAiPage('the pier'),
    '/h/republished.html': () => republishedPage(`${otherOrigin}/h/original.html`),
    '/h/original.html': () => plainAiPage('the original'),
  };
  const handler = (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    log.push({ host: req.headers.host, method: req.method, path: pathname });
    const page = Object.hasOwn(pages, pathname) ? pages[pathname] : null;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page());
  };
  const srv = http.createServer(handler);
  const other = http.createServer(handler);
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => other.listen(0, '127.0.0.2', resolve));
  origin = `http://127.0.0.1:${srv.address().port}`;
  otherOrigin = `http://127.0.0.2:${other.address().port}`;
  const close = () => Promise.all([srv, other].map((s) => new Promise((r) => s.close(r))));
  return { origin, otherOrigin, url: (p) => `${origin}${p}`, log, close };
}
