// "Check the original" in Debian's Chromium: the e2e build (which holds http://127.0.0.2/* up front, as a
// headless browser cannot answer the permission prompt), a copy site on 127.0.0.1 and the original on 127.0.0.2.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { sleep, until } from './cases.mjs';
import { DROPPED_NOTICE_WARNING, readCheck, startCheckOriginalServers } from './check-original-server.mjs';

const extPath = path.resolve(process.env.CHROME_EXT_DIR ?? '.output/chrome-mv3-e2e');

let ctx;
let servers;
let userDataDir;
let extId;
let page;

async function sw() {
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
}

/** The tab showing `url`, from the report the background keeps in storage.session. */
async function tabIdOf(url) {
  const worker = await sw();
  const find = () =>
    worker.evaluate(async (u) => {
      for (const [key, state] of Object.entries(await chrome.storage.session.get(null))) {
        if (key.startsWith('tab:') && state?.url === u && state.status === 'done') return Number(key.slice('tab:'.length));
      }
      return null;
    }, url);
  const id = await until(find, (v) => v !== null);
  assert.ok(id !== null, `no report for ${url}`);
  return id;
}

/** Opens the copy and its popup; waits for the "Check the original" section. */
async function openCopy(copyPath) {
  const url = servers.copyUrl(copyPath);
  await page.goto(url);
  const tabId = await tabIdOf(url);
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="check-original"] button', { timeout: 20000 });
  return popup;
}

async function check(popup) {
  await popup.click('[data-testid="check-original"] button');
  return until(() => popup.evaluate(readCheck), (v) => v.result !== null || v.error !== null, 30000);
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  servers = await startCheckOriginalServers();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-e2e-check-chromium-'));
  ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${extPath}`,
      `--load-extension=${extPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  extId = new URL((await sw()).url()).host;
  page = await ctx.newPage();
});

after(async () => {
  await ctx?.close();
  await servers?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
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
  assert.equal(r.button, 'Check again');
  await sleep(500);
  assert.deepEqual(servers.requests, [{ path: '/original/neuro', cookie: null }], 'one request, no cookies, nothing the original links to');
  await popup.close();

  // Reopened: the session's result, no new request; "Check again" fetches anew.
  const again = await openCopy('/copy/stripped');
  const cached = await until(() => again.evaluate(readCheck), (v) => v.result !== null, 10000);
  assert.equal(cached.cached, true);
  assert.deepEqual(cached.warnings.map((w) => w.kind), ['original-discloses-ai']);
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
