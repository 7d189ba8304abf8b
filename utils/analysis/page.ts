import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { readMetadata, type PageMetadata } from './metadata';
import { AI_TRIGGER } from './rules/triggers';
import { buildTextIndex, type TextIndex } from './text-index';
import { hostIsSite, type SiteOf } from './urls';
import { noPhraseMatches, type PhraseMatches } from './phrase-sets';

/** Everything detectors read, built once per analysis. Costly parts are built on first use. */
export interface Page {
  doc: Document;
  /** The page's address (resolves relative links). */
  url: string;
  metadata: PageMetadata;
  /** Registrable domains of hosts (see urls.ts): how detectors tell one site from another. */
  siteOf: SiteOf;
  /** isProbablyReaderable's answer on the live document. */
  readerable: boolean;
  /** Visible text of the whole page with a map back to its nodes. */
  readonly text: TextIndex;
  /**
   * The analysis' time budget. Once it has run out, reading `text` for the first time throws
   * BudgetExceededError, which stops the detector reading it.
   */
  readonly budget?: Budget;
  /** The text index when a detector has built it, else null (reading it never builds it). */
  readonly textIndexIfBuilt?: TextIndex | null;
  /** The phrase rules' matches over `text`, set by analyze() before the detectors run (none until then). */
  phrases: PhraseMatches;
}

/** Thrown (and caught in analyze) when the analysis' time budget has run out. */
export class BudgetExceededError extends Error {
  constructor() {
    super(BUDGET_MESSAGE);
    this.name = 'BudgetExceededError';
  }
}
export const BUDGET_MESSAGE = 'time budget exceeded';

/** A deadline shared by every stage of one analysis. */
export class Budget {
  private end: number;
  private hit = false;
  private enforcing = true;

  constructor(ms: number, started: number = now()) {
    this.end = started + (Number.isFinite(ms) && ms >= 0 ? ms : 0);
  }

  /** When the budget runs out, on the performance.now() clock. */
  get deadline(): number {
    return this.end;
  }

  /** True once the deadline has passed; remembered, so later checks agree. */
  expired(): boolean {
    if (!this.hit && now() > this.end) this.hit = true;
    return this.hit;
  }

  /** True when the budget ran out at some point of the analysis. */
  get exceeded(): boolean {
    return this.hit;
  }

  /** Throws BudgetExceededError once the deadline has passed (until `release`). */
  check(): void {
    if (this.enforcing && this.expired()) throw new BudgetExceededError();
  }

  /** Move the deadline back by time that was not ours (the page's turn between slices). */
  extend(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.end += ms;
  }

  /** Stop throwing: the report is being assembled from what was found. */
  release(): void {
    this.enforcing = false;
  }
}

export function buildPage(doc: Document, url: string, budget?: Budget, siteOf: SiteOf = hostIsSite): Page {
  const metadata = readMetadata(doc);
  const readerable = safeReaderable(doc);
  let text: TextIndex | undefined;
  return {
    doc,
    url,
    metadata,
    siteOf,
    readerable,
    budget,
    get text() {
      if (text === undefined) {
        budget?.check();
        text = safeTextIndex(doc, budget);
      }
      return text;
    },
    get textIndexIfBuilt() {
      return text ?? null;
    },
    phrases: noPhraseMatches(),
  };
}

function safeTextIndex(doc: Document, budget: Budget | undefined): TextIndex {
  let root: Element | null = null;
  try {
    root = doc.body ?? doc.documentElement;
  } catch {
    root = null;
  }
  return buildTextIndex(root, budget ? () => budget.expired() : undefined, { tooltip: (text) => AI_TRIGGER.test(text) });
}

/**
 * Readability's gate counts characters (a paragraph needs 140). Chinese, Japanese and Korean say in
 * 60 characters what English says in 140, so pages in those scripts get a proportionate threshold.
 */
const CJK_MIN_CONTENT_LENGTH = 60;
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

function safeReaderable(doc: Document): boolean {
  try {
    if (isProbablyReaderable(doc)) return true;
    const sample = `${doc.title ?? ''}${doc.querySelector('h1')?.textContent ?? ''}`;
    return CJK.test(sample) && isProbablyReaderable(doc, { minContentLength: CJK_MIN_CONTENT_LENGTH });
  } catch {
    return false;
  }
}

/** Milliseconds as a report gives them: to a hundredth. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** performance.now() where there is one (browsers, Node 16+), Date.now() otherwise. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
