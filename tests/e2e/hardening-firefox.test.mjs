// Issue 6 in firefox-esr (WebDriver BiDi): hostile page text in the badge card and the popup, no
// unasked request to the test server, and the add-on removed or updated with tabs open. Firefox then
// destroys the content script's sandbox without a signal, so the badge and the notice outline are
// drawn only through the manifest stylesheet (entrypoints/content/marks.css), which Firefox removes
// from open tabs at the same moment. BiDi can uninstall and install an add-on but not disable it;
// the Chromium suite covers disable and reload there.
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
  // The content script runs at document_idle: the popup hook only listens once it has drawn its badge.
  await page.waitForSelector(BADGE, { timeout: 20000 });
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

/** Runs in the page: our marks as the reader sees them (drawn boxes and outlines, not just DOM nodes). */
function visibleMarks() {
  const badges = [...document.querySelectorAll('provenance-lens-badge')];
  const shown = badges.filter((h) => {
    const r = h.getBoundingClientRect();
    return getComputedStyle(h).display !== 'none' && r.width > 0 && r.height > 0;
  });
  const outlined = [...document.body.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
  });
  return { inDom: badges.length, badges: shown.length, outlines: outlined.length };
}

// Last in the file: it uninstalls and reinstalls the add-on (a reinstall of a temporary add-on is an update).
test('extension uninstalled with tabs open: the badge and the notice outline disappear at once; an update draws one fresh badge and clears the old marks; no errors', async () => {
  const page = await newWebPage();
  await open(page, '/h/update.html');
  // A second tab whose notice the page rewrites while the add-on is gone: the new version finds nothing to show there.
  const other = await newWebPage();
  await open(other, '/h/plain.html');
  for (const p of [page, other]) {
    await p.waitForSelector(BADGE, { timeout: 20000 });
    const drawn = await until(() => p.evaluate(visibleMarks), (v) => v.badges === 1 && v.outlines === 1);
    assert.deepEqual(drawn, { inDom: 1, badges: 1, outlines: 1 }, 'badge and notice outline drawn');
  }
  const errorsBefore = pageErrors.length;

  await browser.uninstallExtension(ADDON_ID);
  // Firefox ends the content script without an event: nothing of ours may stay visible.
  for (const p of [page, other]) {
    const gone = await until(() => p.evaluate(visibleMarks), (v) => v.badges === 0 && v.outlines === 0, 5000);
    assert.equal(gone.badges, 0, 'no orphaned badge is visible');
    assert.equal(gone.outlines, 0, 'no orphaned notice outline');
  }
  // The page keeps working; the old badge host is tagged so a redrawn one can be told apart.
  await page.evaluate(() => {
    document.querySelector('provenance-lens-badge')?.setAttribute('data-old', '');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Late paragraph '.repeat(60) }));
    history.pushState({}, '', '#after-uninstall');
  });
  await other.evaluate(() => {
    document.querySelector('.ai-note').textContent = 'Photo: harbour archive.';
  });
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal((await page.evaluate(visibleMarks)).badges, 0);

  // Installing again (an update) runs the new version in the open tabs.
  assert.equal(await browser.installExtension(extPath), ADDON_ID);
  const fresh = () => page.evaluate(() => [...document.querySelectorAll('provenance-lens-badge')].map((h) => !h.hasAttribute('data-old')));
  assert.deepEqual(await until(fresh, (v) => v.length === 1 && v[0]), [true], 'one badge, drawn by the new version');
  assert.deepEqual(await page.evaluate(visibleMarks), { inDom: 1, badges: 1, outlines: 1 });
  const cleared = await until(() => other.evaluate(visibleMarks), (v) => v.inDom === 0 && v.outlines === 0, 10000);
  assert.deepEqual(cleared, { inDom: 0, badges: 0, outlines: 0 }, 'the old badge and outline do not come back with the new stylesheet');
  assert.equal(await other.evaluate(() => document.querySelectorAll('[data-provenance-lens-notice]').length), 0);
  assert.deepEqual(pageErrors.slice(errorsBefore), [], 'no error or warning in the pages');
  await other.close();
  await page.close();
});
