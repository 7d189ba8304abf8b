// "Check the original" e2e: two loopback servers on different addresses, a copy site (127.0.0.1) and an
// original site (127.0.0.2, the only host the e2e builds hold up front). The original site logs every
// request, so the suites can check that nothing is fetched before the click, and nothing the original links to.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Without its stylesheet links, which point at a site that does not exist.
const SEED = fs
  .readFileSync(path.resolve(here, '../fixtures/benzinga-neuro-republished/source.html'), 'utf8')
  .replace(/<link[^>]*rel=['"]stylesheet['"][^>]*>/g, '');
const ORIGINAL_LINK = /https:\/\/www\.benzinga\.com\/news\/24\/01\/36712345\/[^"]*/;
const CREDIT_BOX = /<div class="author-credit">[\s\S]*?<\/div>/;

/** The original as Benzinga prints it; it also loads a script and an image that a check must never fetch. */
function originalPage() {
  return SEED.replace(/<p><a href="https:\/\/www\.benzinga\.com\/news[^"]*"[^>]*>This post was originally published on this site<\/a><\/p>/, '').replace(
    '</body>',
    '<script src="/beacon.js"></script><img src="/beacon.gif" alt=""></body>',
  );
}

function otherArticle() {
  const paragraphs = [
    'Bitcoin rose on Tuesday as traders weighed fresh inflation data and comments from central bank officials about the path of interest rates this year.',
    'The largest cryptocurrency by market value climbed four percent in Asian hours before paring gains in London, while smaller tokens followed it higher.',
    'Analysts said the move reflected short covering after a week of heavy selling, and warned that thin holiday liquidity could exaggerate price swings.',
    'Exchange data showed outflows from spot funds slowing for a third day, a sign that institutional investors had stopped cutting their positions.',
  ];
  return `<!DOCTYPE html><html lang="en"><head><title>Bitcoin rises as traders weigh inflation data</title></head><body><article><h1>Bitcoin rises as traders weigh inflation data</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function listen(srv, host) {
  return new Promise((resolve) => srv.listen(0, host, () => resolve(`http://${host}:${srv.address().port}`)));
}

function send(res, body) {
  if (body === null) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}

export async function startCheckOriginalServers() {
  /** Every request the original site received: { path, cookie }. */
  const requests = [];
  const originalSrv = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.2').pathname;
    requests.push({ path: pathname, cookie: req.headers.cookie ?? null });
    if (pathname === '/original/neuro') send(res, originalPage());
    else if (pathname === '/original/other') send(res, otherArticle());
    else send(res, null);
  });
  const originalOrigin = await listen(originalSrv, '127.0.0.2');
  const target = {
    '/copy/stripped': { original: '/original/neuro', keepNotice: false },
    '/copy/faithful': { original: '/original/neuro', keepNotice: true },
    '/copy/different': { original: '/original/other', keepNotice: true },
    '/copy/gone': { original: '/original/missing', keepNotice: false },
  };
  const copySrv = http.createServer((req, res) => {
    const t = target[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!t) return send(res, null);
    const html = SEED.replace(ORIGINAL_LINK, `${originalOrigin}${t.original}`);
    send(res, t.keepNotice ? html : html.replace(CREDIT_BOX, ''));
  });
  const copyOrigin = await listen(copySrv, '127.0.0.1');
  return {
    copyUrl: (p) => `${copyOrigin}${p}`,
    originalUrl: (p) => `${originalOrigin}${p}`,
    originalOrigin,
    requests,
    /** Requests the original site got for `prefix` paths. */
    count: (prefix) => requests.filter((r) => r.path.startsWith(prefix)).length,
    close: () => Promise.all([new Promise((r) => copySrv.close(r)), new Promise((r) => originalSrv.close(r))]),
  };
}

/** Runs in the popup: the "Check the original" section, by test id. */
export function readCheck() {
  const one = (id) => document.querySelector(`[data-testid="${id}"]`);
  const cells = (id) => [...(one(id)?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
  const archive = one('archive-link');
  return {
    button: (one('check-original-button') ?? one('check-again'))?.textContent ?? null,
    result: one('check-result') ? 'compared' : one('check-unreachable') ? 'unreachable' : null,
    same: one('same-article')?.textContent ?? null,
    warnings: [...document.querySelectorAll('[data-testid="original-warning"]')].map((w) => ({ kind: w.getAttribute('data-kind'), text: w.textContent })),
    originalAi: cells('cmp-ai')[1] ?? null,
    copyAi: cells('cmp-ai')[0] ?? null,
    unreachable: one('check-unreachable')?.textContent ?? null,
    archive: archive ? { href: archive.getAttribute('href'), target: archive.getAttribute('target'), rel: archive.getAttribute('rel') } : null,
    cached: (one('check-result') ?? one('check-unreachable'))?.textContent?.includes('(this session)') ?? false,
    error: one('check-error')?.textContent ?? one('check-denied')?.textContent ?? null,
  };
}

export const DROPPED_NOTICE_WARNING = 'The original discloses AI generation by Benzinga Neuro; this copy does not show it.';
