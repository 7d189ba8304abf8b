// Real-browser tests in Debian's firefox-esr: the e2e build installed over WebDriver BiDi, pages from 127.0.0.1.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { FIXTURES, readBadge, readPopup, SEED, until } from './cases.mjs';
import { startServer } from './server.mjs';

const extPath = path.resolve(process.env.FIREFOX_EXT_DIR ?? '.output/firefox-mv2-e2e');
const ADDON_ID = 'provenance-lens@provenance-lens.org';
const UUID = '3b8e2a54-0c1d-4b5e-9f00-00000000e2e1';

let browser;
let server;
let page;

async function badge(p) {
  return p.evaluate(readBadge);
}

/**
 * Firefox will not let BiDi navigate to moz-extension:// pages, so the e2e build's content script
 * hook asks the background to open popup.html?tabId=<this tab>. Returns that page and the tab id.
 */
async function openPopup(p) {
  const known = new Set(await browser.pages());
  await p.evaluate(() => window.postMessage({ type: 'provenance-lens:e2e-open-popup' }, '*'));
  const found = await until(
    async () => {
      for (const candidate of await browser.pages()) {
        if (known.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (href.startsWith(`moz-extension://${UUID}/popup.html`)) return { popup: candidate, href };
      }
      return null;
    },
    (v) => v !== null,
  );
  assert.ok(found, 'the popup tab opened');
  await found.popup.waitForSelector('[data-testid="verdict"], [data-testid^="state-"]', { timeout: 20000 });
  return { popup: found.popup, tabId: Number(new URL(found.href).searchParams.get('tabId')) };
}

/** Extension pages have the WebExtension API: read the toolbar badge from there. */
async function toolbarText(popup, tabId) {
  return popup.evaluate((id) => globalThis.browser.browserAction.getBadgeText({ tabId: id }), tabId);
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  server = await startServer();
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
  await server?.close();
});

test('seed page: inline badge, toolbar badge, popup with the AI system, the editor and the original link', async () => {
  await page.goto(server.url(SEED.path));
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 15000 });
  const b = await until(() => badge(page), (v) => v?.chips.length === 2);
  assert.deepEqual(b.chips, SEED.chips);
  assert.equal(b.count, 1);
  assert.equal(b.afterHeadline, true);
  assert.match(b.aria, /^Provenance Lens: AI-generated — Benzinga Neuro \(GPT-4\), edited by Navdeep Yadav\./);
  const { popup, tabId } = await openPopup(page);
  const p = await until(() => popup.evaluate(readPopup), (v) => v.verdict === SEED.verdict);
  assert.equal(p.verdict, SEED.verdict);
  assert.ok(p.credits.some((c) => /^Benzinga Neuro — AI system run by Benzinga/.test(c)), p.credits.join('|'));
  assert.ok(p.credits.some((c) => /^Navdeep Yadav — editor/.test(c)), p.credits.join('|'));
  assert.deepEqual(p.originals, [{ href: SEED.original, target: '_blank', rel: 'noopener noreferrer' }]);
  assert.equal(await until(() => toolbarText(popup, tabId), (t) => t === SEED.toolbar), SEED.toolbar);
  await popup.close();
});

for (const c of FIXTURES) {
  test(`fixture ${c.path}: ${c.chips ? c.chips.join(' + ') : 'no inline badge'}; toolbar "${c.toolbar}"`, async () => {
    await page.goto(server.url(c.path));
    const { popup, tabId } = await openPopup(page);
    const p = await until(() => popup.evaluate(readPopup), (v) => v.verdict === c.verdict);
    assert.equal(p.verdict, c.verdict);
    assert.equal(await until(() => toolbarText(popup, tabId), (t) => t === c.toolbar), c.toolbar);
    await popup.close();
    const b = c.chips ? await until(() => badge(page), (v) => v?.chips.length === c.chips.length) : await badge(page);
    if (c.chips) assert.deepEqual(b?.chips, c.chips);
    else assert.equal(b, null);
  });
}

test('late article: a page that renders its article after load gets analysed again', async () => {
  await page.goto(server.url('/pages/late.html'));
  const b = await until(() => badge(page), (v) => v !== null, 12000);
  assert.deepEqual(b?.chips, ['AI images']);
});

test('single-page-app navigation replaces the report', async () => {
  await page.goto(server.url('/spa/'));
  const first = await until(() => badge(page), (v) => v !== null, 15000);
  assert.deepEqual(first?.chips, ['AI-assisted']);
  await page.click('a[data-spa]');
  const second = await until(() => badge(page), (v) => v?.chips[0]?.startsWith('Republished'), 10000);
  assert.deepEqual(second?.chips, ['Republished · original on theconversation.com']);
  assert.equal(second.count, 1);
  const { popup, tabId } = await openPopup(page);
  const p = await until(() => popup.evaluate(readPopup), (v) => v.verdict === 'No AI disclosure found');
  assert.equal(p.verdict, 'No AI disclosure found');
  assert.deepEqual(p.originals.map((o) => o.href), ['https://theconversation.com/why-bees-matter-123456']);
  assert.equal(await until(() => toolbarText(popup, tabId), (t) => t === 'COPY'), 'COPY');
  await popup.close();
});

test('turning the site off in the popup removes the badge live; on again brings it back', async () => {
  await page.goto(server.url(SEED.path));
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 15000 });
  const { popup, tabId } = await openPopup(page);
  await popup.click('[data-testid="site-switch"]');
  await popup.waitForSelector('[data-testid="state-disabled"]', { timeout: 5000 });
  assert.equal(await until(() => badge(page), (v) => v === null, 5000), null);
  assert.equal(await page.evaluate(() => document.querySelectorAll('[data-provenance-lens-notice]').length), 0);
  assert.equal(await until(() => toolbarText(popup, tabId), (t) => t === ''), '');
  await popup.click('[data-testid="site-switch"]');
  const back = await until(() => badge(page), (v) => v !== null, 5000);
  assert.deepEqual(back?.chips, SEED.chips);
  assert.equal(await until(() => toolbarText(popup, tabId), (t) => t === 'AI'), 'AI');
  await popup.close();
});
