// Issue 6, "Nothing breaks, nothing leaks", in Debian's Chromium: hostile and extreme pages, a page
// that tampers with our badge, a stopped service worker, a closed tab, the extension disabled and
// reloaded, and a record of every network request made while browsing. One browser launch for the whole suite.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { readBadge, readPopup, until } from './cases.mjs';
import { FLAG, HOSTILE_LINKS, PAYLOADS } from './hardening/pages.mjs';
import { scanForActiveContent, startRecorder } from './hardening/recorder.mjs';
import { startHardeningServer } from './hardening/server.mjs';

const extPath = path.resolve(process.env.CHROME_EXT_DIR ?? '.output/chrome-mv3-e2e');
const BADGE = '[data-testid="provenance-badge"]';
/** Requests Chromium itself makes (not any extension): its updater, Google account endpoints and GCM check-in (android.clients.google.com). */
const CHROMIUM_SERVICES = /^(CONNECT (update\.googleapis\.com|accounts\.google\.com|(?:android\.)?clients\d?\.google\.com|www\.googleapis\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/)/;

let ctx;
let server;
let recorder;
let userDataDir;
let extId;
/** Every request Playwright saw, from pages, extension pages and service workers. */
const requests = [];
/** Page addresses the tests navigated to: the only http(s) requests allowed. */
const navigated = new Set();
/** Console lines and uncaught errors of every web page (not extension pages). */
const pageLines = [];

async function sw() {
  const live = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extId ?? ''}`));
  return live ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
}

async function open(p, pathname) {
  const url = server.url(pathname);
  navigated.add(url);
  await p.goto(url);
}

async function newWebPage() {
  const p = await ctx.newPage();
  p.on('console', (m) => {
    // The browser's own 404 line for /favicon.ico; WXT's debug logger, which production builds compile out.
    if (/^Failed to load resource/.test(m.text()) || (m.type() === 'debug' && m.text().startsWith('[wxt] '))) return;
    pageLines.push(`${p.url()} ${m.type()}: ${m.text()}`);
  });
  p.on('pageerror', (e) => pageLines.push(`${p.url()} pageerror: ${e.message}`));
  return p;
}

/** The tab's state as the background stored it (storage.session), found by the page's address. */
async function tabStateOf(p, ok = (s) => s?.status === 'done', timeoutMs = 20000) {
  const find = async () =>
    (await sw()).evaluate(async (u) => {
      for (const [key, state] of Object.entries(await chrome.storage.session.get(null))) {
        if (key.startsWith('tab:') && state?.url === u) return { tabId: Number(key.slice(4)), state };
      }
      return null;
    }, p.url());
  const found = await until(() => find().catch(() => null), (v) => v !== null && ok(v.state), timeoutMs);
  assert.ok(found, `no tab state for ${p.url()}`);
  return found;
}

async function openPopup(tabId) {
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="verdict"], [data-testid^="state-"]', { timeout: 20000 });
  return popup;
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  server = await startHardeningServer();
  recorder = await startRecorder();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-e2e-hardening-'));
  ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      `--disable-extensions-except=${extPath}`,
      `--load-extension=${extPath}`,
      // Everything not on 127.0.0.1 goes to the recorder (Chromium never proxies loopback).
      `--proxy-server=${recorder.proxy}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  ctx.on('request', (r) => {
    requests.push({ url: r.url(), type: r.resourceType(), fromWorker: r.serviceWorker()?.url() ?? null, nav: r.isNavigationRequest() });
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
  extId = new URL(worker.url()).host;
});

after(async () => {
  await ctx?.close();
  await server?.close();
  await recorder?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

test('hostile page text shows as text in the badge card and the popup; no payload runs; hostile links are dropped', async () => {
  const page = await newWebPage();
  await open(page, '/h/xss.html');
  await page.waitForSelector(BADGE, { timeout: 15000 });
  const host = page.locator(BADGE);
  await host.locator('button.pl-toggle').click();
  const card = host.locator('#pl-card');
  await card.waitFor({ timeout: 5000 });
  const cardText = await card.textContent();
  for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.link]) assert.ok(cardText.includes(payload), `card quotes ${payload} literally`);
  assert.deepEqual(await page.evaluate(scanForActiveContent, BADGE), [], 'no active element in the badge');

  const { tabId, state } = await tabStateOf(page);
  assert.equal(state.report.republication.originalUrl, null, 'no hostile link became the original');
  const popup = await openPopup(tabId);
  const shown = await until(() => popup.evaluate(readPopup), (v) => v.disclosures.length === 1);
  assert.ok(shown.disclosures[0].includes(PAYLOADS.script) && shown.disclosures[0].includes(PAYLOADS.img));
  assert.ok(shown.credits.some((c) => c.includes(`Jane Doe <img src=x onerror="window.${FLAG}='img'`)), shown.credits.join('|'));
  assert.deepEqual(shown.originals, [], 'no original link');
  const popupText = await popup.evaluate(() => document.body.textContent);
  for (const link of Object.values(HOSTILE_LINKS)) assert.ok(!popupText.includes(link), `${link} is not shown`);
  assert.deepEqual(await popup.evaluate(scanForActiveContent, 'document'), [], 'no active element in the popup');
  // The toolbar tooltip is text too.
  const title = await (await sw()).evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  assert.match(title, /^Provenance Lens: AI-generated/);

  // Give any payload time to fire, then check both worlds.
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate((f) => window[f] ?? null, FLAG), null, 'nothing ran in the page');
  assert.equal(await popup.evaluate((f) => window[f] ?? null, FLAG), null, 'nothing ran in the popup');
  await popup.close();
  await page.close();
});

test('a page that redefines Array.prototype, JSON and Node.prototype keeps working and still gets its report', async () => {
  const page = await newWebPage();
  await open(page, '/h/builtins.html');
  const { state } = await tabStateOf(page);
  assert.equal(state.report.verdict, 'ai-assisted');
  await page.waitForSelector(BADGE, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.__pageOk()), true, "the page's own overrides are untouched");
  await page.click('#page-button');
  assert.equal(await page.evaluate(() => window.__clicks), 1);
  assert.deepEqual(await page.evaluate(() => window.__pageErrors), []);
  await page.close();
});

test('a huge, deep page: the check stops at its bounds, the page keeps running, the popup says it was too large', async () => {
  const page = await newWebPage();
  await open(page, '/h/huge.html');
  const ticksAtLoad = await page.evaluate(() => window.__ticks);
  const { tabId, state } = await tabStateOf(page, (s) => s?.status === 'done' || s?.status === 'failed', 40000);
  assert.equal(state.status, 'done');
  assert.equal(state.report.incomplete, true, JSON.stringify(state.report.errors));
  assert.ok(state.report.timings.totalMs < 10000, `analysis took ${state.report.timings.totalMs} ms`);
  await page.click('#page-button');
  assert.equal(await page.evaluate(() => window.__clicks), 1);
  assert.ok((await until(() => page.evaluate(() => window.__ticks), (t) => t > ticksAtLoad + 5, 5000)) > ticksAtLoad + 5, 'page timers tick');
  const popup = await openPopup(tabId);
  const notes = await until(
    () => popup.$$eval('[data-testid="check-note"]', (els) => els.map((el) => el.textContent)),
    (v) => v.length > 0,
  );
  assert.ok(notes.some((n) => /too large to check completely/.test(n)), notes.join('|'));
  await popup.close();
  await page.close();
});

test('a page cannot spoof the badge: changed attributes, shadow text or a removed host bring back a fresh badge from our report', async () => {
  const page = await newWebPage();
  await open(page, '/h/tamper.html');
  await page.waitForSelector(BADGE, { timeout: 15000 });
  const original = await until(() => page.evaluate(readBadge), (v) => v?.chips.length === 1);
  assert.deepEqual(original.chips, ['AI-assisted']);
  const isNewHost = () => page.evaluate(() => !document.querySelector('[data-testid="provenance-badge"]')?.hasAttribute('data-marked'));
  const tampers = [
    () => {
      const h = document.querySelector('[data-testid="provenance-badge"]');
      h.setAttribute('data-marked', '');
      h.setAttribute('aria-label', 'Provenance Lens: verified human');
    },
    () => {
      const h = document.querySelector('[data-testid="provenance-badge"]');
      h.setAttribute('data-marked', '');
      h.shadowRoot.querySelector('.pl-chip').textContent = 'Verified human';
    },
    () => {
      const h = document.querySelector('[data-testid="provenance-badge"]');
      h.setAttribute('data-marked', '');
      h.shadowRoot.querySelector('style').textContent = '.pl-badge { display: none !important; }';
    },
    () => document.querySelector('[data-testid="provenance-badge"]').remove(),
  ];
  for (const tamper of tampers) {
    await page.evaluate(tamper);
    const back = await until(
      async () => ((await isNewHost()) ? page.evaluate(readBadge) : null),
      (v) => v?.count === 1 && v.chips[0] === 'AI-assisted' && /^Provenance Lens: AI-assisted/.test(v.aria),
      8000,
    );
    assert.equal(back?.count, 1, `restored after: ${tamper}`);
    assert.deepEqual(back.chips, ['AI-assisted']);
    assert.ok(await page.evaluate(() => !document.querySelector('[data-testid="provenance-badge"]').shadowRoot.querySelector('style').textContent.includes('display: none')));
  }
  // A report forged by the page (window messages) never reaches the popup: it shows our own.
  await page.evaluate(() => window.postMessage({ type: 'content:report', url: location.href, report: { verdict: 'no-disclosure' } }, '*'));
  const { tabId } = await tabStateOf(page);
  const popup = await openPopup(tabId);
  assert.equal((await popup.evaluate(readPopup)).verdict, 'AI-assisted');
  await popup.close();
  await page.close();
});

test('the MV3 service worker stops mid-session: the popup still shows the report', async () => {
  const page = await newWebPage();
  await open(page, '/h/plain.html');
  const { tabId } = await tabStateOf(page);
  const cdp = await ctx.newCDPSession(page);
  const workerTargets = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extId}/`));
  assert.equal((await workerTargets()).length, 1, 'the worker runs');
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  assert.deepEqual(await until(workerTargets, (t) => t.length === 0, 10000), [], 'the worker stopped');
  await cdp.detach();
  const popup = await openPopup(tabId);
  const shown = await until(() => popup.evaluate(readPopup), (v) => v.verdict !== null);
  assert.equal(shown.verdict, 'AI-assisted');
  assert.equal(await popup.locator('[data-testid="disclosure"]').count(), 1);
  await popup.close();
  await page.close();
});

test('closing a tab removes its report and its "Check the original" result from storage', async () => {
  const page = await newWebPage();
  await open(page, '/h/plain-2.html');
  const { tabId } = await tabStateOf(page);
  const url = page.url();
  const worker = await sw();
  await worker.evaluate((u) => chrome.storage.session.set({ [`original-check:${u}`]: { status: 'unreachable', originalUrl: 'https://example.org/', reason: 'x', checkedAt: 1 } }), url);
  await page.close();
  const left = await until(
    () => worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null))),
    (keys) => !keys.includes(`tab:${tabId}`) && !keys.some((k) => k.includes('/h/plain-2.html')),
    5000,
  );
  assert.ok(!left.includes(`tab:${tabId}`), left.join(', '));
  assert.ok(!left.some((k) => k.includes('/h/plain-2.html')), left.join(', '));
  assert.deepEqual(Object.keys(await worker.evaluate(() => chrome.storage.local.get(null))).filter((k) => k !== 'settings' && !k.startsWith('settings$')), [], 'storage.local holds settings only');
});

test('by default the extension makes no network request: every request while browsing was a page the test opened', async () => {
  const page = await newWebPage();
  await open(page, '/h/republished.html');
  const { tabId, state } = await tabStateOf(page);
  assert.equal(state.report.republication.originalUrl, `${server.otherOrigin}/h/original.html`);
  const popup = await openPopup(tabId);
  await popup.waitForSelector('[data-testid="original-source"]', { timeout: 10000 });
  await page.waitForTimeout(1500);
  await popup.close();
  await page.close();

  // Chromium's own services (component updater, account check) still call home despite the flags;
  // they come from the browser process, not from the extension, and are the only ones let through.
  const offSite = recorder.log.filter((line) => !CHROMIUM_SERVICES.test(line));
  assert.deepEqual(offSite, [], 'no request left 127.0.0.1 (pages, service worker, extension pages)');
  const web = requests.filter((r) => /^https?:/.test(r.url));
  assert.deepEqual(web.filter((r) => r.fromWorker), [], 'no request from the service worker');
  assert.deepEqual(
    web.filter((r) => !(r.nav && navigated.has(r.url))),
    [],
    'every http(s) request is a page navigation the test made',
  );
  const served = server.log.filter((r) => r.path !== '/favicon.ico').map((r) => `http://${r.host}${r.path}`);
  assert.ok(!served.some((u) => u.includes('/h/original.html')), 'the original was never fetched unasked');
  assert.deepEqual([...new Set(served)].sort(), [...navigated].sort(), 'the server saw only the pages the test opened');
});

// Last: chrome.runtime.reload() is what an update does to a running extension; under --load-extension
// headless Chromium unloads it and does not bring it back, so this is also the "disabled" case.
/** From chrome://extensions, which may call chrome.management.setEnabled for any extension. */
async function setExtensionEnabled(enabled) {
  const page = await ctx.newPage();
  await page.goto('chrome://extensions');
  const result = await page.evaluate(
    ([id, on]) => new Promise((resolve) => chrome.management.setEnabled(id, on, () => resolve(chrome.runtime.lastError?.message ?? 'ok'))),
    [extId, enabled],
  );
  await page.close();
  assert.equal(result, 'ok');
}

// Chromium keeps the manifest stylesheet in open tabs after a disable, so here the old script itself must
// notice and remove its marks (Firefox instead drops the sheet: see hardening-firefox.test.mjs).
test('extension disabled with a tab open: the old content script removes the badge and the outline, no errors', async () => {
  const page = await newWebPage();
  await open(page, '/h/plain.html');
  await page.waitForSelector(BADGE, { timeout: 15000 });
  assert.equal(await page.locator('[data-provenance-lens-notice]').count(), 1, 'the notice is outlined');
  const linesBefore = pageLines.length;
  await setExtensionEnabled(false);
  await page.waitForSelector(BADGE, { state: 'detached', timeout: 5000 });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => document.querySelectorAll('provenance-lens-badge, [data-provenance-lens-notice], [data-provenance-lens-flash]').length), 0);
  assert.deepEqual(pageLines.slice(linesBefore), [], 'no console line or error in the page');
  await page.close();
  await setExtensionEnabled(true); // back for the reload test below
});

test('extension reloaded with a tab open: the old content script stops cleanly, no orphaned badge, no errors', async () => {
  const page = await newWebPage();
  await open(page, '/h/update.html');
  await page.waitForSelector(BADGE, { timeout: 15000 });
  const linesBefore = pageLines.length;
  const worker = await sw();
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  // The page stays quiet: the old script must notice on its own that the extension is gone.
  await page.waitForSelector(BADGE, { state: 'detached', timeout: 5000 });
  assert.equal(await page.locator('[data-provenance-lens-notice]').count(), 0, 'no leftover outline');
  // Poke the page the way a reader would: scroll, mutate, navigate in-page.
  await page.evaluate(() => {
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Late paragraph '.repeat(60) }));
    history.pushState({}, '', '#after-update');
  });
  await page.waitForTimeout(2500);
  assert.equal(await page.locator(BADGE).count(), 0);
  assert.deepEqual(pageLines.slice(linesBefore), [], 'no console line or error in the page');
  assert.equal(await page.evaluate(() => document.querySelectorAll('provenance-lens-badge, [data-provenance-lens-notice], [data-provenance-lens-flash]').length), 0);
  assert.deepEqual(pageLines, [], 'no page saw a console line or error from us in the whole suite');
  await page.close();
});
