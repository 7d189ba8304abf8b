import { analyzeDocumentInSlices } from '@/utils/analysis/analyze-core';
import type { MatchPhrases } from '@/utils/analysis/phrase-sets';
import type { ProvenanceReport } from '@/utils/analysis/types';
import type { SiteOf } from '@/utils/analysis/urls';
import { matchInBackground } from '@/utils/extension/phrase-matching';
import { SiteLookup, type SitesRequest, withLookupWork } from '@/utils/extension/site-lookup';
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
  lookUpSites?: (msg: SitesRequest) => Promise<unknown>;
  matchPhrases?: MatchPhrases;
}

/** Runs of one analysis at most: each new run knows every host an earlier one guessed. */
const MAX_RUNS = 3;

/**
 * Analyse the page with exact registrable domains from the background (which holds the Public
 * Suffix List): the analysis runs on guesses for the hosts it compares, the background then says
 * whether they were right, in one message, and a wrong guess means a run again, so results never
 * depend on a guess. If the background does not answer, the guesses stand.
 */
export async function analysePage(doc: Document, url: string, io: AnalysisIo = {}): Promise<ProvenanceReport> {
  let lookup = sites.startRun();
  const analyse = () => analyzeInSlices(doc, url, lookup.siteOf, io.matchPhrases ?? matchPhrases);
  let report = await analyse();
  // Time that is ours but not the core's: earlier runs whose guesses were wrong, and sending the lookups.
  let otherWorkMs = 0;
  for (let run = 1; run < MAX_RUNS; run++) {
    let wrongGuess = false;
    try {
      const asked = performance.now();
      const answer = lookup.checkGuesses(io.lookUpSites);
      otherWorkMs += performance.now() - asked;
      wrongGuess = await answer;
    } catch {
      // no answer from the background: the guesses stand (on saved pages they have never been wrong)
    }
    if (!wrongGuess) break;
    otherWorkMs += report.timings.totalMs;
    lookup = sites.startRun();
    report = await analyse();
  }
  // The report's time is all our work for the page, not only the core's last run.
  return withLookupWork(report, otherWorkMs);
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
