import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountInlineBadge } from '@/components/inline-badge';
import { ReportView } from '@/components/ReportView';
import { App } from '@/entrypoints/popup/App';
import { OptionsApp } from '@/entrypoints/options/App';
import { getSettings } from '@/utils/extension/settings';
import { setTabState } from '@/utils/extension/tab-state';
import { makeReport } from './report-fixtures';

const AI_REPORT = makeReport({
  verdict: 'ai-generated',
  credits: [
    { name: 'Benzinga Neuro', role: 'ai-system', source: 'credit-line', sources: ['credit-line'], isAI: true, publisher: 'Benzinga' },
    { name: 'Navdeep Yadav', role: 'editor', source: 'credit-line', sources: ['credit-line', 'ai-notice'], isAI: false, publisher: null },
  ],
  aiDisclosures: [
    {
      level: 'generated', scope: 'article', system: 'Benzinga Neuro', model: 'GPT-4', reviewedBy: 'Navdeep Yadav', humanReviewed: true,
      text: 'Engineered by Benzinga Neuro, Edited by Navdeep Yadav <img src=x onerror=alert(1)>', kind: 'notice', rule: 'r', language: 'en',
      location: { paths: [[1, 2]], position: 0.9 },
    },
  ],
  republication: { isRepublished: true, originalUrl: 'https://www.benzinga.com/news/1', originalPublisher: 'Benzinga', signals: [] },
  warnings: [{ kind: 'ai-content-republished', message: 'This copy republishes AI-generated content from Benzinga.' }],
});

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

describe('ReportView', () => {
  it('follows the popup test contract and quotes page text as text', () => {
    render(<ReportView report={AI_REPORT} />, root);
    expect(byTestId('verdict')[0]?.textContent).toBe('AI-generated — Benzinga Neuro (GPT-4), edited by Navdeep Yadav');
    expect(byTestId('credit').map((el) => el.textContent)).toEqual(['Benzinga Neuro — AI system run by Benzinga', 'Navdeep Yadav — editor']);
    expect(byTestId('disclosure')[0]?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.querySelector('img')).toBeNull();
    const link = byTestId('original-source')[0] as HTMLAnchorElement;
    expect([link.getAttribute('href'), link.target, link.rel]).toEqual(['https://www.benzinga.com/news/1', '_blank', 'noopener noreferrer']);
    expect(byTestId('warning').map((el) => el.textContent)).toEqual(['This copy republishes AI-generated content from Benzinga.']);
    expect(root.textContent).toContain('AI systems');
    expect(root.textContent).toContain('People');
  });

  it('never renders a non-http original as a link', () => {
    render(<ReportView report={{ ...AI_REPORT, republication: { ...AI_REPORT.republication, originalUrl: 'javascript:alert(1)' } }} />, root);
    expect(byTestId('original-source')).toEqual([]);
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says that no disclosure is not proof of a human author', () => {
    render(<ReportView report={makeReport()} />, root);
    expect(root.textContent).toContain('That does not mean a person wrote it.');
  });
});

describe('InlineBadge', () => {
  it('opens the card on click and closes it with Escape, giving focus back', async () => {
    mountInlineBadge(root, AI_REPORT, () => true);
    const toggle = root.querySelector('button.pl-toggle') as HTMLButtonElement;
    expect([...root.querySelectorAll('.pl-chip')].map((c) => c.textContent)).toEqual([
      'AI-generated · Benzinga Neuro · edited by Navdeep Yadav',
      'Republished · original on benzinga.com',
    ]);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const card = root.querySelector('#pl-card') as HTMLElement;
    expect(card.textContent).toContain('Navdeep Yadav — editor');
    expect(card.querySelector('a')?.getAttribute('href')).toBe('https://www.benzinga.com/news/1');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.querySelector('#pl-card')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('"Show on page" asks for the notice by its index; unmounting takes the badge down', () => {
    const shown: number[] = [];
    const unmount = mountInlineBadge(root, AI_REPORT, (i) => shown.push(i) > 0);
    (root.querySelector('button.pl-toggle') as HTMLButtonElement).click();
    const show = [...root.querySelectorAll('#pl-card button')].find((b) => b.textContent === 'Show on page') as HTMLButtonElement;
    show.click();
    expect(shown).toEqual([0]);
    unmount();
    expect(root.childElementCount).toBe(0);
  });

  it('says so when the notice is no longer on the page', () => {
    mountInlineBadge(root, AI_REPORT, () => false);
    (root.querySelector('button.pl-toggle') as HTMLButtonElement).click();
    const show = [...root.querySelectorAll('#pl-card button')].find((b) => b.textContent === 'Show on page') as HTMLButtonElement;
    show.click();
    expect(show.textContent).toBe('No longer on the page');
    expect(show.disabled).toBe(true);
  });
});

describe('popup', () => {
  const show = async (tabId: number) => {
    history.replaceState(null, '', `/popup.html?tabId=${tabId}`);
    await act(async () => {
      render(<App />, root);
    });
  };

  it('shows the report the background holds for ?tabId=N', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    await setTabState(tab.id!, { status: 'done', url: 'https://news.example/story', report: AI_REPORT });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => ({ status: 'done', url: 'https://news.example/story', report: AI_REPORT }));
    await show(tab.id!);
    await vi.waitFor(() => expect(byTestId('verdict')[0]?.textContent).toBe('AI-generated — Benzinga Neuro (GPT-4), edited by Navdeep Yadav'));
    expect(byTestId('credit')).toHaveLength(2);
    expect((byTestId('site-switch')[0] as HTMLInputElement).checked).toBe(true);
  });

  it('says when a page cannot be analysed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await show(tab.id!);
    await vi.waitFor(() => expect(byTestId('state-unsupported')).toHaveLength(1));
  });

  it('says "analysing" while the page is being read, and "failed" when it failed', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ status: 'analysing', url: 'https://news.example/story' });
    await show(tab.id!);
    await vi.waitFor(() => expect(byTestId('state-analysing')).toHaveLength(1));
    render(null, root);
    spy.mockResolvedValue({ status: 'failed', url: 'https://news.example/story', message: 'boom' });
    await show(tab.id!);
    await vi.waitFor(() => expect(byTestId('state-failed')).toHaveLength(1));
  });

  it('turns the site off with the switch', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/story' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ status: 'done', url: 'https://news.example/story', report: AI_REPORT });
    await show(tab.id!);
    const sw = await vi.waitFor(() => {
      const el = byTestId('site-switch')[0] as HTMLInputElement | undefined;
      expect(el).toBeDefined();
      return el!;
    });
    await act(async () => sw.click());
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['news.example']));
    await vi.waitFor(() => expect(byTestId('state-disabled')).toHaveLength(1));
  });
});

describe('options', () => {
  it('saves the switches and the list of disabled sites', async () => {
    await act(async () => {
      render(<OptionsApp />, root);
    });
    const badges = byTestId('opt-inline-badges')[0] as HTMLInputElement;
    await act(async () => badges.click());
    await vi.waitFor(async () => expect((await getSettings()).inlineBadges).toBe(false));
    const input = byTestId('new-site')[0] as HTMLInputElement;
    await act(async () => {
      input.value = 'https://www.Example.org/page';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['example.org']));
    await act(async () => {
      input.value = 'javascript:alert(1)';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      (root.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('is not a web address');
  });
});
