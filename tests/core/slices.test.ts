import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-document';
import { analyzeDocumentInSlices, analyzeDocumentWith } from '../../utils/analysis/analyze-core';
import type { Detector } from '../../utils/analysis/detector';
import { matchPhraseRules } from '../../utils/analysis/phrase-rules';
import type { MatchPhrases } from '../../utils/analysis/phrase-sets';
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
    const inOneGo = analyzeDocumentWith(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: matchPhraseRules });
    const inSlices = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: matchPhraseRules, yieldToPage: async () => {}, sliceMs: 0 });
    expect(inSlices.verdict).toBe('ai-generated');
    expect(findings(inSlices)).toEqual(findings(inOneGo));
  });

  it('hands the page its turn between stages: after the article gate, the text index, the phrase rules and every detector but the last', async () => {
    let pauses = 0;
    const url = 'https://news.example/story';
    await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      ...NO_BUDGET,
      siteOf: hostIsSite, matchPhrases: matchPhraseRules,
      sliceMs: 0,
      yieldToPage: async () => {
        pauses++;
      },
    });
    expect(pauses).toBe(2 + DETECTORS.length);
  });

  it('does not pause a slice that is still short', async () => {
    let pauses = 0;
    const url = 'https://news.example/story';
    await analyzeDocumentInSlices(parseHtml(articlePage('<p>Hello.</p>'), url), url, {
      ...NO_BUDGET,
      siteOf: hostIsSite, matchPhrases: matchPhraseRules,
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
      siteOf: hostIsSite, matchPhrases: matchPhraseRules,
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
      siteOf: hostIsSite, matchPhrases: matchPhraseRules,
      detectors: [broken, ...DETECTORS],
      sliceMs: 0,
      yieldToPage: () => Promise.reject(new Error('no turn')),
    });
    expect(report.isArticle).toBe(true);
    expect(report.errors).toEqual([{ detector: 'broken', message: 'boom' }]);
  });
});

describe('the phrase rules, matched where the caller says (the content script asks the background)', () => {
  const html = readFixture('benzinga-neuro-republished');
  /** A background: answers later, and only with what survives a message (JSON, as Chrome sends it). */
  const viaMessage: MatchPhrases = async (requests) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return JSON.parse(JSON.stringify(matchPhraseRules(JSON.parse(JSON.stringify(requests)))));
  };

  it('gives the same report from a matcher that answers later, through a message', async () => {
    const local = analyzeDocumentWith(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: matchPhraseRules });
    const remote = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: viaMessage, yieldToPage: async () => {} });
    expect(remote.aiDisclosures.map((d) => d.rule)).toEqual(['en.credit-to-ai-system']);
    // In one go (the CLI) the matching is ours, timed as a stage, and nothing is paused.
    expect(local.timings.pausedMs).toBe(0);
    expect(local.timings.detectorsMs['phrase-rules']).toBeGreaterThan(0);
    expect(findings(remote)).toEqual(findings(local));
  });

  it("counts the matcher's own work in totalMs and its stage, not the wait for its answer", async () => {
    const slow: MatchPhrases = async (requests) => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      return { ...matchPhraseRules(requests), workMs: 7 };
    };
    const report = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: slow, yieldToPage: async () => {} });
    expect(report.timings.pausedMs).toBeGreaterThanOrEqual(55);
    expect(report.timings.detectorsMs['phrase-rules']).toBeGreaterThanOrEqual(7);
    expect(report.timings.detectorsMs['phrase-rules']).toBeLessThan(40);
    expect(report.timings.totalMs).toBeGreaterThanOrEqual(7);
  });

  it('counts sending the request as its own work: the copy a message makes runs on the page\'s thread', async () => {
    const costlySend: MatchPhrases = (requests) => {
      const until = performance.now() + 30; // the synchronous part of sendMessage: the request is copied
      while (performance.now() < until) {
        // busy, as serialising a large request is
      }
      return new Promise((resolve) => setTimeout(() => resolve({ ...matchPhraseRules(requests), workMs: 0 }), 40));
    };
    const report = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: costlySend, yieldToPage: async () => {} });
    expect(report.timings.detectorsMs['phrase-rules']).toBeGreaterThanOrEqual(30);
    expect(report.timings.totalMs).toBeGreaterThanOrEqual(30);
    expect(report.timings.pausedMs).toBeGreaterThanOrEqual(35);
    expect(report.timings.pausedMs).toBeLessThan(report.timings.totalMs + 40);
  });

  it('says so when the matcher fails, and the other detectors still report', async () => {
    const failing: MatchPhrases = () => Promise.reject(new Error('the background is gone'));
    const report = await analyzeDocumentInSlices(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: failing, yieldToPage: async () => {} });
    expect(report.errors).toEqual([{ detector: 'phrase-rules', message: 'the background is gone' }]);
    expect(report.aiDisclosures.some((d) => d.rule === 'en.credit-to-ai-system')).toBe(false);
    // The byline still names the AI system: the credit detectors do not depend on the phrase rules.
    expect(report.credits.some((c) => /Benzinga Neuro/.test(c.name))).toBe(true);
  });

  it('never waits for an answer in the analysis in one go', () => {
    const later: MatchPhrases = async (requests) => matchPhraseRules(requests);
    const report = analyzeDocumentWith(parseHtml(html, SEED_URL), SEED_URL, { ...NO_BUDGET, siteOf: hostIsSite, matchPhrases: later });
    expect(report.errors).toEqual([{ detector: 'phrase-rules', message: 'the phrase rules must answer at once here' }]);
  });
});
