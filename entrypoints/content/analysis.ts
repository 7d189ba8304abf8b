import { browser } from 'wxt/browser';
import { analyzeDocumentInSlices } from '@/utils/analysis/analyze-core';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { matchInBackground } from '@/utils/extension/phrase-matching';
import { collectHosts, SiteLookup, type SitesRequest, withLookupWork } from '@/utils/extension/site-lookup';
import { yieldToPage } from './yield-to-page';

/** One per content script: registrable domains already looked up are remembered across analyses. */
const sites = new SiteLookup();
/** The phrase rules run in the background, which keeps them compiled across pages. */
const matchPhrases = matchInBackground();

/** e2e builds only: our synchronous slices, as performance measures, so bench:perf can tell our long tasks from the page's. */
function measure(name: string, start: number): void {
  if (import.meta.env.MODE === 'e2e') performance.measure(`provenance-lens:${name}`, { start, end: performance.now() });
}

/**
 * Analyse the page with exact registrable domains from the background (which holds the Public
 * Suffix List): the hosts the analysis can compare are looked up first, in one message; a host the
 * collection missed is looked up afterwards and the analysis run again, so results never depend on it.
 */
export async function analysePage(doc: Document, url: string, send?: (msg: SitesRequest) => Promise<unknown>): Promise<ProvenanceReport> {
  const t = performance.now();
  const hosts = collectHosts(doc, url);
  const collectMs = performance.now() - t;
  measure('collect-hosts', t);
  await sites.prepare(hosts, send ?? ((m) => browser.runtime.sendMessage(m)));
  sites.takeMisses();
  let report = await analyzeInSlices(doc, url);
  let discardedRunMs = 0;
  const missed = sites.takeMisses();
  if (missed.length > 0) {
    discardedRunMs = report.timings.totalMs;
    await sites.prepare(missed, send);
    report = await analyzeInSlices(doc, url);
  }
  // The report's time is all our work for the page, not only the core's last run.
  return withLookupWork(report, collectMs, discardedRunMs);
}

/** The analysis in slices that yield to the page; each slice is measured (e2e builds) for bench:perf. */
function analyzeInSlices(doc: Document, url: string): Promise<ProvenanceReport> {
  let sliceStarted = performance.now();
  return analyzeDocumentInSlices(doc, url, {
    siteOf: sites.siteOf,
    matchPhrases,
    yieldToPage: async () => {
      measure('analyse', sliceStarted);
      await yieldToPage();
      sliceStarted = performance.now();
    },
  }).finally(() => measure('analyse', sliceStarted));
}
