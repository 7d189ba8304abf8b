import { type AnalyzeOptions, analyzeDocumentWith } from './analyze-core';
import { matchPhraseRules } from './phrase-rules';
import { publicSuffixSiteOf } from './public-suffix';
import type { ProvenanceReport } from './types';
import type { SiteOf } from './urls';

export { type AnalyzeOptions, DEFAULT_BUDGET_MS, MAX_REPORT_ITEMS, MAX_REPORT_STRING } from './analyze-core';

/**
 * The pure core with the exact Public Suffix List and the phrase rules matched in-process: a parsed
 * page and its address in, a provenance report out. No extension APIs, no globals: the tests, the CLI
 * and the popup call this. It never throws. The content script calls analyzeDocumentInSlices
 * (analyze-core.ts) with registrable domains and phrase matches from the background, so it carries
 * neither the list nor the rules.
 */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions & { siteOf?: SiteOf } = {}): ProvenanceReport {
  return analyzeDocumentWith(doc, url, { ...options, siteOf: options.siteOf ?? publicSuffixSiteOf, matchPhrases: matchPhraseRules });
}
