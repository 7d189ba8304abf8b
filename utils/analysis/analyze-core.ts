import { mergeCredits } from './credits';
import type { Detector } from './detector';
import { emptyFindings, type Findings } from './findings';
import { dedupeDisclosures, judgeRepublication, judgeVerdict, judgeWarnings } from './judge';
import { firstMeta, jsonLdArticles, jsonLdString } from './metadata';
import { BUDGET_MESSAGE, Budget, BudgetExceededError, buildPage, now, type Page, roundMs } from './page';
import { type MatchPhrases, type PhraseReply, type PhraseRequests, phraseRequests } from './phrase-sets';
import { DETECTORS } from './registry';
import type { DetectorError, ProvenanceReport, RepublicationSignal } from './types';
import { httpUrl, type SiteOf } from './urls';

export interface AnalyzeOptions {
  /** Detectors to run; the registry by default. Tests pass their own. */
  detectors?: readonly Detector[];
  /**
   * Wall-clock budget for one analysis, in ms (DEFAULT_BUDGET_MS by default). Checked between
   * detectors and inside the long walks; once it has run out, work stops and the report says
   * so (`incomplete`, and an `errors` entry per detector cut short or not run).
   */
  budgetMs?: number;
}

export interface CoreOptions extends AnalyzeOptions {
  /** Registrable domains of hosts (urls.ts). analyze.ts passes the exact one from the Public Suffix List. */
  siteOf: SiteOf;
  /**
   * Matches the phrase rules over the lines the page's side picked (phrase-sets.ts). analyze.ts passes the
   * in-process matcher (phrase-rules.ts); the content script asks the background, which keeps them compiled.
   */
  matchPhrases: MatchPhrases;
}

/** The content script runs on every page: the analysis must never hold a page up for long. */
export const DEFAULT_BUDGET_MS = 1500;
/** Bounds on what one report carries, whatever the page or a detector produces. */
export const MAX_REPORT_ITEMS = 100;
export const MAX_REPORT_STRING = 2000;
const MAX_ERROR_MESSAGE = 500;

const OG_ARTICLE = /^article$/i;
/** The phrase rules' stage, as timings and errors name it. */
const PHRASE_RULES = 'phrase-rules';

/**
 * The pure core: a parsed page and its address in, a provenance report out. No extension
 * APIs, no globals, no Public Suffix List (the caller passes `siteOf`): the content script runs it
 * in slices (analyzeDocumentInSlices, below); the tests, the CLI and the popup call analyzeDocument
 * (analyze.ts), which adds the list.
 * It never throws: whatever the page does, the caller gets a valid report, at worst one that
 * says what failed.
 */
export function analyzeDocumentWith(doc: Document, url: string, options: CoreOptions): ProvenanceReport {
  const run = startAnalysis(doc, url, options);
  let answer: PhraseAnswer | undefined;
  for (;;) {
    const outcome = run.step(answer);
    answer = undefined;
    if (outcome === null) continue;
    if ('report' in outcome) return outcome.report;
    const asked = now();
    answer = settled(() => {
      const reply = options.matchPhrases(outcome.requests);
      if (reply instanceof Promise) throw new Error('the phrase rules must answer at once here');
      return reply;
    });
    run.waited(now() - asked); // the reply says how long the matching itself took
  }
}

export interface SliceOptions {
  /** Hands the page its turn and resolves when ours comes back (the content script passes scheduler.yield). */
  yieldToPage: () => Promise<void>;
  /** Work longer than this without a pause is a long task for the page: pause once a slice has run this long. */
  sliceMs?: number;
}

/** Long tasks are those over 50 ms; a slice this long leaves room for whatever the page runs next. */
export const DEFAULT_SLICE_MS = 30;

/**
 * analyzeDocumentWith in slices: the same analysis and the same report, but between its stages (the
 * article gate, the text index, each detector) it gives the page its turn once a slice has run for
 * `sliceMs`, so a heavy page never sees one long task from us. Time spent waiting for our turn is not
 * counted: `timings.totalMs` and the budget measure our own work; `timings.pausedMs` says how long we waited.
 */
export async function analyzeDocumentInSlices(doc: Document, url: string, options: CoreOptions & SliceOptions): Promise<ProvenanceReport> {
  const run = startAnalysis(doc, url, options);
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  let sliceStarted = now();
  let answer: PhraseAnswer | undefined;
  for (;;) {
    const outcome = run.step(answer);
    answer = undefined;
    if (outcome !== null && 'report' in outcome) return outcome.report;
    if (outcome !== null) {
      // Sending the request (the messaging layer copies it) is our work on the page's thread; the wait for the
      // reply is the page's turn, and the reply says how long the matching itself took.
      const pending = settledLater(() => options.matchPhrases(outcome.requests));
      const sent = now();
      answer = await pending;
      run.paused(now() - sent);
      sliceStarted = now();
      continue;
    }
    if (now() - sliceStarted < sliceMs) continue;
    const paused = now();
    try {
      await options.yieldToPage();
    } catch {
      // a broken yield only costs the page its turn
    }
    run.paused(now() - paused);
    sliceStarted = now();
  }
}

/** The matcher's answer to a run's phrase requests, or why there is none. */
type PhraseAnswer = { reply: PhraseReply } | { error: string };

/** What a stage of a run ends with: the report, phrase requests the caller must answer, or nothing yet. */
type StageOutcome = { report: ProvenanceReport } | { requests: PhraseRequests } | null;

function settled(match: () => PhraseReply): PhraseAnswer {
  try {
    return { reply: match() };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

async function settledLater(match: () => PhraseReply | Promise<PhraseReply>): Promise<PhraseAnswer> {
  try {
    return { reply: await match() };
  } catch (error) {
    return { error: errorMessage(error) };
  }
}

/** One analysis, run a stage at a time: `step` returns null until the report is ready. Never throws. */
interface AnalysisRun {
  /** Runs a stage; `answer` answers the phrase requests the last stage ended with. */
  step(answer?: PhraseAnswer): StageOutcome;
  /** Tell the run it was paused this long (not its own work: neither timed nor charged to the budget). */
  paused(ms: number): void;
  /** Tell the run it waited this long for the phrase rules' answer (the answer says how much of it was work). */
  waited(ms: number): void;
}

function startAnalysis(doc: Document, url: string, options: CoreOptions): AnalysisRun {
  const started = now();
  const clock: AnalysisClock = { started, pausedMs: 0, waitedMs: 0, elsewhereMs: 0, budget: null };
  let stages: Generator<PhraseRequests | undefined, ProvenanceReport, PhraseAnswer | undefined> | null = null;
  return {
    step(answer) {
      try {
        stages ??= analyze(doc, url, options, clock);
        const next = stages.next(answer);
        if (next.done) return { report: next.value };
        return next.value ? { requests: next.value } : null;
      } catch (error) {
        return { report: failedReport(url, clock, error) };
      }
    },
    waited(ms) {
      clock.waitedMs += ms;
    },
    paused(ms) {
      clock.pausedMs += ms;
      clock.budget?.extend(ms);
    },
  };
}

/**
 * When an analysis started and how long it has been paused: its own work time is the difference, plus
 * the work done for it elsewhere while it was paused (the background matching its phrase rules).
 */
interface AnalysisClock {
  started: number;
  pausedMs: number;
  /** Waiting in one go for an answer computed here (the CLI's phrase rules): neither ours nor the page's turn. */
  waitedMs: number;
  /** Work done for it elsewhere, as that side measured it (the background matching its phrase rules). */
  elsewhereMs: number;
  budget: Budget | null;
}

function workMs(clock: AnalysisClock): number {
  return roundMs(now() - clock.started - clock.pausedMs - clock.waitedMs + clock.elsewhereMs);
}

/** The analysis as stages; each `yield` is a point where a caller may hand the page its turn. */
function* analyze(
  doc: Document,
  url: string,
  options: CoreOptions,
  clock: AnalysisClock,
): Generator<PhraseRequests | undefined, ProvenanceReport, PhraseAnswer | undefined> {
  const budget = new Budget(options.budgetMs ?? DEFAULT_BUDGET_MS, clock.started);
  clock.budget = budget;
  const detectors = options.detectors ?? DETECTORS;
  const page = buildPage(doc, url, budget, options.siteOf);
  const isArticle = page.readerable || jsonLdArticles(page.metadata).length > 0 || OG_ARTICLE.test(firstMeta(page.metadata, 'og:type') ?? '');
  if (!isArticle) return notArticleReport(page, clock, budget);

  const errors: DetectorError[] = [];
  const findings = emptyFindings();
  const detectorsMs: Record<string, number> = {};
  yield;
  // The text index is read by most detectors: built as a stage of its own, so its cost is timed apart.
  const textStarted = now();
  try {
    void page.text;
  } catch (error) {
    if (!(error instanceof BudgetExceededError)) throw error;
  }
  const textIndexMs = roundMs(now() - textStarted);
  yield;
  // The phrase rules, matched for all detectors at once, where the caller's matcher runs them.
  // Without an answer the notice detectors find nothing; the error entry says so (the UI hedges "nothing found").
  if (!budget.expired()) yield* phraseStage(page, clock, errors, detectorsMs);
  for (const detector of detectors) {
    yield;
    const id = detectorId(detector);
    if (budget.expired()) {
      errors.push({ detector: id, message: BUDGET_MESSAGE }); // not run
      continue;
    }
    const t = now();
    try {
      detector.detect(page, findings);
    } catch (error) {
      // One broken detector must not take the report down with it.
      errors.push({ detector: id, message: errorMessage(error) });
    }
    detectorsMs[id] = roundMs(now() - t);
  }
  budget.release();

  const incomplete = budget.exceeded || page.textIndexIfBuilt?.truncated === true;
  return {
    ...assemble(findings, errors, options.siteOf),
    url,
    isArticle: true,
    ...describe(page),
    errors: errors.slice(0, MAX_REPORT_ITEMS),
    incomplete,
    timings: { totalMs: workMs(clock), pausedMs: roundMs(clock.pausedMs), readabilityMs: 0, textIndexMs, detectorsMs },
  };
}

/**
 * Ask for the phrase rules' matches over the lines near their triggers, and give them to the page. Its
 * time: ours (picking the lines, mapping matches back) plus the matcher's own, not the wait for it.
 */
function* phraseStage(
  page: Page,
  clock: AnalysisClock,
  errors: DetectorError[],
  detectorsMs: Record<string, number>,
): Generator<PhraseRequests, void, PhraseAnswer | undefined> {
  const started = now();
  const idleBefore = clock.pausedMs + clock.waitedMs;
  let matcherMs = 0;
  try {
    const { requests, toPage } = phraseRequests(page);
    if (Object.keys(requests).length === 0) return;
    const answer = yield requests;
    if (!answer || 'error' in answer) throw new Error(answer?.error ?? 'no answer from the phrase rules');
    matcherMs = answer.reply.workMs;
    clock.elsewhereMs += matcherMs;
    page.phrases = toPage(answer.reply);
  } catch (error) {
    // The budget running out is said by the detectors that then do not run.
    if (!(error instanceof BudgetExceededError)) errors.push({ detector: PHRASE_RULES, message: errorMessage(error) });
  } finally {
    detectorsMs[PHRASE_RULES] = roundMs(now() - started - (clock.pausedMs + clock.waitedMs - idleBefore) + matcherMs);
  }
}

type Assembled = Pick<ProvenanceReport, 'verdict' | 'credits' | 'aiDisclosures' | 'aiLeftovers' | 'humanDeclarations' | 'republication' | 'warnings'>;

/** Findings to verdict, credits and warnings. Bounded, and only http(s) links leave the core. */
function assemble(findings: Findings, errors: DetectorError[], siteOf: SiteOf): Assembled {
  try {
    const disclosures = dedupeDisclosures(findings.disclosures).slice(0, MAX_REPORT_ITEMS);
    const credits = mergeCredits(findings.credits.slice(0, 10 * MAX_REPORT_ITEMS), disclosures).slice(0, MAX_REPORT_ITEMS);
    const verdict = judgeVerdict(true, disclosures);
    const signals = findings.republication.slice(0, MAX_REPORT_ITEMS).map(safeSignal);
    const republication = judgeRepublication(signals, disclosures, siteOf);
    const warnings = judgeWarnings(findings, credits, disclosures, republication, verdict);
    return {
      verdict,
      credits,
      aiDisclosures: disclosures,
      aiLeftovers: findings.leftovers.slice(0, MAX_REPORT_ITEMS),
      humanDeclarations: findings.humanDeclarations.slice(0, MAX_REPORT_ITEMS),
      republication,
      warnings: warnings.slice(0, MAX_REPORT_ITEMS),
    };
  } catch (error) {
    errors.push({ detector: 'assemble', message: errorMessage(error) });
    return { ...emptyResults(), verdict: 'no-disclosure' };
  }
}

/** A republication signal whose address is absolute http(s), or none: the one gate every link passes. */
function safeSignal(signal: RepublicationSignal): RepublicationSignal {
  const url = httpUrl(signal.url);
  return url === signal.url ? signal : { ...signal, url };
}

function emptyResults(): Omit<Assembled, 'verdict'> {
  return {
    credits: [],
    aiDisclosures: [],
    aiLeftovers: [],
    humanDeclarations: [],
    republication: { isRepublished: false, originalUrl: null, originalPublisher: null, signals: [] },
    warnings: [],
  };
}

function notArticleReport(page: Page, clock: AnalysisClock, budget: Budget): ProvenanceReport {
  let title: string | null = null;
  try {
    title = clip(page.doc.title?.trim() || null);
  } catch {
    // a page that breaks document.title simply has none
  }
  return {
    url: page.url,
    isArticle: false,
    title,
    siteName: clip(firstMeta(page.metadata, 'og:site_name')),
    lang: clip(page.metadata.lang),
    publishedTime: null,
    verdict: 'not-article',
    ...emptyResults(),
    errors: [],
    incomplete: budget.expired(),
    timings: { totalMs: workMs(clock), pausedMs: roundMs(clock.pausedMs), readabilityMs: 0, textIndexMs: 0, detectorsMs: {} },
  };
}

/** The report of an analysis that failed outright: valid, and it says why. */
function failedReport(url: string, clock: AnalysisClock, error: unknown): ProvenanceReport {
  return {
    url: typeof url === 'string' ? url : '',
    isArticle: false,
    title: null,
    siteName: null,
    lang: null,
    publishedTime: null,
    verdict: 'not-article',
    ...emptyResults(),
    errors: [{ detector: 'analyze', message: errorMessage(error) }],
    incomplete: true,
    timings: { totalMs: workMs(clock), pausedMs: roundMs(clock.pausedMs), readabilityMs: 0, textIndexMs: 0, detectorsMs: {} },
  };
}

/** Title, site name, language and date: the page's own metadata first, then its markup. */
function describe(page: Page): Pick<ProvenanceReport, 'title' | 'siteName' | 'lang' | 'publishedTime'> {
  const article = jsonLdArticles(page.metadata)[0];
  const publisher = article?.publisher;
  const publisherName = publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? jsonLdString(publisher.name) : null;
  const docTitle = attempt(() => page.doc.title?.trim() || null, null);
  const timeElement = attempt(() => page.doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null, null);
  return {
    title: clip(firstMeta(page.metadata, 'og:title') ?? (jsonLdString(article?.headline) || null) ?? onlyHeading(page) ?? docTitle),
    siteName: clip(firstMeta(page.metadata, 'og:site_name') ?? publisherName ?? null),
    lang: clip(page.metadata.lang ?? null),
    publishedTime: clip(
      firstMeta(page.metadata, 'article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.created') ??
        jsonLdString(article?.datePublished) ??
        timeElement,
    ),
  };
}

/** The text of the page's one h1, when it has exactly one (more than one: none is the headline). */
function onlyHeading(page: Page): string | null {
  return attempt(() => {
    const headings = page.doc.getElementsByTagName('h1');
    return headings.length === 1 ? headings[0]?.textContent?.replace(/\s+/g, ' ').trim() || null : null;
  }, null);
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function clip(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  return value.length > MAX_REPORT_STRING ? value.slice(0, MAX_REPORT_STRING) : value;
}

function detectorId(detector: Detector): string {
  const id = attempt(() => detector.id, '');
  return typeof id === 'string' && id ? id.slice(0, 100) : 'unnamed-detector';
}

/** A thrown value as a short message; never throws itself (a thrown object can break toString). */
function errorMessage(error: unknown): string {
  try {
    const message = error instanceof Error ? error.message : String(error);
    return typeof message === 'string' ? message.slice(0, MAX_ERROR_MESSAGE) : 'unknown error';
  } catch {
    return 'unknown error';
  }
}
