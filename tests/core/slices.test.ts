import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-document';
import { analyzeDocumentInSlices, analyzeDocumentWith } from '../../utils/analysis/analyze-core';
import type { Detector } from '../../utils/analysis/detector';
import { DETECTORS } from '../../utils/analysis/registry';
import type { ProvenanceReport } from '../../utils/analysis/types';
import { hostIsSite } from '../../utils/analysis/urls';
import { articlePage, NO_BUDGET, readFixture } from '../helpers';

const SEED_URL = 'https://marketwiredaily.example/2024/01/us-reportedly-shared-advanced-intel-with-iran-on-isis-attack-that-killed-84-civilians-officials/';

/** Reports without their timings: what the page says, whichever way it was analysed. */
function findings(report: ProvenanceReport): Omit<ProvenanceReport, 'timings'> {
  const { timings: _, ...rest } = report;
  return rest;
}

describe('the analysis in slices (what the content script runs)', () => {
  it('gives the same report as the analysis in one go', async () => {
    const html = readFixture('benzinga-neuro-republished');
    const inOneGo = analyzeDocumentWith(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite });
    const inSlices = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, yieldToPage: async () => {}, sliceMs: 0 });
    expect(inSlices.verdict).toBe('ai-generated');
    expect(findings(inSlices)).toEqual(findings(inOneGo));
  });

  it('hands the page its turn between stages: after the article gate, the text index and every detector but the last', async () => {
    let pauses = 0;
    const url = 'https://news.example/story';
    await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      ...NO_BUDGET,
      siteOf: hostIsSite,
      sliceMs: 0,
      yieldToPage: async () => {
        pauses++;
      },
    });
    expect(pauses).toBe(1 + DETECTORS.length);
  });

  it('does not pause a slice that is still short', async () => {
    let pauses = 0;
    const url = 'https://news.example/story';
    await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      ...NO_BUDGET,
      siteOf: hostIsSite,
      sliceMs: 60_000,
      yieldToPage: async () => {
        pauses++;
      },
    });
    expect(pauses).toBe(0);
  });

  it('counts only its own work: time spent paused is neither in totalMs nor charged to the budget', async () => {
    const url = 'https://news.example/story';
    const report = await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      siteOf: hostIsSite,
      budgetMs: 200,
      sliceMs: 0,
      yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 40)),
    });
    expect(report.timings.pausedMs).toBeGreaterThanOrEqual(40 * DETECTORS.length);
    expect(report.timings.totalMs).toBeLessThan(report.timings.pausedMs);
    expect(report.incomplete).toBe(false);
    expect(report.errors).toEqual([]);
  });

  it('goes on when the yield itself fails, and still never throws when a detector does', async () => {
    const broken: Detector = {
      id: 'broken',
      detect() {
        throw new Error('boom');
      },
    };
    const url = 'https://news.example/story';
    const report = await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      ...NO_BUDGET,
      siteOf: hostIsSite,
      detectors: [broken, ...DETECTORS],
      sliceMs: 0,
      yieldToPage: () => Promise.reject(new Error('no turn')),
    });
    expect(report.isArticle).toBe(true);
    expect(report.errors).toEqual([{ detector: 'broken', message: 'boom' }]);
  });
});
