import { browser } from 'wxt/browser';
import { analyzeDocumentWith } from '@/utils/analysis/analyze-core';
import type { ProvenanceReport } from '@/utils/analysis/types';
import { collectHosts, SiteLookup, type SitesRequest } from '@/utils/extension/site-lookup';

/** One per content script: registrable domains already looked up are remembered across analyses. */
const sites = new SiteLookup();

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
  let t = performance.now();
  const hosts = collectHosts(doc, url);
  measure('collect-hosts', t);
  await sites.prepare(hosts, send ?? ((m) => browser.runtime.sendMessage(m)));
  sites.takeMisses();
  t = performance.now();
  let report = analyzeDocumentWith(doc, url, { siteOf: sites.siteOf });
  measure('analyse', t);
  const missed = sites.takeMisses();
  if (missed.length > 0) {
    await sites.prepare(missed, send);
    t = performance.now();
    report = analyzeDocumentWith(doc, url, { siteOf: sites.siteOf });
    measure('analyse-again', t);
  }
  return report;
}
