// "Check the original" in Debian's firefox-esr: the e2e build (which holds http://127.0.0.2/* up front, as a
// headless browser cannot answer the permission prompt), a copy site on 127.0.0.1 and the original on 127.0.0.2.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { sleep, until } from './cases.mjs';
import { DROPPED_NOTICE_WARNING, readCheck, startCheckOriginalServers } from './check-original-server.mjs';

const extPath = path.resolve(process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2-e2e');
const ADDON_ID = 'provenance-lens@provenance-lens.org';
const UUID = '3b8e2a54-0c1d-4b5e-9f00-00000000e2e2';

let browser;
let servers;
let page;

/** BiDi cannot navigate to moz-extension://: the e2e build's hook opens popup.html?tabId=<this tab>. */
async function openPopup() {
  const known = new Set(await browser.pages());
  await page.evaluate(() => window.postMessage({ type: 'provenance-lens:e2e-open-popup' }, '*'));
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
  await popup.waitForSelector('[data-testid="check-original"] button', { timeout: 20000 });
  return popup;
}

/** Opens the copy (once our badge shows, the report is in) and its popup. */
async function openCopy(copyPath) {
  await page.goto(servers.copyUrl(copyPath));
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 15000 });
  return openPopup();
}

async function check(popup) {
  await popup.click('[data-testid="check-original"] button');
  return until(() => popup.evaluate(readCheck), (v) => v.result !== null || v.error !== null, 30000);
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  servers = await startCheckOriginalServers();
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
  page = await browser.newPage();
});

after(async () => {
  await browser?.close();
  await servers?.close();
});

test('a copy that dropped the AI notice: nothing is fetched before the click, then the warning', async () => {
  const popup = await openCopy('/copy/stripped');
  assert.equal((await popup.evaluate(readCheck)).button, 'Check the original');
  await sleep(1500);
  assert.equal(servers.count('/'), 0, 'the original site got no request before the click');
  const r = await check(popup);
  assert.equal(r.result, 'compared', JSON.stringify(r));
  assert.match(r.same, /^Same article \(text similarity 0\.\d\d\)$/);
  assert.deepEqual(r.warnings, [{ kind: 'original-discloses-ai', text: DROPPED_NOTICE_WARNING }]);
  assert.match(r.originalAi, /Engineered by Benzinga Neuro, Edited by Navdeep Yadav/);
  assert.equal(r.copyAi, 'No AI disclosure found');
  await sleep(500);
  assert.deepEqual(servers.requests, [{ path: '/original/neuro', cookie: null }], 'one request, no cookies, nothing the original links to');
  await popup.close();

  const again = await openPopup();
  const cached = await until(() => again.evaluate(readCheck), (v) => v.result !== null, 10000);
  assert.equal(cached.cached, true);
  assert.equal(servers.count('/original/neuro'), 1);
  await again.click('[data-testid="check-again"]');
  await until(() => servers.count('/original/neuro'), (n) => n === 2, 15000);
  const fresh = await until(() => again.evaluate(readCheck), (v) => v.result === 'compared' && !v.cached, 15000);
  assert.deepEqual(fresh.warnings.map((w) => w.kind), ['original-discloses-ai']);
  await again.close();
});

test('a faithful copy gets no warning', async () => {
  const popup = await openCopy('/copy/faithful');
  const r = await check(popup);
  assert.equal(r.result, 'compared', JSON.stringify(r));
  assert.match(r.same, /^Same article/);
  assert.deepEqual(r.warnings, []);
  await popup.close();
});

test('a different article at the original address is reported as not the same', async () => {
  const popup = await openCopy('/copy/different');
  const r = await check(popup);
  assert.equal(r.result, 'compared', JSON.stringify(r));
  assert.match(r.same, /^Not the same article \(text similarity 0\.\d\d\)$/);
  assert.deepEqual(r.warnings.map((w) => w.kind), ['not-same-article']);
  await popup.close();
});

test('an unreachable original gets a link to its archived copies', async () => {
  const popup = await openCopy('/copy/gone');
  const r = await check(popup);
  assert.equal(r.result, 'unreachable', JSON.stringify(r));
  assert.match(r.unreachable, /The original is gone \(HTTP 404\)\./);
  assert.deepEqual(r.archive, {
    href: `https://web.archive.org/web/*/${servers.originalUrl('/original/missing')}`,
    target: '_blank',
    rel: 'noopener noreferrer',
  });
  await popup.close();
});
