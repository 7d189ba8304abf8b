// Issue 6 in unit tests: a failed or partial check is said in plain words, page text stays text,
// only http(s) links survive, and a closed tab leaves nothing in storage.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountInlineBadge } from '@/components/inline-badge';
import { ReportView } from '@/components/ReportView';
import { SafeLink } from '@/components/SafeLink';
import { App } from '@/entrypoints/popup/App';
import background from '@/entrypoints/background';
import { BUDGET_MESSAGE as CORE_BUDGET_MESSAGE } from '@/utils/analysis/page';
import { checkCacheKey } from '@/utils/extension/original-check';
import { BUDGET_MESSAGE, noteLines, reportNotes } from '@/utils/extension/report-notes';
import { reportMarkdown } from '@/utils/extension/report-export';
import { setTabState } from '@/utils/extension/tab-state';
import { makeReport } from './report-fixtures';

const XSS = {
  img: '<img src=x onerror="window.__plPwned=1">',
  svg: '"><svg onload="window.__plPwned=1">',
  script: '<script>window.__plPwned=1</script>',
};
const HOSTILE_LINKS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', ' JaVaScRiPt:alert(1)'];

const HOSTILE_REPORT = makeReport({
  title: `Harbour plan ${XSS.svg}`,
  siteName: `Harbour Daily ${XSS.img}`,
  verdict: 'ai-generated',
  credits: [{ name: `Jane Doe ${XSS.img}`, role: 'author', source: 'byline', sources: ['byline'], isAI: false, publisher: null }],
  aiDisclosures: [
    {
      level: 'generated', scope: 'article', system: `Bot ${XSS.svg}`, model: null, reviewedBy: null, humanReviewed: false,
      text: `This article was generated using AI. ${XSS.script} ${XSS.img}`, kind: 'notice', rule: 'r', language: 'en', location: null,
    },
  ],
  republication: { isRepublished: true, originalUrl: 'javascript:alert(1)', originalPublisher: `Wire ${XSS.img}`, signals: [] },
  warnings: [{ kind: 'republished-copy', message: `A copy of ${XSS.svg}` }],
});

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
  delete (window as unknown as Record<string, unknown>).__plPwned;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Elements that could run code or lead off-site. Our own product mark is the only <svg> allowed. */
function activeContent(el: ParentNode): string[] {
  const bad: string[] = [];
  for (const node of el.querySelectorAll('*')) {
    for (const attr of node.attributes) if (/^on/i.test(attr.name)) bad.push(`${node.localName}[${attr.name}]`);
    if (['img', 'script', 'iframe', 'object', 'embed'].includes(node.localName)) bad.push(node.localName);
    if (node.localName === 'a' && !/^https?:\/\//.test(node.getAttribute('href') ?? '')) bad.push(`a[href=${node.getAttribute('href')}]`);
  }
  return bad;
}

describe('a check that failed in part says so in plain words', () => {
  it('names the part that threw and hedges "No AI disclosure found"', () => {
    const report = makeReport({ errors: [{ detector: 'ai-notices', message: 'boom' }, { detector: 'credits-byline', message: 'bang' }] });
    render(<ReportView report={report} />, root);
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe('No AI disclosure found in the part we could check');
    expect([...root.querySelectorAll('[data-testid="check-note"]')].map((el) => el.textContent)).toEqual([
      'Part of the check failed: AI notices, the byline. The rest of the report stands.',
    ]);
  });

  it('says a page was too large when the core cut the check short', () => {
    for (const report of [
      makeReport({ incomplete: true }),
      makeReport({ errors: [{ detector: 'chatbot-leftovers', message: BUDGET_MESSAGE }] }),
    ]) {
      expect(noteLines(report)).toEqual(['The page was too large to check completely, so something may have been missed.']);
      expect(reportNotes(report).failedParts).toEqual([]);
    }
    expect(BUDGET_MESSAGE).toBe(CORE_BUDGET_MESSAGE);
  });

  it('keeps a confident headline and no note when the check ran whole', () => {
    render(<ReportView report={makeReport()} />, root);
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe('No AI disclosure found');
    expect(root.querySelectorAll('[data-testid="check-note"]')).toHaveLength(0);
  });

  it('keeps what was found, and notes the failure, when a finding stands', () => {
    const report = makeReport({ ...HOSTILE_REPORT, errors: [{ detector: 'republication-links', message: 'x' }] });
    render(<ReportView report={report} />, root);
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toMatch(/^AI-generated/);
    expect(root.querySelector('[data-testid="check-note"]')?.textContent).toContain('links to the original');
  });

  it('puts the note in the badge card too', async () => {
    const report = makeReport({ verdict: 'ai-assisted', aiDisclosures: HOSTILE_REPORT.aiDisclosures.map((d) => ({ ...d, level: 'assisted' as const })), incomplete: true });
    mountInlineBadge(root, report);
    (root.querySelector('button.pl-toggle') as HTMLButtonElement).click();
    expect(root.querySelector('[data-testid="check-note"]')?.textContent).toMatch(/too large to check completely/);
  });

  it('the popup does not call a failed analysis "Not an article"', async () => {
    const failed = makeReport({ isArticle: false, verdict: 'not-article', errors: [{ detector: 'analyze', message: 'x' }], incomplete: true });
    await setTabState(3, { status: 'done', url: failed.url, report: failed });
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 3, url: failed.url } as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: { type: string }) =>
      msg.type === 'page:get-tab-state' ? { status: 'done', url: failed.url, report: failed } : undefined) as never);
    history.replaceState(null, '', '/popup.html?tabId=3');
    await act(async () => render(<App />, root));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe('This page could not be checked completely'));
    expect(root.textContent).toContain('Part of the check failed: the whole check.');
    expect(root.textContent).not.toContain('Not an article');
  });
});

describe('page text reaches the UI as text only', () => {
  it('the popup report shows every payload literally and creates no element from it', () => {
    render(<ReportView report={HOSTILE_REPORT} />, root);
    expect(activeContent(root)).toEqual([]);
    const text = root.textContent ?? '';
    for (const payload of [XSS.img, XSS.script]) expect(text).toContain(payload);
    expect(text).toContain(`Jane Doe ${XSS.img}`);
    expect(text).not.toContain('javascript:');
    expect((window as unknown as Record<string, unknown>).__plPwned).toBeUndefined();
  });

  it('the badge card shows every payload literally and drops the javascript: original', async () => {
    mountInlineBadge(root, HOSTILE_REPORT);
    (root.querySelector('button.pl-toggle') as HTMLButtonElement).click();
    expect(activeContent(root)).toEqual([]);
    expect(root.textContent).toContain(XSS.script);
    expect(root.textContent).toContain(`Jane Doe ${XSS.img}`);
    expect(root.textContent).not.toContain('javascript:');
  });

  it('the Markdown export escapes markup, so pasted text cannot become HTML or links', () => {
    const md = reportMarkdown(HOSTILE_REPORT);
    // Every < is escaped (\<), which Markdown renders as a literal <, never as a tag; the only bare < is the page's own <url>.
    expect(md.replace(/^Page: <https:\/\/news\.example\/story>$/m, '')).not.toMatch(/(^|[^\\])</m);
    expect(md).not.toContain('javascript:');
    expect(md).toContain('\\<script\\>');
  });
});

describe('links from the page', () => {
  it('only http(s) links are shown or opened, with their real destination and noopener', () => {
    for (const href of HOSTILE_LINKS) {
      render(<SafeLink href={href} />, root);
      expect(root.querySelector('a')).toBeNull();
      expect(root.textContent).toBe('');
      render(null, root);
    }
    render(<SafeLink href="https://example.org/a?b=1" />, root);
    const a = root.querySelector('a') as HTMLAnchorElement;
    expect([a.getAttribute('href'), a.textContent, a.target, a.rel]).toEqual(['https://example.org/a?b=1', 'https://example.org/a?b=1', '_blank', 'noopener noreferrer']);
  });
});

describe('stored data is bounded by the open tabs', () => {
  it('closing a tab removes its report and its "Check the original" result, unless another tab shows the page', async () => {
    background.main();
    const url = 'https://news.example/story';
    await setTabState(1, { status: 'analysing', url });
    await setTabState(2, { status: 'analysing', url: `${url}#comments` });
    await fakeBrowser.storage.session.set({ [checkCacheKey(url).slice('session:'.length)]: { status: 'unreachable' } });
    const keys = async () => Object.keys(await fakeBrowser.storage.session.get(null)).sort();
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await keys()).toEqual([`original-check:${url}`, 'tab:2']));
    await fakeBrowser.tabs.onRemoved.trigger(2, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await keys()).toEqual([]));
  });
});
