import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { makeReport } from './report-fixtures';

const trigger = fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown[]>;
/** The awaited return of our listener (works with fake-browser 1.x and 2.x semantics). */
const send = async (msg: unknown, sender: object) => (await trigger(msg, sender, () => {}))[0];

const content = (tabId: number, extra: object = {}) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId: 0, url: 'https://news.example/story', ...extra });
const popupPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const action = () => fakeBrowser.action;

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });

  it('keeps a tab report in storage.session and answers our popup from it', async () => {
    const report = makeReport({ verdict: 'ai-generated' });
    expect(await send({ type: 'content:report', url: report.url, report, guesses: {} }, content(5))).toEqual({ kept: true, sites: {} });
    expect(await fakeBrowser.storage.session.get('tab:5')).toEqual({ 'tab:5': { status: 'done', url: report.url, report } });
    expect(await send({ type: 'page:get-tab-state', tabId: 5 }, popupPage())).toMatchObject({ status: 'done', report: { verdict: 'ai-generated' } });
  });

  it("checks the content script's guessed domains with the list, and keeps a report only if they were right", async () => {
    const report = makeReport({ verdict: 'ai-generated' });
    const right = { 'www.benzinga.com': 'benzinga.com', 'news.bbc.co.uk': 'bbc.co.uk' };
    expect(await send({ type: 'content:report', url: report.url, report, guesses: right }, content(6))).toEqual({ kept: true, sites: right });
    expect(await fakeBrowser.storage.session.get('tab:6')).toEqual({ 'tab:6': { status: 'done', url: report.url, report } });
    // "tokyo.jp" is a public suffix: the report rests on a wrong guess, and the content script will run again.
    const wrong = { 'a.b.tokyo.jp': 'tokyo.jp' };
    expect(await send({ type: 'content:report', url: report.url, report, guesses: wrong }, content(10))).toEqual({ kept: false, sites: { 'a.b.tokyo.jp': 'b.tokyo.jp' } });
    expect(await fakeBrowser.storage.session.get('tab:10')).toEqual({});
    expect(await action().getBadgeText({ tabId: 10 })).toBe('');
  });

  it('still answers after the service worker restarts (nothing is kept only in memory)', async () => {
    const report = makeReport({ verdict: 'ai-assisted' });
    await send({ type: 'content:report', url: report.url, report, guesses: {} }, content(9));
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.tabs.onRemoved.removeAllListeners();
    fakeBrowser.tabs.onUpdated.removeAllListeners();
    background.main(); // a fresh worker: new listeners, no memory
    expect(await send({ type: 'page:get-tab-state', tabId: 9 }, popupPage())).toMatchObject({ status: 'done', report: { verdict: 'ai-assisted' } });
  });

  it('sets a distinct toolbar text, colour and tooltip per verdict, and republication', async () => {
    const cases = [
      [makeReport({ verdict: 'ai-generated' }), 'AI', [109, 40, 217, 255]],
      [makeReport({ verdict: 'ai-assisted' }), 'ASST', [29, 78, 216, 255]],
      [makeReport({ verdict: 'ai-media' }), 'IMG', [15, 118, 110, 255]],
      [makeReport({ republication: { isRepublished: true, originalUrl: 'https://orig.example/a', originalPublisher: 'Orig', signals: [] } }), 'COPY', [180, 83, 9, 255]],
      [makeReport(), '', [75, 85, 99, 255]],
    ] as const;
    for (const [i, [report, text, color]] of cases.entries()) {
      await send({ type: 'content:report', url: report.url, report, guesses: {} }, content(i + 1));
      expect(await action().getBadgeText({ tabId: i + 1 })).toBe(text);
      expect(await action().getBadgeBackgroundColor({ tabId: i + 1 })).toEqual(color);
      expect(await action().getTitle({ tabId: i + 1 })).toMatch(/^Provenance Lens: /);
    }
    expect(await action().getTitle({ tabId: 4 })).toBe('Provenance Lens: No AI disclosure found. Republished copy — first published by Orig');
  });

  it('drops the report and clears the toolbar when the tab navigates or closes', async () => {
    const report = makeReport({ verdict: 'ai-generated' });
    await send({ type: 'content:report', url: report.url, report, guesses: {} }, content(3));
    await send({ type: 'content:report', url: report.url, report, guesses: {} }, content(4));
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { id: 3 } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tab:3')).toEqual({}));
    await vi.waitFor(async () => expect(await action().getBadgeText({ tabId: 3 })).toBe(''));
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tab:4')).toEqual({}));
  });

  it('ignores messages from other extensions, from pages, from frames, and of the wrong shape', async () => {
    const report = makeReport({ verdict: 'ai-generated' });
    const msg = { type: 'content:report', url: report.url, report, guesses: {} };
    expect(await send(msg, content(7, { id: 'someone-else' }))).toBeUndefined();
    expect(await send(msg, { id: fakeBrowser.runtime.id })).toBeUndefined(); // no tab: not a content script
    expect(await send(msg, content(7, { frameId: 3 }))).toBeUndefined();
    expect(await send({ ...msg, report: { ...report, verdict: 'human' } }, content(7))).toBeUndefined();
    expect(await send({ type: 'content:report', url: 42, report, guesses: {} }, content(7))).toBeUndefined();
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({});
    // Reports are for our own pages only: not for content scripts, not for other extensions.
    await send(msg, content(8));
    expect(await send({ type: 'page:get-tab-state', tabId: 8 }, content(8))).toBeUndefined();
    expect(await send({ type: 'page:get-tab-state', tabId: 8 }, { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' })).toBeUndefined();
    expect(await send({ type: 'page:get-tab-state', tabId: -1 }, popupPage())).toBeUndefined();
  });

  it('does not open tabs for the e2e hook outside e2e builds', async () => {
    expect(import.meta.env.MODE).not.toBe('e2e');
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await send({ type: 'content:e2e-open-popup' }, content(2))).toBeUndefined();
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});
