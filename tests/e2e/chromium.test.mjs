// Real-browser tests in Debian's Chromium: the e2e build loaded with --load-extension, pages from 127.0.0.1.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { FIXTURES, readBadge, readPopup, SEED, until } from './cases.mjs';
import { startServer } from './server.mjs';

const extPath = path.resolve(process.env.CHROME_EXT_DIR ?? '.output/chrome-mv3-e2e');
const artifacts = path.resolve('tests/e2e/.artifacts');
const screenshotsDir = path.resolve('docs/screenshots');

/** The README's screenshots are taken here; `UPDATE_SCREENSHOTS=1` copies them into docs/screenshots. */
function keepScreenshot(file) {
  if (!process.env.UPDATE_SCREENSHOTS) return;
  fs.mkdirSync(screenshotsDir, { recursive: true });
  fs.copyFileSync(file, path.join(screenshotsDir, path.basename(file)));
}

let ctx;
let server;
let userDataDir;
let extId;
let page;
const consoleLines = [];

async function sw() {
  return ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
}

/**
 * The tab showing `p`. The extension has no "tabs" permission, so tabs.query does not reveal URLs;
 * the tab's report in storage.session (written by the background from our content script) does.
 */
async function tabIdOf(p) {
  const worker = await sw();
  const find = () =>
    worker.evaluate(async (u) => {
      for (const [key, state] of Object.entries(await chrome.storage.session.get(null))) {
        if (state?.url === u) return Number(key.slice('tab:'.length));
      }
      return null;
    }, p.url());
  const id = await until(find, (v) => v !== null);
  assert.ok(id !== null, `no tab state for ${p.url()}`);
  return id;
}

async function toolbarText(tabId) {
  const worker = await sw();
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function badge(p) {
  return p.evaluate(readBadge);
}

async function openPopup(tabId) {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="verdict"]', { timeout: 20000 });
  return popup;
}

before(async () => {
  assert.ok(fs.existsSync(path.join(extPath, 'manifest.json')), `build first: ${extPath}`);
  server = await startServer();
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-e2e-chromium-'));
  ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 800 },
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
  // Hermetic: the seed's own stylesheets and scripts point at sites that do not exist.
  await ctx.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  page = await ctx.newPage();
  page.on('console', (m) => {
    // The page's own failed subresources are the browser's lines, not ours.
    if (!/^Failed to load resource/.test(m.text())) consoleLines.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
});

after(async () => {
  await ctx?.close();
  await server?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

test('seed page: inline badge by the headline, toolbar badge, notice highlighted', async () => {
  await page.goto(server.url(SEED.path));
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 10000 });
  const b = await until(() => badge(page), (v) => v?.chips.length === 2);
  assert.deepEqual(b.chips, SEED.chips);
  assert.equal(b.count, 1);
  assert.equal(b.afterHeadline, true);
  assert.equal(b.role, 'note');
  assert.match(b.aria, /^Provenance Lens: AI-generated — Benzinga Neuro \(GPT-4\), edited by Navdeep Yadav\. Republished copy — first published by Benzinga\.$/);
  assert.equal(await page.locator('[data-provenance-lens-notice]').count(), 2, 'the two blocks of the notice are outlined');
  const tabId = await tabIdOf(page);
  assert.equal(await until(() => toolbarText(tabId), (t) => t === SEED.toolbar), SEED.toolbar);
});

test('seed page: the badge opens a card with the notice, credits and original link (keyboard)', async () => {
  const host = page.locator('[data-testid="provenance-badge"]');
  await host.locator('button.pl-toggle').focus();
  await page.keyboard.press('Enter');
  const card = host.locator('#pl-card');
  await card.waitFor({ timeout: 5000 });
  assert.equal(await host.locator('button.pl-toggle').getAttribute('aria-expanded'), 'true');
  const text = await card.textContent();
  assert.match(text, /Engineered by Benzinga Neuro, Edited by Navdeep Yadav/);
  assert.match(text, /Benzinga Neuro — AI system run by Benzinga/);
  assert.match(text, /Navdeep Yadav — editor/);
  const link = card.locator('a');
  assert.equal(await link.getAttribute('href'), SEED.original);
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  fs.mkdirSync(artifacts, { recursive: true });
  const shot = path.join(artifacts, 'inline-badge.png');
  await page.locator('h1.entry-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot, clip: await clipAround(page, 'h1.entry-title', '[data-testid="provenance-badge"]') });
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached', timeout: 5000 });
  assert.equal(await host.locator('button.pl-toggle').getAttribute('aria-expanded'), 'false');
  keepScreenshot(shot);
});

test('seed page: popup lists the AI system, the editor, the notice and the original link; Show on page flashes it', async () => {
  const tabId = await tabIdOf(page);
  const popup = await openPopup(tabId);
  const p = await popup.evaluate(readPopup);
  assert.equal(p.verdict, SEED.verdict);
  assert.ok(p.credits.some((c) => /^Benzinga Neuro — AI system run by Benzinga/.test(c)), p.credits.join('|'));
  assert.ok(p.credits.some((c) => /^Navdeep Yadav — editor/.test(c)), p.credits.join('|'));
  assert.equal(p.disclosures.length, 1);
  assert.match(p.disclosures[0], /^Engineered by Benzinga Neuro, Edited by Navdeep Yadav/);
  assert.deepEqual(p.originals, [{ href: SEED.original, target: '_blank', rel: 'noopener noreferrer' }]);
  assert.ok(p.warnings.some((w) => /republishes AI-generated content from Benzinga/.test(w)));
  assert.equal(p.siteSwitch, true);
  fs.mkdirSync(artifacts, { recursive: true });
  const shot = path.join(artifacts, 'popup.png');
  await popup.screenshot({ path: shot, fullPage: true });
  keepScreenshot(shot);
  await popup.getByRole('button', { name: 'Show on page' }).click();
  await page.waitForSelector('[data-provenance-lens-flash]', { timeout: 3000 });
  await popup.close();
});

test('seed page: a page that removes the badge gets it back, and never two', async () => {
  await page.evaluate(() => document.querySelector('[data-testid="provenance-badge"]').remove());
  const b = await until(() => badge(page), (v) => v !== null, 5000);
  assert.equal(b?.count, 1);
  assert.deepEqual(b.chips, SEED.chips);
});

for (const c of FIXTURES) {
  test(`fixture ${c.path}: ${c.chips ? c.chips.join(' + ') : 'no inline badge'}; toolbar "${c.toolbar}"`, async () => {
    await page.goto(server.url(c.path));
    const tabId = await tabIdOf(page);
    // The popup shows the report once the page is analysed; after that the badge state is final.
    const popup = await openPopup(tabId);
    const verdict = await until(() => popup.evaluate(readPopup), (v) => v.verdict === c.verdict);
    assert.equal(verdict.verdict, c.verdict);
    await popup.close();
    const b = c.chips ? await until(() => badge(page), (v) => v?.chips.length === c.chips.length) : await badge(page);
    if (c.chips) assert.deepEqual(b?.chips, c.chips);
    else assert.equal(b, null);
    assert.equal(await until(() => toolbarText(tabId), (t) => t === c.toolbar), c.toolbar);
  });
}

test('late article: a page that renders its article after load gets analysed again', async () => {
  await page.goto(server.url('/pages/late.html'));
  const b = await until(() => badge(page), (v) => v !== null, 12000);
  assert.deepEqual(b?.chips, ['AI images']);
  assert.equal(await until(async () => toolbarText(await tabIdOf(page)), (t) => t === 'IMG'), 'IMG');
});

test('single-page-app navigation replaces the report', async () => {
  await page.goto(server.url('/spa/'));
  const first = await until(() => badge(page), (v) => v !== null);
  assert.deepEqual(first?.chips, ['AI-assisted']);
  await page.click('a[data-spa]');
  await page.waitForURL(/\/spa\/story-2$/);
  const second = await until(() => badge(page), (v) => v?.chips[0]?.startsWith('Republished'), 10000);
  assert.deepEqual(second?.chips, ['Republished · original on theconversation.com']);
  assert.equal(second.count, 1);
  const tabId = await tabIdOf(page);
  assert.equal(await until(() => toolbarText(tabId), (t) => t === 'COPY'), 'COPY');
  const popup = await openPopup(tabId);
  const p = await until(() => popup.evaluate(readPopup), (v) => v.verdict === 'No AI disclosure found');
  assert.equal(p.verdict, 'No AI disclosure found');
  assert.deepEqual(p.originals.map((o) => o.href), ['https://theconversation.com/why-bees-matter-123456']);
  await popup.close();
});

test('turning the site off in the popup removes the badge live; on again brings it back', async () => {
  await page.goto(server.url(SEED.path));
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 10000 });
  const tabId = await tabIdOf(page);
  const popup = await openPopup(tabId);
  await popup.click('[data-testid="site-switch"]');
  await popup.waitForSelector('[data-testid="state-disabled"]', { timeout: 5000 });
  await page.waitForSelector('[data-testid="provenance-badge"]', { state: 'detached', timeout: 5000 });
  assert.equal(await page.locator('[data-provenance-lens-notice]').count(), 0);
  assert.equal(await until(() => toolbarText(tabId), (t) => t === ''), '');
  await popup.click('[data-testid="site-switch"]');
  await page.waitForSelector('[data-testid="provenance-badge"]', { timeout: 5000 });
  assert.equal(await until(() => toolbarText(tabId), (t) => t === 'AI'), 'AI');
  await popup.close();
});

test('browser pages cannot be analysed; the page never saw a console line or error from us', async () => {
  const other = await ctx.newPage();
  await other.goto('chrome://version/');
  await other.bringToFront();
  const tabId = await (await sw()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await ctx.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="state-unsupported"]', { timeout: 5000 });
  await popup.close();
  await other.close();
  assert.deepEqual(consoleLines, []);
});

async function clipAround(p, ...selectors) {
  const boxes = [];
  for (const s of selectors) {
    const box = await p.locator(s).first().boundingBox();
    if (box) boxes.push(box);
  }
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - 16);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - 16);
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + 16;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + 16;
  return { x, y, width: Math.min(right - x, 1000 - x), height: bottom - y };
}
