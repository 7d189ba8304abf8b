// Issue 6 in firefox-esr (WebDriver BiDi): hostile page text in the badge card and the popup, and no
// unasked request to the test server. Not here yet: uninstalling leaves the badge and the notice
// outline in open tabs, because Firefox destroys the content script's sandbox without a signal
// (see the hardening report); the Chromium suite covers the reload/disable case.
// The full network record (service worker, extension pages, any host) is in the Chromium suite:
// BiDi network events here cover browsing contexts only, not the extension's background page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { readPopup, until } from './cases.mjs';
import { FLAG, HOSTILE_LINKS, PAYLOADS } from './hardening/pages.mjs';
import { scanForActiveContent } from './hardening/recorder.mjs';
import { startHardeningServer } from './hardening/server.mjs';

const extPath = path.resolve(process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2-e2e');
const ADDON_ID = 'provenance-lens@provenance-lens.org';
const UUID = '3b8e2a54-0c1d-4b5e-9f00-00000000e2e6';
const BADGE = '[data-testid="provenance-badge"]';

let browser;
let server;
const navigated = new Set();
const pageErrors = [];

async function newWebPage() {
  const p = await browser.newPage();
  p.on('pageerror', (e) => pageErrors.push(`${p.url()} ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') pageErrors.push(`${p.url()} ${m.type()}: ${m.text()}`);
  });
  return p;
}

async function open(p, pathname) {
  const url = server.url(pathname);
  navigated.add(url);
  await p.goto(url);
}

/** popup.html?tabId=<this tab>, opened by the e2e build's hook (Firefox refuses BiDi navigation to moz-extension://). */
async function openPopup(p) {
  const known = new Set(await browser.pages());
  await p.evaluate(() => window.postMessage({ type: 'provenance-lens:e2e-open-popup' }, '*'));
  const popup = await until(
    async () => {
      for (const candidate of await browser.pages()) {
        if (known.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`moz-extension://${UUID}/popup.html`)) return candidate;
      }
      return null;
    },
    (v) => v !== null,
  );
  assert.ok(popup, 'the popup tab opened');
  await popup.waitForSelector('[data-testid="verdict"], [data-testid^="state-"]', { timeout: 20000 });
  return popup;
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  server = await startHardeningServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  assert.equal(await browser.installExtension(extPath), ADDON_ID);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('hostile page text shows as text in the badge card and the popup; no payload runs; hostile links are dropped', async () => {
  const page = await newWebPage();
  await open(page, '/h/xss.html');
  await page.waitForSelector(BADGE, { timeout: 20000 });
  await page.evaluate(() => document.querySelector('[data-testid="provenance-badge"]').shadowRoot.querySelector('button.pl-toggle').click());
  const cardText = await until(
    () => page.evaluate(() => document.querySelector('[data-testid="provenance-badge"]')?.shadowRoot?.querySelector('#pl-card')?.textContent ?? ''),
    (t) => t.length > 0,
  );
  for (const payload of [PAYLOADS.script, PAYLOADS.img, PAYLOADS.link]) assert.ok(cardText.includes(payload), `card quotes ${payload} literally`);
  assert.deepEqual(await page.evaluate(scanForActiveContent, BADGE), []);

  const popup = await openPopup(page);
  const shown = await until(() => popup.evaluate(readPopup), (v) => v.disclosures.length === 1);
  assert.ok(shown.disclosures[0].includes(PAYLOADS.script) && shown.disclosures[0].includes(PAYLOADS.img));
  assert.deepEqual(shown.originals, []);
  const popupText = await popup.evaluate(() => document.body.textContent);
  for (const link of Object.values(HOSTILE_LINKS)) assert.ok(!popupText.includes(link), `${link} is not shown`);
  assert.deepEqual(await popup.evaluate(scanForActiveContent, 'document'), []);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await page.evaluate((f) => window[f] ?? null, FLAG), null, 'nothing ran in the page');
  assert.equal(await popup.evaluate((f) => window[f] ?? null, FLAG), null, 'nothing ran in the popup');
  await popup.close();
  await page.close();
});

test('browsing a copy and opening its popup fetches nothing: the server sees only the pages the test opened', async () => {
  const page = await newWebPage();
  await open(page, '/h/republished.html');
  const popup = await openPopup(page);
  await popup.waitForSelector('[data-testid="original-source"]', { timeout: 10000 });
  assert.equal(await popup.$eval('[data-testid="original-source"]', (a) => a.getAttribute('href')), `${server.otherOrigin}/h/original.html`);
  await new Promise((r) => setTimeout(r, 1500));
  await popup.close();
  await page.close();
  const served = server.log.filter((r) => r.path !== '/favicon.ico').map((r) => `http://${r.host}${r.path}`);
  assert.ok(!served.some((u) => u.includes('/h/original.html')), 'the original was never fetched unasked');
  assert.deepEqual([...new Set(served)].sort(), [...navigated].sort());
  assert.deepEqual(pageErrors, [], 'no page saw an error or warning from us');
});
