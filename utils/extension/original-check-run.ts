import { analyzeDocument } from '../analysis/analyze';
import { archiveLink, compareWithOriginal } from '../analysis/compare-original';
import { signature, type TextSignature } from '../analysis/similarity';
import type { ProvenanceReport } from '../analysis/types';
import { httpUrl } from './links';
import { mainText } from './main-text';
import type { CheckOutcome, UnreachableReason } from './original-check';

/**
 * "Check the original", the heavy half, loaded by the popup only after the user's click and the
 * host permission: fetch the original without cookies, with a timeout and a size cap, parse it
 * (DOMParser: scripts never run, nothing it links to is loaded), analyse it with the same core as
 * the copy, and compare. The popup has a DOM in both browsers, so no offscreen document is needed.
 */

export const FETCH_TIMEOUT_MS = 15_000;
/** Bytes read from the original; a longer page is cut here (articles sit well within it). */
export const MAX_ORIGINAL_BYTES = 3 * 1024 * 1024;
/** The original is analysed in the popup, where a longer budget than the content script's is fine. */
const ANALYSIS_BUDGET_MS = 5000;

export type Fetched =
  | { ok: true; html: string; finalUrl: string; truncated: boolean }
  | { ok: false; reason: UnreachableReason; httpStatus: number | null };

export interface FetchOptions {
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /** navigator.onLine, injectable for tests. */
  online?: () => boolean;
}

/** The only request this feature makes. GET, no cookies, no HTTP cache, no referrer. */
export function originalRequestInit(signal: AbortSignal): RequestInit {
  return { method: 'GET', credentials: 'omit', cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer', signal };
}

export async function fetchOriginal(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const target = httpUrl(url);
  if (!target) return { ok: false, reason: 'network', httpStatus: null };
  const fetchImpl = options.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const failed = (error: unknown): Fetched => {
    if (signal.aborted || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
      return { ok: false, reason: 'timeout', httpStatus: null };
    }
    const online = options.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
    return { ok: false, reason: online() ? 'network' : 'offline', httpStatus: null };
  };
  let response: Response;
  try {
    response = await fetchImpl(target, originalRequestInit(signal));
  } catch (error) {
    return failed(error);
  }
  const finalUrl = httpUrl(response.url || target);
  if (!finalUrl) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'redirected', httpStatus: null };
  }
  if (!response.ok) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'http', httpStatus: response.status };
  }
  const type = (response.headers.get('content-type') ?? 'text/html').toLowerCase();
  if (!/^\s*(text\/html|application\/xhtml\+xml)\b/.test(type)) {
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'not-html', httpStatus: response.status };
  }
  try {
    const { bytes, truncated } = await readCapped(response, options.maxBytes ?? MAX_ORIGINAL_BYTES);
    return { ok: true, html: decodeHtml(bytes, type), finalUrl, truncated };
  } catch (error) {
    return failed(error);
  }
}

/** Reads at most `maxBytes` of the body, then stops the download. */
export async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const body = response.body;
  if (!body) {
    const all = new Uint8Array(await response.arrayBuffer());
    return { bytes: all.slice(0, maxBytes), truncated: all.length > maxBytes };
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, truncated };
}

/** The charset from Content-Type, else from a <meta> in the first 1024 bytes, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  let label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
    label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The fetched page as an inert document whose relative links resolve against its own address. */
export function parseOriginal(html: string, finalUrl: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]') && doc.head) {
    const base = doc.createElement('base');
    base.setAttribute('href', finalUrl);
    doc.head.prepend(base);
  }
  return doc;
}

export interface CheckInput {
  copyReport: ProvenanceReport;
  copySignature: TextSignature;
  originalUrl: string;
}

/** Fetch, parse, analyse and compare. Never throws for a page that can't be read: that is an outcome. */
export async function checkOriginal(input: CheckInput, options: FetchOptions & { now?: () => number } = {}): Promise<CheckOutcome> {
  const checkedAt = (options.now ?? Date.now)();
  const fetched = await fetchOriginal(input.originalUrl, options);
  if (!fetched.ok) {
    return {
      status: 'unreachable',
      originalUrl: input.originalUrl,
      checkedAt,
      reason: fetched.reason,
      httpStatus: fetched.httpStatus,
      archiveUrl: archiveLink(input.originalUrl),
    };
  }
  const doc = parseOriginal(fetched.html, fetched.finalUrl);
  const originalSignature = signature(mainText(doc));
  const originalReport = analyzeDocument(doc, fetched.finalUrl, { budgetMs: ANALYSIS_BUDGET_MS });
  const comparison = compareWithOriginal(input.copyReport, input.copySignature, originalReport, originalSignature, input.originalUrl);
  return { status: 'compared', originalUrl: input.originalUrl, finalUrl: fetched.finalUrl, checkedAt, truncated: fetched.truncated, comparison };
}
