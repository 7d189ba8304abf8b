import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { setTabState } from '@/utils/extension/tab-state';
import { makeReport } from './report-fixtures';

const PAGE = 'https://news.example.com/2024/01/markets.html';
const REPORT = makeReport({ url: PAGE, verdict: 'ai-generated' });

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const byTestId = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];

async function openPopupFor(tabId: number | undefined) {
  history.replaceState(null, '', `/popup.html?tabId=${tabId}`);
  await act(async () => {
    render(<App />, root);
  });
}

describe('the popup follows its tab', () => {
  it('shows a report that is stored while it asks the background for the state', async () => {
    const tab = await fakeBrowser.tabs.create({ url: PAGE });
    const tabId = tab.id ?? -1;
    // The analysis finishes just as the background answers with what it had a moment before.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      await setTabState(tabId, { status: 'done', url: PAGE, report: REPORT });
      return { status: 'analysing', url: PAGE };
    });
    await openPopupFor(tabId);
    await vi.waitFor(() => expect(byTestId('verdict')).toHaveLength(1));
    expect(byTestId('state-analysing')).toEqual([]);
  });

  it('shows the report of a page that was still loading when the popup opened', async () => {
    // No state yet and no content script to answer a ping: the browser does not say what the tab shows.
    const tab = await fakeBrowser.tabs.create({});
    const tabId = tab.id ?? -1;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await openPopupFor(tabId);
    await vi.waitFor(() => expect(byTestId('state-unsupported')).toHaveLength(1));

    await act(async () => {
      await setTabState(tabId, { status: 'analysing', url: PAGE });
    });
    await vi.waitFor(() => expect(byTestId('state-analysing')).toHaveLength(1));
    await act(async () => {
      await setTabState(tabId, { status: 'done', url: PAGE, report: REPORT });
    });
    await vi.waitFor(() => expect(byTestId('verdict')).toHaveLength(1));
  });
});
