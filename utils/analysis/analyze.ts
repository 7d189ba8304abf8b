import { mergeCredits } from './credits';
import type { Detector } from './detector';
import { emptyFindings } from './findings';
import { dedupeDisclosures, judgeRepublication, judgeVerdict, judgeWarnings } from './judge';
import { firstMeta, jsonLdArticles, jsonLdString } from './metadata';
import { buildPage, now, type Page } from './page';
import { DETECTORS } from './registry';
import type { DetectorError, ProvenanceReport } from './types';

export interface AnalyzeOptions {
  /** Detectors to run; the registry by default. Tests pass their own. */
  detectors?: readonly Detector[];
}

const OG_ARTICLE = /^article$/i;

/**
 * The pure core: a parsed page and its address in, a provenance report out. No extension
 * APIs, no globals: the content script, the tests and the CLI all call this.
 */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): ProvenanceReport {
  const started = now();
  const detectors = options.detectors ?? DETECTORS;
  const page = buildPage(doc, url);
  const isArticle = page.readerable || jsonLdArticles(page.metadata).length > 0 || OG_ARTICLE.test(firstMeta(page.metadata, 'og:type') ?? '');
  if (!isArticle) return notArticleReport(page, started);

  void page.reader; // parse once, up front, so its cost is timed on its own
  const findings = emptyFindings();
  const errors: DetectorError[] = [];
  const detectorsMs: Record<string, number> = {};
  for (const detector of detectors) {
    const t = now();
    try {
      detector.detect(page, findings);
    } catch (error) {
      // One broken detector must not take the report down with it.
      errors.push({ detector: detector.id, message: error instanceof Error ? error.message : String(error) });
    }
    detectorsMs[detector.id] = round(now() - t);
  }

  const disclosures = dedupeDisclosures(findings.disclosures);
  const credits = mergeCredits(findings.credits, disclosures);
  const verdict = judgeVerdict(true, disclosures);
  const republication = judgeRepublication(findings.republication, disclosures);
  const warnings = judgeWarnings(findings, credits, disclosures, republication, verdict);
  return {
    url,
    isArticle: true,
    ...describe(page),
    verdict,
    credits,
    aiDisclosures: disclosures,
    aiLeftovers: findings.leftovers,
    humanDeclarations: findings.humanDeclarations,
    republication,
    warnings,
    errors,
    timings: { totalMs: round(now() - started), readabilityMs: round(page.readabilityMs), detectorsMs },
  };
}

function notArticleReport(page: Page, started: number): ProvenanceReport {
  return {
    url: page.url,
    isArticle: false,
    title: page.doc.title?.trim() || null,
    siteName: firstMeta(page.metadata, 'og:site_name'),
    lang: page.metadata.lang,
    publishedTime: null,
    verdict: 'not-article',
    credits: [],
    aiDisclosures: [],
    aiLeftovers: [],
    humanDeclarations: [],
    republication: { isRepublished: false, originalUrl: null, originalPublisher: null, signals: [] },
    warnings: [],
    errors: [],
    timings: { totalMs: round(now() - started), readabilityMs: 0, detectorsMs: {} },
  };
}

/** Title, site name, language and date: the page's own metadata first, Readability's guess last. */
function describe(page: Page): Pick<ProvenanceReport, 'title' | 'siteName' | 'lang' | 'publishedTime'> {
  const article = jsonLdArticles(page.metadata)[0];
  const publisher = article?.publisher;
  const publisherName = publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? jsonLdString(publisher.name) : null;
  return {
    title: page.reader?.title ?? firstMeta(page.metadata, 'og:title') ?? (jsonLdString(article?.headline) || null) ?? (page.doc.title?.trim() || null),
    siteName: firstMeta(page.metadata, 'og:site_name') ?? publisherName ?? page.reader?.siteName ?? null,
    lang: page.metadata.lang ?? page.reader?.lang ?? null,
    publishedTime:
      firstMeta(page.metadata, 'article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.created') ??
      jsonLdString(article?.datePublished) ??
      page.reader?.publishedTime ??
      page.doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
