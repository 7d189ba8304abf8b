// A forward proxy that answers nothing and records everything: the browser is started with
// --proxy-server pointing here, so any request to any host other than 127.0.0.1 (from a page, the
// service worker, an extension page or the browser itself) lands in `log` and fails.
import http from 'node:http';

export async function startRecorder() {
  const log = [];
  const srv = http.createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the hardening test');
  });
  srv.on('connect', (req, socket) => {
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { proxy: `http://127.0.0.1:${srv.address().port}`, log, close: () => new Promise((r) => srv.close(r)) };
}

/** Runs in a page or a shadow root's owner: elements that could run code or lead off-site. */
export function scanForActiveContent(rootSelector) {
  const roots = [];
  if (rootSelector === 'document') roots.push(document);
  else for (const host of document.querySelectorAll(rootSelector)) if (host.shadowRoot) roots.push(host.shadowRoot);
  const bad = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) bad.push(`${el.localName}[${attr.name}]`);
      if (['img', 'iframe', 'object', 'embed', 'frame'].includes(el.localName)) bad.push(el.localName);
      // Our own bundles are <script src>; any inline script is not ours.
      if (el.localName === 'script' && !el.getAttribute('src')) bad.push('inline script');
      if (el.localName === 'a' && el.hasAttribute('href') && !/^https?:\/\//i.test(el.getAttribute('href'))) bad.push(`a[href=${el.getAttribute('href')}]`);
    }
  }
  return bad;
}
