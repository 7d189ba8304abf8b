import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CheckOriginal } from '@/components/CheckOriginal';
import { ExportButtons } from '@/components/ExportButtons';
import { ProductMark } from '@/components/ProductMark';
import { ReportView } from '@/components/ReportView';
import { SiteSwitch } from '@/components/SiteSwitch';
import type { AiDisclosure } from '@/utils/analysis/types';
import { type PingReply, sendToBackground, sendToContent } from '@/utils/extension/messages';
import { noteLines } from '@/utils/extension/report-notes';
import { getSettings, updateSettings, watchSettings } from '@/utils/extension/settings';
import { canAnalyse, isSiteDisabled, siteOf, toggleSite } from '@/utils/extension/sites';
import { type TabState, watchTabState } from '@/utils/extension/tab-state';

type View =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error'; message: string }
  | { kind: 'tab'; tabId: number; url: string; state: TabState | null };

/** Tests open `popup.html?tabId=N`; the real popup shows the active tab. */
async function resolveTab(): Promise<{ id: number; url: string | undefined } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param));
    return tab.id === undefined ? null : { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The address our content script sees in that tab; null when none runs there (browser pages, stores). */
async function pingContent(tabId: number): Promise<string | null> {
  try {
    const reply = (await sendToContent(tabId, { type: 'page:ping' })) as PingReply | undefined;
    return typeof reply?.url === 'string' ? reply.url : null;
  } catch {
    return null;
  }
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [disabledSites, setDisabledSites] = useState<string[]>([]);

  useEffect(() => {
    let unwatchTab: (() => void) | undefined;
    const unwatchSettings = watchSettings((s) => setDisabledSites(s.disabledSites));
    (async () => {
      setDisabledSites((await getSettings()).disabledSites);
      const tab = await resolveTab();
      if (!tab) {
        setView({ kind: 'unsupported' });
        return;
      }
      const tabId = tab.id;
      let latest: TabState | null | undefined; // undefined until the first read or change
      let pageUrl: string | undefined; // the address once resolved ('' when unknown)
      const show = () => {
        const url = latest?.url ?? pageUrl;
        setView(url && canAnalyse(url) ? { kind: 'tab', tabId, url, state: latest ?? null } : { kind: 'unsupported' });
      };
      // Watch before the first read: a report stored while the read is under way must not be missed
      // (the popup would say "Analysing…" for ever), and a page still loading when the popup opened
      // shows its report once its content script starts.
      unwatchTab = watchTabState(tabId, (next) => {
        latest = next;
        if (pageUrl !== undefined) show();
      });
      const state = (await sendToBackground({ type: 'page:get-tab-state', tabId })) as TabState | null | undefined;
      if (latest === undefined) latest = state ?? null;
      // The address comes from our own content script (its report, or a ping): the extension asks for
      // no "tabs" permission, so the browser does not tell it which page a tab shows.
      pageUrl = latest?.url ?? (await pingContent(tabId)) ?? tab.url ?? '';
      show();
    })().catch((error: unknown) => setView({ kind: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      unwatchSettings();
      unwatchTab?.();
    };
  }, []);

  return (
    <main class="popup">
      <header class="brand">
        <ProductMark size={16} />
        <h1>Provenance Lens</h1>
      </header>
      <Body view={view} disabledSites={disabledSites} />
      <footer class="footer">
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </footer>
    </main>
  );
}

function Body({ view, disabledSites }: { view: View; disabledSites: string[] }) {
  switch (view.kind) {
    case 'loading':
      return <Status testId="state-loading" title="Analysing…" text="Reading what this page says about how it was made." />;
    case 'unsupported':
      return (
        <Status
          testId="state-unsupported"
          title="This page can't be analysed"
          text="Browser pages, extension pages, add-on stores and files such as PDFs are off limits to extensions. If this is a web page that was open before Provenance Lens was installed, reload it."
        />
      );
    case 'error':
      return <Status testId="state-failed" title="Analysis failed" text={`Something went wrong: ${view.message}`} />;
    case 'tab':
      return <TabView {...view} disabledSites={disabledSites} />;
  }
}

function TabView({ tabId, url, state, disabledSites }: { tabId: number; url: string; state: TabState | null; disabledSites: string[] }) {
  const site = siteOf(url);
  const disabled = isSiteDisabled(url, disabledSites);
  const onSwitch = (enabled: boolean) => {
    if (!site) return;
    // Turning a site back on removes the entry that covers it (it may be a parent domain).
    const covering = disabledSites.filter((d) => site === d || site.endsWith(`.${d}`));
    const next = enabled ? disabledSites.filter((d) => !covering.includes(d)) : toggleSite(disabledSites, site, true);
    void updateSettings({ disabledSites: next });
  };
  const showOnPage = async (d: AiDisclosure) => {
    if (!d.location) return false;
    try {
      return (await sendToContent(tabId, { type: 'page:show-on-page', paths: d.location.paths })) === true;
    } catch {
      return false;
    }
  };
  return (
    <>
      {site && <SiteSwitch site={site} enabled={!disabled} onChange={onSwitch} />}
      <TabBody tabId={tabId} state={disabled ? { status: 'disabled', url } : state} onShowOnPage={showOnPage} />
    </>
  );
}

function TabBody({ tabId, state, onShowOnPage }: { tabId: number; state: TabState | null; onShowOnPage: (d: AiDisclosure) => Promise<boolean> }) {
  if (!state || state.status === 'analysing') {
    return (
      <Status
        testId="state-analysing"
        title="Analysing…"
        text="The page is checked once it has finished loading. If this stays, reload the page: pages opened before the extension was installed are not checked."
      />
    );
  }
  if (state.status === 'disabled') {
    return <Status testId="state-disabled" title="Turned off for this site" text="Nothing on this site is read or marked. Turn the switch on to check it." />;
  }
  if (state.status === 'failed') {
    return <Status testId="state-failed" title="Analysis failed" text="This page could not be analysed. Reloading it may help." />;
  }
  const { report } = state;
  if (!report.isArticle) {
    // A check that failed outright or was cut short must not claim the page is no article.
    const notes = noteLines(report);
    if (notes.length > 0) return <Status testId="verdict" title="This page could not be checked completely" text={notes.join(' ')} />;
    return <Status testId="verdict" title="Not an article" text="This page does not look like an article, so there is nothing to check." />;
  }
  return (
    <>
      <ReportView report={report} onShowOnPage={onShowOnPage} />
      {report.republication.isRepublished && <CheckOriginal key={`${state.url} ${report.republication.originalUrl}`} tabId={tabId} pageUrl={state.url} report={report} />}
      <ExportButtons report={report} />
    </>
  );
}

function Status({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <section class="status-view" aria-live="polite">
      <h2 data-testid={testId}>{title}</h2>
      <p class="explain">{text}</p>
    </section>
  );
}
