// npm run bench:perf: what the content script costs per page, measured in real Chromium against Readability alone.
//
// Loads the production Chrome build (built here unless --no-build) in headless Debian Chromium, serves real
// pages (../shared/bench/bylines/pages, read at bench time only) and the fixtures from 127.0.0.1, and measures
// in the same run, on the same pages:
//   - the extension's analysis time in the page (the report's own timings, performance.now() in the content script);
//   - `new Readability(document.cloneNode(true)).parse()` alone, run in the same page once the extension is done;
//   - their ratio page by page (median, p95), time from the load event to the inline badge, long tasks (> 50 ms)
//     attributed to the extension (Long Animation Frames script attribution, PerformanceObserver);
//   - the cost on pages that are not articles; content-script size raw and gzipped; popup time to first content;
//   - memory over a long single-page-app session (heap, documents, nodes, listeners after a forced GC).
//
// Options: --no-build  --pages N (real pages, default 100)  --fixtures N (default all)  --spa N (default 100)
//          --json FILE (write every measurement)  --verbose (one line per page)
//          --warm (analyse each article a second time, same document, after a same-page navigation: our cost
//          once this renderer has compiled the rules and our code, against Readability's on the same page)
//          --new-sites (each page on a site of its own, p1.test, p2.test …, all served from 127.0.0.1: every
//          page gets a new renderer process, as a page of a site not open yet does, for us and for
//          Readability alike; by default every page is on 127.0.0.1, one site, one process)
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BYLINES = path.resolve(root, '../shared/bench/bylines');
const FIXTURES = path.join(root, 'tests/fixtures');
const E2E_PAGES = path.join(root, 'tests/e2e/pages');
const EXT = path.join(root, '.output/chrome-mv3-e2e');
const PROD = path.join(root, '.output/chrome-mv3');
const READABILITY = path.join(root, 'node_modules/@mozilla/readability/Readability.js');

const TARGETS = { medianRatio: 1.0, p95Ratio: 1.3, notArticleMedianMs: 2, longTaskFreeShare: 0.95, contentGzipKB: 60, popupMs: 100 };

// ---- options ----
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const N_PAGES = Number(opt('pages', 100));
const N_FIXTURES = Number(opt('fixtures', Number.POSITIVE_INFINITY));
const N_SPA = Number(opt('spa', 100));
const VERBOSE = flag('verbose');
const WARM = flag('warm');
const NEW_SITES = flag('new-sites');
/** --new-sites: these names resolve to 127.0.0.1; each is a site of its own (.test is a top-level domain). */
const SITE_RULES = '--host-resolver-rules=MAP *.test 127.0.0.1';
/** Web requests the bench stops: any but to its own server, under either kind of name (saved pages point elsewhere too). */
const ELSEWHERE = /^https?:\/\/(?!(?:127\.0\.0\.1|p\d+\.test)[:/])/;

// ---- helpers ----
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (values, q) => {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};
const median = (v) => quantile(v, 0.5);
const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

function machine() {
  const cpus = os.cpus();
  let chromiumVersion = '?';
  try {
    chromiumVersion = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return `${cpus[0]?.model ?? 'cpu'} × ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}, ${chromiumVersion}, Node ${process.version}`;
}

// ---- the pages ----
function realPages() {
  if (!fs.existsSync(path.join(BYLINES, 'manifest.json'))) throw new Error(`real pages not found: ${BYLINES}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(BYLINES, 'manifest.json'), 'utf8'));
  const all = manifest.filter((m) => fs.existsSync(path.join(BYLINES, m.file))).sort((a, b) => a.file.localeCompare(b.file));
  // An even spread over the sorted list: every source, deterministic.
  const n = Math.min(N_PAGES, all.length);
  const picked = Array.from({ length: n }, (_, i) => all[Math.floor((i * all.length) / n)]);
  return picked.map((m) => ({
    name: path.basename(m.file, '.html'),
    route: `/real/${path.basename(m.file)}`,
    file: path.join(BYLINES, m.file),
    charset: (m.encoding || 'utf-8').toLowerCase(),
  }));
}

function fixturePages() {
  const slugs = fs
    .readdirSync(FIXTURES)
    .filter((s) => fs.existsSync(path.join(FIXTURES, s, 'source.html')))
    .sort()
    .slice(0, N_FIXTURES);
  return slugs.map((s) => ({ name: `fixture:${s}`, route: `/fixtures/${s}/`, file: path.join(FIXTURES, s, 'source.html'), charset: 'utf-8' }));
}

/** Pages that are not articles, of the kinds people open all day: a search page, a shop listing, an app, a login form. */
function syntheticPages() {
  const list = (n, item) => Array.from({ length: n }, (_, i) => item(i)).join('\n');
  const pages = {
    'search-results': `<!DOCTYPE html><html lang="en"><head><title>results - Search</title></head><body><form><input name="q" value="harbour storm"><button>Search</button></form><ol>${list(
      40,
      (i) => `<li><a href="https://site${i}.example/p/${i}">Result ${i}: harbour storm repairs</a><p>A snippet of about twenty words from the result page, with the query words in bold and a date, ${i} days ago.</p></li>`,
    )}</ol><nav>${list(10, (i) => `<a href="?p=${i}">${i + 1}</a>`)}</nav></body></html>`,
    'shop-listing': `<!DOCTYPE html><html lang="en"><head><title>Shoes | Shop</title></head><body><header><nav>${list(30, (i) => `<a href="/c/${i}">Category ${i}</a>`)}</nav></header><main><div class="grid">${list(
      120,
      (i) => `<div class="card"><img src="/p/${i}.jpg" alt="Shoe ${i}"><h3><a href="/p/${i}">Running shoe model ${i}</a></h3><span class="price">$${50 + i}.99</span><button>Add to cart</button></div>`,
    )}</div></main><footer>${list(40, (i) => `<a href="/help/${i}">Help topic ${i}</a>`)}</footer></body></html>`,
    'web-app': `<!DOCTYPE html><html lang="en"><head><title>Inbox (12) - Mail</title></head><body><div id="app"><aside>${list(20, (i) => `<a href="#f${i}">Folder ${i}</a>`)}</aside><table>${list(
      200,
      (i) => `<tr><td><input type="checkbox"></td><td>Sender ${i}</td><td>Subject line of message ${i} - a short preview of the text</td><td>${i % 12}:${10 + (i % 50)}</td></tr>`,
    )}</table></div></body></html>`,
    login: `<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p><a href="/forgot">Forgot your password?</a></p></main></body></html>`,
  };
  return Object.entries(pages).map(([name, html]) => ({ name: `synthetic:${name}`, route: `/synthetic/${name}.html`, html, charset: 'utf-8' }));
}

function e2ePages() {
  return ['not-article.html', 'plain.html', 'ai-assisted.html', 'republished.html', 'ai-images.html'].map((file) => ({
    name: `e2e:${file}`,
    route: `/e2e/${file}`,
    file: path.join(E2E_PAGES, file),
    charset: 'utf-8',
  }));
}

async function startServer(pages) {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const srv = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const spa = pathname === '/spa/' || pathname.startsWith('/spa/');
    const p = spa ? { file: path.join(E2E_PAGES, 'spa.html'), charset: 'utf-8' } : byRoute.get(pathname);
    if (!p) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': `text/html; charset=${p.charset}`, 'cache-control': 'no-store' });
    if (p.html) res.end(p.html);
    else fs.createReadStream(p.file).pipe(res);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { srv, origin: `http://127.0.0.1:${srv.address().port}` };
}

// ---- in the page (main world), installed before the page's own scripts ----
function pageProbe() {
  const probe = { longFrames: [], longTasks: [], badgeAt: null };
  Object.defineProperty(window, '__plPerf', { value: probe, enumerable: false });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        probe.longFrames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts ?? []).map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration, start: s.startTime })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const watch = () => {
    if (probe.badgeAt !== null) return;
    if (document.querySelector('provenance-lens-badge')) probe.badgeAt = performance.now();
  };
  new MutationObserver(watch).observe(document, { childList: true, subtree: true });
}

// ---- the run ----
async function main() {
  const info = machine();
  // The e2e build (its content script marks its own work as performance measures) runs the pages;
  // the production build, what users install, is the one weighed.
  if (!flag('no-build') || !fs.existsSync(path.join(EXT, 'manifest.json')) || !fs.existsSync(path.join(PROD, 'manifest.json'))) {
    log('building the Chrome extension (npx wxt build, npx wxt build --mode e2e)…');
    execSync('npx wxt build && npx wxt build --mode e2e', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const contentJs = fs.readFileSync(path.join(PROD, 'content-scripts/content.js'));
  const size = { raw: contentJs.length, gzip: zlib.gzipSync(contentJs, { level: 9 }).length };

  const pages = [...realPages(), ...fixturePages(), ...e2ePages(), ...syntheticPages()];
  const server = await startServer(pages);
  const readabilitySource = fs.readFileSync(READABILITY, 'utf8');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-bench-perf-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
      ...(NEW_SITES ? [SITE_RULES] : []),
    ],
  });
  // Readability alone, cold, as Reader View runs it: the same page from the same server, in a browser without the extension.
  const bareBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', ...(NEW_SITES ? [SITE_RULES] : [])] });
  const bareCtx = await bareBrowser.newContext({ viewport: { width: 1200, height: 900 } });
  await bareCtx.route(ELSEWHERE, (route) => route.abort());
  const barePage = await bareCtx.newPage();
  const bareParse = `(() => { ${readabilitySource}
    const t0 = performance.now();
    try { new Readability(document.cloneNode(true)).parse(); } catch { return null; }
    return performance.now() - t0; })()`;
  const results = { machine: info, newSites: NEW_SITES, size, pages: [], popup: null, spa: null };
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    const extId = new URL(sw.url()).host;
    // Hermetic: saved pages point at stylesheets, scripts and images on sites that are not there.
    await ctx.route(ELSEWHERE, (route) => route.abort());
    await ctx.addInitScript(pageProbe);

    const stateOf = (url) =>
      sw.evaluate(async (u) => {
        for (const [key, state] of Object.entries(await chrome.storage.session.get(null))) {
          if (state?.url === u && state.status !== 'analysing') return { tabId: Number(key.slice('tab:'.length)), state };
        }
        return null;
      }, url);
    const waitState = async (url, timeoutMs = 20000) => {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const s = await stateOf(url);
        if (s || Date.now() > end) return s;
        await sleep(40);
      }
    };

    const page = await ctx.newPage();
    let tabId = null;
    let i = 0;
    for (const p of pages) {
      i++;
      const url = (NEW_SITES ? server.origin.replace('127.0.0.1', `p${i}.test`) : server.origin) + p.route;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 30000 });
      } catch (error) {
        log(`skip ${p.name}: ${error.message.split('\n')[0]}`);
        continue;
      }
      const got = await waitState(url);
      if (got?.state.status !== 'done') {
        log(`skip ${p.name}: no report (${got?.state.status ?? 'timeout'})`);
        continue;
      }
      tabId = got.tabId;
      const report = got.state.report;
      // Let the badge mount (it follows the report by a microtask or two).
      await sleep(report.isArticle ? 150 : 30);
      const measured = await page.evaluate(`(() => {
        ${readabilitySource}
        const probe = window.__plPerf;
        const nav = performance.getEntriesByType('navigation')[0];
        const t0 = performance.now();
        let ok = true;
        try { new Readability(document.cloneNode(true)).parse(); } catch { ok = false; }
        const bareMs = performance.now() - t0;
        const ours = (probe?.longFrames ?? []).filter((fr) => fr.start < t0).map((fr) => ({
          ...fr, ext: fr.scripts.filter((s) => (s.url || '').startsWith('chrome-extension://')).reduce((a, s) => a + s.duration, 0),
        }));
        return {
          bareMs, ok,
          loadEnd: nav ? nav.loadEventEnd : null,
          badgeAt: probe ? probe.badgeAt : null,
          // Long tasks that contain work we marked (e2e builds measure every synchronous slice).
          extLongTasks: (probe?.longTasks ?? []).filter((lt) => lt.start < t0 && performance.getEntriesByType('measure').some((m) => m.name.startsWith('provenance-lens:') && m.startTime < lt.start + lt.duration && m.startTime + m.duration > lt.start)).map((lt) => Math.round(lt.duration)),
          ourSlices: performance.getEntriesByType('measure').filter((m) => m.name.startsWith('provenance-lens:')).map((m) => m.duration),
          elements: document.getElementsByTagName('*').length,
        };
      })()`);
      let bareColdMs = null;
      try {
        await barePage.goto(url, { waitUntil: 'load', timeout: 30000 });
        bareColdMs = await barePage.evaluate(bareParse);
      } catch {}
      if (i === 1 && measured.ourSlices.length === 0) log('warning: no provenance-lens measures in the page (not an e2e build?)');
      let warmMs = null;
      let warmStagesMs = null;
      if (WARM && report.isArticle) {
        // A same-document navigation: the content script analyses the page again, with everything compiled.
        const again = `${url}${url.includes('?') ? '&' : '?'}again`;
        await page.evaluate((u) => history.pushState({}, '', u), again);
        const s = await waitState(again, 10000);
        if (s?.state.status === 'done') {
          const { timings } = s.state.report;
          warmMs = timings.totalMs;
          warmStagesMs = { 'text-index': timings.textIndexMs ?? 0, ...(timings.detectorsMs ?? {}) };
        }
      }
      const row = {
        name: p.name,
        isArticle: report.isArticle,
        verdict: report.verdict,
        totalMs: report.timings.totalMs,
        detectorsMs: Object.values(report.timings.detectorsMs ?? {}).reduce((a, b) => a + b, 0),
        stagesMs: { 'text-index': report.timings.textIndexMs ?? 0, ...(report.timings.detectorsMs ?? {}) },
        pausedMs: report.timings.pausedMs ?? 0,
        bareMs: bareColdMs,
        bareSamePageMs: measured.ok ? measured.bareMs : null,
        ratio: report.isArticle && bareColdMs > 0 ? report.timings.totalMs / bareColdMs : null,
        ratioSamePage: report.isArticle && measured.ok && measured.bareMs > 0 ? report.timings.totalMs / measured.bareMs : null,
        warmMs,
        warmStagesMs,
        ratioWarm: warmMs !== null && measured.ok && measured.bareMs > 0 ? warmMs / measured.bareMs : null,
        longestSliceMs: Math.max(0, ...measured.ourSlices),
        badgeMs: measured.badgeAt !== null && measured.loadEnd ? measured.badgeAt - measured.loadEnd : null,
        extLongTasks: measured.extLongTasks,
        elements: measured.elements,
      };
      results.pages.push(row);
      if (VERBOSE)
        log(
          `${String(i).padStart(3)} ${p.name.slice(0, 60).padEnd(60)} ${row.isArticle ? 'article' : 'other  '} ours ${f(row.totalMs).padStart(7)} bare ${f(row.bareMs).padStart(7)} ratio ${f(row.ratio)} ${row.extLongTasks.length ? `LONG ${row.extLongTasks}` : ''}`,
        );
      else if (i % 25 === 0) log(`${i}/${pages.length} pages`);
    }

    // ---- popup: time to first content ----
    if (tabId !== null) {
      const popupTimes = [];
      const verdictTimes = [];
      for (let k = 0; k < 7; k++) {
        const popup = await ctx.newPage();
        await popup.addInitScript(() => {
          const mark = () => {
            if (window.__plFirst === undefined && document.querySelector('#app [data-testid]')) window.__plFirst = performance.now();
            if (window.__plVerdict === undefined && document.querySelector('#app [data-testid]:not([data-testid="state-loading"])')) window.__plVerdict = performance.now();
          };
          new MutationObserver(mark).observe(document, { childList: true, subtree: true });
        });
        await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
        await popup.waitForFunction(() => window.__plFirst !== undefined && window.__plVerdict !== undefined, null, { timeout: 10000 });
        popupTimes.push(await popup.evaluate(() => window.__plFirst));
        verdictTimes.push(await popup.evaluate(() => window.__plVerdict));
        await popup.close();
      }
      results.popup = { firstContentMs: median(popupTimes.slice(2)), verdictMs: median(verdictTimes.slice(2)), runs: popupTimes };
    }

    // ---- a long single-page-app session ----
    if (N_SPA > 0) results.spa = await spaSession(ctx, server.origin, waitState);
  } finally {
    await ctx.close();
    await bareBrowser.close();
    server.srv.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  const jsonOut = opt('json', null);
  if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(results, null, 1)}\n`);
  report(results);
}

async function spaSession(ctx, origin, waitState) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { heapMB: m.JSHeapUsedSize / 2 ** 20, documents: m.Documents, nodes: m.Nodes, listeners: m.JSEventListeners };
  };
  await page.goto(`${origin}/spa/`, { waitUntil: 'load' });
  await waitState(`${origin}/spa/`);
  const samples = [];
  const WARMUP = Math.min(10, N_SPA);
  let analysed = 0;
  for (let n = 1; n <= N_SPA; n++) {
    const next = n % 2 === 1 ? `${origin}/spa/story-2` : `${origin}/spa/`;
    await page.evaluate(() => document.querySelector('a[data-spa]')?.click());
    // The content script reports 'analysing' at once, then the new report once the app has settled.
    const end = Date.now() + 15000;
    for (;;) {
      const s = await waitState(next, 200);
      if (s?.state.status === 'done' && s.state.report.url === next) {
        analysed++;
        break;
      }
      if (Date.now() > end) break;
    }
    if (n === WARMUP || n === N_SPA) samples.push({ after: n, ...(await snapshot()) });
  }
  await page.close();
  const [a, b] = [samples[0], samples[samples.length - 1]];
  return { navigations: N_SPA, analysed, first: a, last: b };
}

function report(results) {
  const rows = results.pages;
  const articles = rows.filter((r) => r.isArticle && r.ratio !== null);
  const others = rows.filter((r) => !r.isArticle);
  const ratios = articles.map((r) => r.ratio);
  const badge = rows.filter((r) => r.badgeMs !== null).map((r) => r.badgeMs);
  const longFree = rows.filter((r) => r.extLongTasks.length === 0).length / Math.max(1, rows.length);
  const sizeKB = results.size.gzip / 1024;
  const spa = results.spa;
  const check = (ok) => (ok ? 'yes' : 'NO');
  const t = TARGETS;
  const medRatio = median(ratios);
  const p95Ratio = quantile(ratios, 0.95);
  const otherMed = median(others.map((r) => r.totalMs));
  const popupMs = results.popup?.firstContentMs ?? Number.NaN;
  const spaFlat = spa ? spa.last.documents <= spa.first.documents && spa.last.listeners <= spa.first.listeners + 2 && spa.last.heapMB - spa.first.heapMB < 2 : null;

  const lines = [
    ['measure', 'value', 'target', 'met'],
    ['pages measured (articles / not articles)', `${rows.length} (${articles.length} / ${others.length})`, '≥ 60', check(rows.length >= 60)],
    ['our analysis, median / p95 (articles)', `${f(median(articles.map((r) => r.totalMs)))} / ${f(quantile(articles.map((r) => r.totalMs), 0.95))} ms`, '', ''],
    ['  of which detectors, median / p95', `${f(median(articles.map((r) => r.detectorsMs)))} / ${f(quantile(articles.map((r) => r.detectorsMs), 0.95))} ms`, '', ''],
    ['bare Readability (clone + parse), median / p95', `${f(median(articles.map((r) => r.bareMs)))} / ${f(quantile(articles.map((r) => r.bareMs), 0.95))} ms`, 'cold, no extension', ''],
    ['  same page, after ours (warm regex cache), median', `${f(median(articles.map((r) => r.bareSamePageMs)))} ms`, '', ''],
    ['  ratio against it, median / p95', `${f(median(articles.map((r) => r.ratioSamePage).filter((x) => x !== null)))}x / ${f(quantile(articles.map((r) => r.ratioSamePage).filter((x) => x !== null), 0.95))}x`, '', ''],
    ...(WARM
      ? [
          ['ours again on the same page (warm), median / p95', `${f(median(articles.map((r) => r.warmMs).filter((x) => x !== null)))} / ${f(quantile(articles.map((r) => r.warmMs).filter((x) => x !== null), 0.95))} ms`, '', ''],
          ['  ratio against bare Readability there, median / p95', `${f(median(articles.map((r) => r.ratioWarm).filter((x) => x !== null)))}x / ${f(quantile(articles.map((r) => r.ratioWarm).filter((x) => x !== null), 0.95))}x`, 'both warm', ''],
        ]
      : []),
    ['longest synchronous slice of ours, median / p95', `${f(median(rows.map((r) => r.longestSliceMs)))} / ${f(quantile(rows.map((r) => r.longestSliceMs), 0.95))} ms`, '', ''],
    ['ratio ours / bare Readability, median', `${f(medRatio)}x`, `≤ ${t.medianRatio}x`, check(medRatio <= t.medianRatio)],
    ['ratio ours / bare Readability, p95', `${f(p95Ratio)}x`, `≤ ${t.p95Ratio}x`, check(p95Ratio <= t.p95Ratio)],
    ['not articles: analysis median / p95', `${f(otherMed)} / ${f(quantile(others.map((r) => r.totalMs), 0.95))} ms`, `< ${t.notArticleMedianMs} ms median`, check(otherMed < t.notArticleMedianMs)],
    ['load event → inline badge, median / p95', `${f(median(badge), 0)} / ${f(quantile(badge, 0.95), 0)} ms (${badge.length} pages)`, '', ''],
    ['pages without a long task (> 50 ms) from us', `${(longFree * 100).toFixed(1)} %`, `≥ ${t.longTaskFreeShare * 100} %`, check(longFree >= t.longTaskFreeShare)],
    ['content script, raw / gzipped', `${kb(results.size.raw)} / ${kb(results.size.gzip)}`, `≤ ${t.contentGzipKB} KB gz`, check(sizeKB <= t.contentGzipKB)],
    ['popup: open → first content, median', `${f(popupMs, 1)} ms`, `≤ ${t.popupMs} ms`, check(popupMs <= t.popupMs)],
    ['popup: open → the report shown, median', `${f(results.popup?.verdictMs ?? Number.NaN, 1)} ms`, '', ''],
  ];
  if (spa)
    lines.push([
      `SPA: ${spa.navigations} navigations (${spa.analysed} analysed), after ${spa.first.after} → after ${spa.last.after}`,
      `heap ${f(spa.first.heapMB)} → ${f(spa.last.heapMB)} MB, documents ${spa.first.documents} → ${spa.last.documents}, nodes ${spa.first.nodes} → ${spa.last.nodes}, listeners ${spa.first.listeners} → ${spa.last.listeners}`,
      'flat',
      check(spaFlat),
    ]);
  const widths = [0, 1, 2, 3].map((c) => Math.max(...lines.map((l) => String(l[c]).length)));
  const fmt = (l) => `| ${l.map((v, c) => String(v).padEnd(widths[c])).join(' | ')} |`;
  console.log(`\nProvenance Lens performance, ${new Date().toISOString().slice(0, 10)}\nmachine: ${results.machine}\npages: ${results.newSites ? 'each on a site of its own (a new renderer process per page, for us and for Readability)' : 'all on 127.0.0.1 (one site, one renderer process)'}\n`);
  console.log(fmt(lines[0]));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines.slice(1)) console.log(fmt(l));
  const real = articles.filter((r) => !r.name.includes(':'));
  const fixtures = articles.filter((r) => r.name.startsWith('fixture:'));
  const subset = (rs) => `${f(median(rs.map((r) => r.ratio)))}x / ${f(quantile(rs.map((r) => r.ratio), 0.95))}x (${rs.length} pages; ours ${f(median(rs.map((r) => r.totalMs)))} ms, Readability ${f(median(rs.map((r) => r.bareMs)))} ms median)`;
  console.log(`\nratio median / p95 by kind of page: real pages ${subset(real)}; fixtures ${subset(fixtures)}`);
  const worst = [...articles].sort((a, b) => b.ratio - a.ratio).slice(0, 5);
  console.log(`\nhighest ratios: ${worst.map((r) => `${r.name} ${f(r.ratio)}x (${f(r.totalMs)} vs ${f(r.bareMs)} ms)`).join('; ')}`);
  const stages = new Map();
  for (const r of articles) for (const [id, ms] of Object.entries(r.stagesMs ?? {})) stages.set(id, [...(stages.get(id) ?? []), ms]);
  const costliest = [...stages].sort((a, b) => quantile(b[1], 0.95) - quantile(a[1], 0.95));
  console.log(`stages of our analysis, median / p95 ms: ${costliest.map(([id, ms]) => `${id} ${f(median(ms))} / ${f(quantile(ms, 0.95))}`).join('; ')}`);
  const longs = rows.filter((r) => r.extLongTasks.length);
  if (longs.length) console.log(`long tasks from us: ${longs.map((r) => `${r.name} [${r.extLongTasks.join(', ')} ms]`).join('; ')}`);
  const met = [medRatio <= t.medianRatio, p95Ratio <= t.p95Ratio, otherMed < t.notArticleMedianMs, longFree >= t.longTaskFreeShare, sizeKB <= t.contentGzipKB, popupMs <= t.popupMs, spaFlat !== false];
  console.log(
    `\nSUMMARY: ${rows.length} pages; ratio median ${f(medRatio)}x p95 ${f(p95Ratio)}x; not-article median ${f(otherMed)} ms; long-task-free ${(longFree * 100).toFixed(1)}%; content ${kb(results.size.gzip)} gz; popup ${f(popupMs, 1)} ms; SPA ${spa ? (spaFlat ? 'flat' : 'GROWS') : 'skipped'}; targets met ${met.filter(Boolean).length}/${met.length}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
