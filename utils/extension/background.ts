import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isOwnContentScript, isOwnPage, parseContentMessage, parsePageMessage, type ReportReply } from './messages';
import { checkCacheKey, documentUrl } from './original-check';
import { dropTabState, getTabState, setTabState, type TabState } from './tab-state';
import { checkGuesses } from './site-lookup-background';
import { applyToolbar } from './toolbar';

/**
 * The background: keeps each tab's state in storage.session (a restarted MV3 service worker
 * still answers), mirrors it on the toolbar button, and forgets it when the tab navigates or closes.
 * Listeners are registered synchronously so a woken service worker gets the event that woke it.
 */
export function startBackground(): void {
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId).catch(ignore);
  });
  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A new document is loading (link, reload, back/forward): the old report no longer applies.
    // Single-page-app navigations are reported by the content script itself.
    if (changeInfo.status === 'loading') void forget(tabId);
  });
}

/**
 * A closed tab leaves nothing behind: its report goes, and so does the "Check the original" result
 * for its page unless another tab still shows that page. (A navigation drops only the report: the
 * result stays for a reload or a return, as docs/check-original.md promises.)
 */
export async function forgetTab(tabId: number): Promise<void> {
  const state = await getTabState(tabId);
  await dropTabState(tabId);
  if (!state) return;
  const page = documentUrl(state.url);
  const all = await browser.storage.session.get(null);
  const stillOpen = Object.entries(all).some(
    ([key, value]) => key.startsWith('tab:') && typeof (value as TabState | null)?.url === 'string' && documentUrl((value as TabState).url) === page,
  );
  if (!stillOpen) await storage.removeItem(checkCacheKey(page));
}

async function forget(tabId: number): Promise<void> {
  try {
    await dropTabState(tabId);
    await applyToolbar(tabId, null);
  } catch {
    // The tab may be gone already.
  }
}

async function remember(tabId: number, state: TabState): Promise<void> {
  await setTabState(tabId, state);
  try {
    await applyToolbar(tabId, state);
  } catch {
    // The tab may have closed meanwhile.
  }
}

function ignore(): void {}

function onMessage(msg: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const fromContent = parseContentMessage(msg);
  if (fromContent) {
    if (!isOwnContentScript(sender)) return undefined;
    const tabId = sender.tab.id;
    // Test hook: compiled only into `--mode e2e` builds (dead code, string included, otherwise).
    if (import.meta.env.MODE === 'e2e' && fromContent.type === 'content:e2e-open-popup') {
      return browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}` }).then(() => true);
    }
    switch (fromContent.type) {
      case 'content:analysing':
        return remember(tabId, { status: 'analysing', url: fromContent.url }).then(() => true);
      case 'content:report': {
        // A report that rests on a wrongly guessed domain is not kept: the content script runs again with the answer.
        const { sites, allRight } = checkGuesses(fromContent.guesses);
        const reply: ReportReply = { kept: allRight, sites };
        if (!allRight) return Promise.resolve(reply);
        return remember(tabId, { status: 'done', url: fromContent.url, report: fromContent.report }).then(() => reply);
      }
      case 'content:failed':
        return remember(tabId, { status: 'failed', url: fromContent.url, message: fromContent.message }).then(() => true);
      case 'content:disabled':
        return remember(tabId, { status: 'disabled', url: fromContent.url }).then(() => true);
      default:
        return undefined;
    }
  }
  const fromPage = parsePageMessage(msg);
  if (fromPage && isOwnPage(sender)) return getTabState(fromPage.tabId);
  return undefined;
}
