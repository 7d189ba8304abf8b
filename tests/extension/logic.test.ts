// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isReport, parseContentMessage, parsePageMessage, parsePageToContent } from '@/utils/extension/messages';
import { reportJson, reportMarkdown } from '@/utils/extension/report-export';
import { normaliseSettings } from '@/utils/extension/settings';
import { canAnalyse, isSiteDisabled, siteOf, toggleSite } from '@/utils/extension/sites';
import { withLookupWork } from '@/utils/extension/site-lookup';
import { toolbarLook } from '@/utils/extension/toolbar';
import { badgeAriaLabel, badgeChips } from '@/utils/wording';
import { makeReport, seedReport } from './report-fixtures';

describe('the seed page in words', () => {
  const report = seedReport();
  it('gets the two inline chips from the issue', () => {
    expect(badgeChips(report)).toEqual([
      { kind: 'ai-generated', text: 'AI-generated · Benzinga Neuro · edited by Navdeep Yadav' },
      { kind: 'republished', text: 'Republished · original on benzinga.com' },
    ]);
  });
  it('states the verdict in words for screen readers and the tooltip', () => {
    expect(badgeAriaLabel(report)).toBe('Provenance Lens: AI-generated — Benzinga Neuro (GPT-4), edited by Navdeep Yadav. Republished copy — first published by Benzinga.');
    expect(toolbarLook({ status: 'done', url: report.url, report })).toEqual({
      text: 'AI',
      color: '#6d28d9',
      title: 'Provenance Lens: AI-generated — Benzinga Neuro (GPT-4), edited by Navdeep Yadav. Republished copy — first published by Benzinga',
    });
  });
  it('exports JSON that round-trips and Markdown with the notice quoted', () => {
    expect(JSON.parse(reportJson(report))).toEqual(report);
    const md = reportMarkdown(report);
    expect(md).toContain('**AI\\-generated — Benzinga Neuro \\(GPT\\-4\\), edited by Navdeep Yadav**');
    expect(md).toContain('> Engineered by Benzinga Neuro, Edited by Navdeep Yadav');
    expect(md).toContain('<https://www.benzinga.com/news/24/01/36712345/');
  });
});

describe('badge chips', () => {
  it('are empty when nothing is disclosed and the page is not a copy', () => {
    expect(badgeChips(makeReport())).toEqual([]);
    expect(badgeChips(makeReport({ verdict: 'not-article', isArticle: false }))).toEqual([]);
  });
});

describe('Markdown export treats page text as text', () => {
  it('escapes links, images and headings written into a notice', () => {
    const report = makeReport({
      title: '# Title [x](javascript:alert(1))',
      aiDisclosures: [{ level: 'assisted', scope: 'article', system: null, model: null, reviewedBy: null, humanReviewed: false, text: '![img](https://evil.example/p.png) <b>hi</b>', kind: 'notice', rule: 'r', language: 'en', location: null }],
      verdict: 'ai-assisted',
    });
    const md = reportMarkdown(report);
    expect(md).not.toMatch(/[^\\]\[x\]\(javascript/);
    expect(md).toContain('\\!\\[img\\]\\(https://evil\\.example/p\\.png\\) \\<b\\>hi\\</b\\>');
  });
  it('drops non-http links', () => {
    const md = reportMarkdown(makeReport({ url: 'javascript:alert(1)', republication: { isRepublished: true, originalUrl: 'javascript:alert(1)', originalPublisher: 'X', signals: [] } }));
    expect(md).not.toContain('javascript:');
  });
});

describe('message shapes', () => {
  const report = makeReport();
  it('accepts what the content script sends', () => {
    const guesses = { 'news.example.com': 'example.com' };
    expect(parseContentMessage({ type: 'content:report', url: report.url, report, guesses })).toEqual({ type: 'content:report', url: report.url, report, guesses });
    expect(parseContentMessage({ type: 'content:report', url: report.url, report, guesses: {} })).toEqual({ type: 'content:report', url: report.url, report, guesses: {} });
    expect(parseContentMessage({ type: 'content:analysing', url: 'https://a.example/' })).toEqual({ type: 'content:analysing', url: 'https://a.example/' });
    expect(parseContentMessage({ type: 'content:failed', url: 'https://a.example/', message: 'x'.repeat(900) })).toMatchObject({ message: 'x'.repeat(500) });
  });
  it('rejects anything else', () => {
    for (const bad of [null, 'content:report', [], { type: 'content:report', url: report.url, guesses: {} }, { type: 'content:report', url: '', report, guesses: {} }, { type: 'content:report', url: report.url, report }, { type: 'content:report', url: report.url, report, guesses: { 'a.example': 1 } }, { type: 'content:nope', url: 'https://a/' }, { type: 'content:e2e-open-popup' }]) {
      expect(parseContentMessage(bad)).toBeNull();
    }
    expect(isReport({ ...report, credits: 'x' })).toBe(false);
    expect(isReport({ ...report, republication: null })).toBe(false);
    expect(parsePageMessage({ type: 'page:get-tab-state', tabId: 1.5 })).toBeNull();
    expect(parsePageMessage({ type: 'page:get-tab-state', tabId: 2 })).toEqual({ type: 'page:get-tab-state', tabId: 2 });
    expect(parsePageToContent({ type: 'page:show-on-page', paths: [[0, 1, -1]] })).toBeNull();
    expect(parsePageToContent({ type: 'page:show-on-page', paths: [[0, 1, 2]] })).toEqual({ type: 'page:show-on-page', paths: [[0, 1, 2]] });
  });
});

describe('sites', () => {
  it('normalises hosts and covers subdomains', () => {
    expect(siteOf('https://www.Example.com/a?b')).toBe('example.com');
    expect(siteOf('news.example.com/path')).toBe('news.example.com');
    expect(siteOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf('not a host')).toBeNull();
    expect(isSiteDisabled('https://news.example.com/x', ['example.com'])).toBe(true);
    expect(isSiteDisabled('https://badexample.com/x', ['example.com'])).toBe(false);
    expect(toggleSite(['b.example', 'a.example'], 'a.example', true)).toEqual(['a.example', 'b.example']);
    expect(toggleSite(['a.example'], 'a.example', false)).toEqual([]);
  });
  it('refuses browser pages, stores and PDFs', () => {
    for (const url of ['chrome://version/', 'about:blank', 'moz-extension://x/popup.html', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-US/firefox/', 'https://example.com/paper.pdf', 'file:///tmp/a.html', undefined]) {
      expect(canAnalyse(url)).toBe(false);
    }
    expect(canAnalyse('https://example.com/story')).toBe(true);
  });
});

describe('settings', () => {
  it('fill in defaults for missing or mistyped fields', () => {
    expect(normaliseSettings(null)).toEqual({ inlineBadges: true, highlight: true, disabledSites: [] });
    expect(normaliseSettings({ inlineBadges: 'no', highlight: false, disabledSites: ['a.example', 3] })).toEqual({ inlineBadges: true, highlight: false, disabledSites: ['a.example'] });
  });
});

describe("the report's time counts the content script's own work for it", () => {
  const core = makeReport({ timings: { totalMs: 4, pausedMs: 2, readabilityMs: 0, textIndexMs: 1, detectorsMs: { 'ai-notices': 0.5 } } });

  it('adds a run thrown away because a registrable domain was guessed wrong: that work was done for this page too', () => {
    expect(withLookupWork(core, 3.25).timings.totalMs).toBe(7.25);
  });

  it('leaves the rest of the report, and the report it was given, as they were', () => {
    const report = withLookupWork(core, 1);
    expect({ ...report, timings: { ...core.timings, totalMs: 4 } }).toEqual(core);
    expect(report.timings.detectorsMs).toEqual(core.timings.detectorsMs);
    expect(core.timings.totalMs).toBe(4);
    expect(withLookupWork(core, 0)).toBe(core);
  });
});
