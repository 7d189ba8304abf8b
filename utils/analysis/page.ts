import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readMetadata, type PageMetadata } from './metadata';
import { buildTextIndex, type TextIndex } from './text-index';
import { hostIsSite, type SiteOf } from './urls';

/** What Readability made of the page: its reader view, parsed once from a clone. */
export interface ReaderView {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** The article's main text, whitespace collapsed. */
  text: string;
}

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
  /**
   * Readability's reader view of a clone, parsed on first read and kept. It costs as much as the
   * rest of the analysis together, so it is read only where nothing cheaper answers (see readerIfParsed).
   */
  readonly reader: ReaderView | null;
  /** The reader view when something has already parsed it, else null (reading it never parses). */
  readonly readerIfParsed?: ReaderView | null;
  /** Visible text of the whole page with a map back to its nodes. */
  readonly text: TextIndex;
  /** Time spent in Readability's parse, 0 until `reader` is first read. */
  readonly readabilityMs: number;
  /**
   * The analysis' time budget. Once it has run out, reading `text` or `reader` for the first
   * time throws BudgetExceededError, which stops the detector reading it.
   */
  readonly budget?: Budget;
  /** Why the reader view was not parsed, when the page was too large for it (null otherwise). */
  readonly readerSkipped?: string | null;
  /** The text index when a detector has built it, else null (reading it never builds it). */
  readonly textIndexIfBuilt?: TextIndex | null;
}

/**
 * Readability walks the page many times over and cannot be interrupted, so pages past these
 * bounds get no reader view (detectors then read the page text alone). Real articles, even
 * heavy news pages, stay well under them.
 */
export const MAX_READER_ELEMENTS = 30_000;
export const MAX_READER_CHARS = 2_000_000;
/** Readability and cloneNode recurse down the tree: deeper pages would overflow the stack. */
export const MAX_READER_DEPTH = 400;

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
  let reader: ReaderView | null | undefined;
  let text: TextIndex | undefined;
  let readabilityMs = 0;
  let readerSkipped: string | null = null;
  return {
    doc,
    url,
    metadata,
    siteOf,
    readerable,
    budget,
    get reader() {
      if (reader === undefined) {
        budget?.check();
        const started = now();
        readerSkipped = readerTooLarge(doc);
        reader = readerSkipped ? null : parseReaderView(doc);
        readabilityMs = now() - started;
      }
      return reader;
    },
    get text() {
      if (text === undefined) {
        budget?.check();
        text = safeTextIndex(doc, budget);
      }
      return text;
    },
    get readerIfParsed() {
      return reader ?? null;
    },
    get readabilityMs() {
      return readabilityMs;
    },
    get readerSkipped() {
      return readerSkipped;
    },
    get textIndexIfBuilt() {
      return text ?? null;
    },
  };
}

function safeTextIndex(doc: Document, budget: Budget | undefined): TextIndex {
  let root: Element | null = null;
  try {
    root = doc.body ?? doc.documentElement;
  } catch {
    root = null;
  }
  return buildTextIndex(root, budget ? () => budget.expired() : undefined);
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

/**
 * Why the page is too large for Readability, or null. One bounded, iterative walk: it stops as
 * soon as any bound is passed, so measuring a huge page costs no more than a small one.
 */
export function readerTooLarge(doc: Document): string | null {
  try {
    const root = doc.documentElement;
    if (!root) return 'no document element';
    let elements = 0;
    let chars = 0;
    let depth = 0;
    let node: Node | null = root;
    while (node) {
      const type: number = node.nodeType;
      if (type === 1) {
        if (++elements > MAX_READER_ELEMENTS) return `more than ${MAX_READER_ELEMENTS} elements`;
      } else if (type === 3) {
        const value = node.nodeValue;
        chars += typeof value === 'string' ? value.length : 0;
        if (chars > MAX_READER_CHARS) return `more than ${MAX_READER_CHARS} characters of text`;
      }
      const first: Node | null = type === 1 ? node.firstChild : null;
      if (first) {
        if (++depth > MAX_READER_DEPTH) return `nested more than ${MAX_READER_DEPTH} elements deep`;
        node = first;
        continue;
      }
      // Next sibling, or the next sibling of the nearest ancestor that has one.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        depth--;
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    return null;
  } catch {
    return 'unreadable document';
  }
}

/** Readability on a clone, so the page itself is never touched. */
function parseReaderView(doc: Document): ReaderView | null {
  let clone: Document;
  try {
    clone = doc.cloneNode(true) as Document;
  } catch {
    return null;
  }
  try {
    // serializer: keep the element instead of serialising it to HTML we would never use.
    const article = new Readability(clone, { serializer: (el: Node) => el, maxElemsToParse: MAX_READER_ELEMENTS }).parse();
    if (!article) return null;
    return {
      title: cleanString(article.title),
      byline: cleanString(article.byline),
      siteName: cleanString(article.siteName),
      publishedTime: cleanString(article.publishedTime),
      lang: cleanString(article.lang),
      text: typeof article.textContent === 'string' ? article.textContent.replace(/\s+/g, ' ') : '',
    };
  } catch {
    return null;
  }
}

function cleanString(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() || null : null;
}

/** performance.now() where there is one (browsers, Node 16+), Date.now() otherwise. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
