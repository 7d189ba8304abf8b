import { analyzeDocumentInSlices } from '@/utils/analysis/analyze-core';
import type { MatchPhrases } from '@/utils/analysis/phrase-sets';
import type { ProvenanceReport } from '@/utils/analysis/types';
import type { SiteOf } from '@/utils/analysis/urls';
import { matchInBackground } from '@/utils/extension/phrase-matching';
import { type SiteGuesses, SiteLookup, withLookupWork } from '@/utils/extension/site-lookup';
import { yieldToPage } from './yield-to-page';

/** One per content script: registrable domains already looked up are remembered across analyses. */
const sites = new SiteLookup();
/** The phrase rules run in the background, which keeps them compiled across pages. */
const matchPhrases = matchInBackground();

/** e2e builds only: our synchronous slices, as performance measures, so bench:perf can tell our long tasks from the page's. */
function measure(name: string, start: number): void {
  if (import.meta.env.MODE === 'e2e') performance.measure(`provenance-lens:${name}`, { start, end: performance.now() });
}

/** How the analysis reaches the background; the tests pass their own. */
export interface AnalysisIo {
  /**
   * Hands a run's report to the background with the hosts it guessed (an empty record: keep it as it
   * is); resolves to the background's answer (ReportReply), or to nothing when there is no one to tell.
   */
  deliver: (report: ProvenanceReport, guesses: SiteGuesses) => Promise<unknown>;
  matchPhrases?: MatchPhrases;
}

/** Runs of one analysis at most: each new run knows every host an earlier one guessed. */
const MAX_RUNS = 3;

/**
 * Analyse the page and hand the report to the background, with exact registrable domains in the end:
 * the analysis runs on guesses for the hosts it compares, the background (which holds the Public Suffix
 * List) gets them with the report, in the message that carries it anyway, and keeps the report only if
 * they were right; a wrong guess means a run again, so results never depend on a guess. If the
 * background does not answer, the guesses stand. Resolves to the report the background was last given.
 */
export async function analysePage(doc: Document, url: string, io: AnalysisIo): Promise<ProvenanceReport> {
  // Time that is ours but not the core's: earlier runs thrown away because a guess was wrong.
  let otherWorkMs = 0;
  for (let run = 1; ; run++) {
    const lookup = sites.startRun();
    const core = await analyzeInSlices(doc, url, lookup.siteOf, io.matchPhrases ?? matchPhrases);
    // The report's time is all our work for the page, not only the core's last run.
    const report = withLookupWork(core, otherWorkMs);
    const guesses = lookup.takeGuesses();
    const last = run === MAX_RUNS || Object.keys(guesses).length === 0;
    let wrongGuess = false;
    try {
      const reply = await io.deliver(report, last ? {} : guesses);
      if (reply !== undefined && !last) wrongGuess = sites.learn(guesses, reply);
    } catch {
      // no answer from the background: the guesses stand (on saved pages they have never been wrong)
    }
    if (!wrongGuess) return report;
    otherWorkMs += core.timings.totalMs;
  }
}

/** The analysis in slices that yield to the page; each slice is measured (e2e builds) for bench:perf. */
function analyzeInSlices(doc: Document, url: string, siteOf: SiteOf, match: MatchPhrases): Promise<ProvenanceReport> {
  let sliceStarted = performance.now();
  return analyzeDocumentInSlices(doc, url, {
    siteOf,
    matchPhrases: match,
    yieldToPage: async () => {
      measure('analyse', sliceStarted);
      await yieldToPage();
      sliceStarted = performance.now();
    },
  }).finally(() => measure('analyse', sliceStarted));
}
