import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readMetadata, type PageMetadata } from './metadata';
import { buildTextIndex, type TextIndex } from './text-index';

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
  /** isProbablyReaderable's answer on the live document. */
  readerable: boolean;
  /** Readability's reader view of a clone, parsed once. */
  readonly reader: ReaderView | null;
  /** Visible text of the whole page with a map back to its nodes. */
  readonly text: TextIndex;
  /** Time spent in Readability's parse, 0 until `reader` is first read. */
  readonly readabilityMs: number;
}

export function buildPage(doc: Document, url: string): Page {
  const metadata = readMetadata(doc);
  const readerable = safeReaderable(doc);
  let reader: ReaderView | null | undefined;
  let text: TextIndex | undefined;
  let readabilityMs = 0;
  return {
    doc,
    url,
    metadata,
    readerable,
    get reader() {
      if (reader === undefined) {
        const started = now();
        reader = parseReaderView(doc);
        readabilityMs = now() - started;
      }
      return reader;
    },
    get text() {
      text ??= buildTextIndex(doc.body ?? doc.documentElement);
      return text;
    },
    get readabilityMs() {
      return readabilityMs;
    },
  };
}

function safeReaderable(doc: Document): boolean {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
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
    const article = new Readability(clone, { serializer: (el: Node) => el }).parse();
    if (!article) return null;
    return {
      title: article.title?.trim() || null,
      byline: article.byline?.trim() || null,
      siteName: article.siteName?.trim() || null,
      publishedTime: article.publishedTime?.trim() || null,
      lang: article.lang?.trim() || null,
      text: (article.textContent ?? '').replace(/\s+/g, ' '),
    };
  } catch {
    return null;
  }
}

/** performance.now() where there is one (browsers, Node 16+), Date.now() otherwise. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
