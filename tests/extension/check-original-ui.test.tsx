import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CheckOriginal } from '@/components/CheckOriginal';
import { App } from '@/entrypoints/popup/App';
import { signature } from '@/utils/analysis/similarity';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { type CheckOutcome, saveCheck } from '@/utils/extension/original-check';
import type { CheckInput } from '@/utils/extension/original-check-run';
import { COPY_URL, ORIGINAL_URL } from './check-original-fixtures';
import { makeReport } from './report-fixtures';

const COPY: ProvenanceReport = makeReport({
  url: COPY_URL,
  title: 'US shared intel <img src=x onerror=alert(1)>',
  publishedTime: '2024-01-17T09:12:00+00:00',
  credits: [{ name: 'admin', role: 'author', source: 'byline', sources: ['byline'], isAI: false, publisher: null }],
  republication: { isRepublished: true, originalUrl: ORIGINAL_URL, originalPublisher: 'Benzinga', signals: [] },
  warnings: [{ kind: 'republished-copy', message: 'This page is a copy of an article first published by Benzinga.' }],
});

const COMPARED: CheckOutcome = {
  status: 'compared',
  originalUrl: ORIGINAL_URL,
  finalUrl: ORIGINAL_URL,
  checkedAt: Date.UTC(2024, 0, 17, 10),
  truncated: false,
  comparison: {
    originalUrl: ORIGINAL_URL,
    similarity: 0.82,
    sameArticle: true,
    original: {
      title: 'US Reportedly Shared Advanced Intel With Iran',
      authors: ['Benzinga Neuro'],
      publishedTime: '2024-01-16T20:00:00Z',
      verdict: 'ai-generated',
      aiDisclosures: [
        {
          level: 'generated', scope: 'article', system: 'Benzinga Neuro', model: 'GPT-4', reviewedBy: 'Navdeep Yadav', humanReviewed: true,
          text: 'Engineered by Benzinga Neuro, Edited by Navdeep Yadav <b>bold</b>', kind: 'notice', rule: 'r', language: 'en', location: null,
        },
      ],
    },
    warnings: [{ kind: 'original-discloses-ai', message: 'The original discloses AI generation by Benzinga Neuro; this copy does not show it.' }],
  },
};

const GONE: CheckOutcome = {
  status: 'unreachable',
  originalUrl: ORIGINAL_URL,
  checkedAt: 1,
  reason: 'http',
  httpStatus: 404,
  archiveUrl: `https://web.archive.org/web/*/${ORIGINAL_URL}`,
};

const SIG = signature('the copy of the story as the content script reads it');

let root: HTMLElement;
let fetchSpy: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
  fetchSpy = vi.fn(async () => new Response('unexpected'));
  vi.stubGlobal('fetch', fetchSpy);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.unstubAllGlobals();
});

const byTestId = (id: string) => [...root.querySelectorAll(`[data-testid="${id}"]`)];
const button = () => (byTestId('check-original-button')[0] ?? byTestId('check-again')[0]) as HTMLButtonElement;

function mount(run: (input: CheckInput) => Promise<CheckOutcome>) {
  return act(async () => {
    render(<CheckOriginal tabId={7} pageUrl={COPY_URL} report={COPY} run={run} />, root);
  });
}

describe('Check the original', () => {
  it('asks nothing and fetches nothing until the click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const tabsMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const run = vi.fn(async () => COMPARED);
    await mount(run);
    await new Promise((r) => setTimeout(r, 20));
    expect(button().textContent).toBe('Check the original');
    expect(root.textContent).toContain('the first time, your browser asks to let it read benzinga.com');
    expect(request).not.toHaveBeenCalled();
    expect(tabsMessage).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("asks for the original's site first thing in the click, and fetches nothing when refused", async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const tabsMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const run = vi.fn(async () => COMPARED);
    await mount(run);
    button().click();
    // Synchronously, inside the click: the browser requires the user's gesture for the prompt.
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.benzinga.com/*'] });
    await vi.waitFor(() => expect(byTestId('check-denied')).toHaveLength(1));
    expect(byTestId('check-denied')[0]?.textContent).toBe('Permission to read benzinga.com was not given, so nothing was fetched.');
    expect(tabsMessage).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('compares side by side, warns about the dropped notice, renders page text as text, and caches the result', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const tabsMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ url: COPY_URL, signature: SIG });
    const run = vi.fn(async (_: CheckInput) => COMPARED);
    await mount(run);
    await act(async () => button().click());
    await vi.waitFor(() => expect(byTestId('check-result')).toHaveLength(1));
    expect(tabsMessage).toHaveBeenCalledWith(7, { type: 'page:get-signature' });
    expect(run).toHaveBeenCalledWith({ copyReport: COPY, copySignature: SIG, originalUrl: ORIGINAL_URL });
    expect(byTestId('same-article')[0]?.textContent).toBe('Same article (text similarity 0.82)');
    expect(byTestId('original-warning').map((w) => w.textContent)).toEqual([
      'The original discloses AI generation by Benzinga Neuro; this copy does not show it.',
    ]);
    const cells = (id: string) => [...(byTestId(id)[0]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(cells('cmp-title')).toEqual(['US shared intel <img src=x onerror=alert(1)>', 'US Reportedly Shared Advanced Intel With Iran']);
    expect(cells('cmp-byline')).toEqual(['admin', 'Benzinga Neuro']);
    expect(cells('cmp-date')).toEqual(['2024-01-17', '2024-01-16']);
    expect(cells('cmp-ai')).toEqual(['No AI disclosure found', 'Engineered by Benzinga Neuro, Edited by Navdeep Yadav <b>bold</b>']);
    expect(root.querySelector('img, b')).toBeNull();
    const link = byTestId('checked-original')[0] as HTMLAnchorElement;
    expect([link.getAttribute('href'), link.target, link.rel]).toEqual([ORIGINAL_URL, '_blank', 'noopener noreferrer']);
    expect(button().textContent).toBe('Check again');
    expect(await fakeBrowser.storage.session.get(`original-check:${COPY_URL}`)).toEqual({ [`original-check:${COPY_URL}`]: COMPARED });
    expect(fetchSpy).not.toHaveBeenCalled(); // the injected run stands in for the real fetch
  });

  it('shows the cached result on reopening without fetching; "Check again" runs it anew', async () => {
    await saveCheck(COPY_URL, COMPARED);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ url: COPY_URL, signature: SIG });
    const run = vi.fn(async () => GONE);
    await mount(run);
    await vi.waitFor(() => expect(byTestId('check-result')).toHaveLength(1));
    expect(root.textContent).toContain('(this session)');
    expect(request).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
    await act(async () => button().click());
    await vi.waitFor(() => expect(byTestId('check-unreachable')).toHaveLength(1));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('links to archived copies when the original is gone (a link, not a request)', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ url: COPY_URL, signature: SIG });
    await mount(async () => GONE);
    await act(async () => button().click());
    await vi.waitFor(() => expect(byTestId('check-unreachable')).toHaveLength(1));
    expect(byTestId('check-unreachable')[0]?.textContent).toContain('The original is gone (HTTP 404).');
    const link = byTestId('archive-link')[0] as HTMLAnchorElement;
    expect([link.getAttribute('href'), link.target, link.rel, link.textContent]).toEqual([
      `https://web.archive.org/web/*/${ORIGINAL_URL}`,
      '_blank',
      'noopener noreferrer',
      'Archived copies on the Wayback Machine',
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says so when the page does not answer, and runs nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const run = vi.fn(async () => COMPARED);
    await mount(run);
    await act(async () => button().click());
    await vi.waitFor(() => expect(byTestId('check-error')).toHaveLength(1));
    expect(byTestId('check-error')[0]?.textContent).toBe('This page did not answer. Reload it and try again.');
    expect(run).not.toHaveBeenCalled();
  });

  it('is not offered for a non-http original', async () => {
    render(
      <CheckOriginal
        tabId={7}
        pageUrl={COPY_URL}
        report={{ ...COPY, republication: { ...COPY.republication, originalUrl: 'javascript:alert(1)' } }}
        run={async () => COMPARED}
      />,
      root,
    );
    expect(byTestId('check-original')).toEqual([]);
  });
});

describe('popup', () => {
  const show = async (report: ProvenanceReport) => {
    const tab = await fakeBrowser.tabs.create({ url: COPY_URL });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ status: 'done', url: COPY_URL, report });
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    await act(async () => {
      render(<App />, root);
    });
    await vi.waitFor(() => expect(byTestId('verdict')).toHaveLength(1));
  };

  it('offers "Check the original" on a republished copy', async () => {
    await show(COPY);
    expect(byTestId('check-original-button')).toHaveLength(1);
  });

  it('does not offer it on a page that is not a copy', async () => {
    await show(makeReport({ url: COPY_URL }));
    expect(byTestId('check-original')).toEqual([]);
  });
});
