import { storage } from 'wxt/utils/storage';
import type { OriginalComparison } from '../analysis/compare-original';
import type { TextSignature } from '../analysis/similarity';
import { httpUrl } from './links';
import { isSignatureReply, sendToContent } from './messages';

/**
 * "Check the original" (issue 7), the light half: types, the permission pattern, the session cache
 * and the question to the tab. The heavy half (fetch, parse, analyse, compare) is in
 * original-check-run.ts, which the popup loads only after the user's click.
 */

/** Why the original could not be read. */
export type UnreachableReason = 'network' | 'offline' | 'timeout' | 'http' | 'not-html' | 'redirected';

export type CheckOutcome =
  | {
      status: 'compared';
      originalUrl: string;
      /** Where the fetch ended after redirects (the address that was analysed). */
      finalUrl: string;
      checkedAt: number;
      /** The page was larger than the size cap and only its start was read. */
      truncated: boolean;
      comparison: OriginalComparison;
    }
  | {
      status: 'unreachable';
      originalUrl: string;
      checkedAt: number;
      reason: UnreachableReason;
      /** The HTTP status, for reason 'http'. */
      httpStatus: number | null;
      /** The Wayback Machine's list of archived copies: shown as a link, never requested by us. */
      archiveUrl: string | null;
    };

/**
 * The host permission to ask for: the original's site, any port ("http://news.example/*").
 * Only http(s) originals; null for anything else.
 */
export function originPattern(originalUrl: string): string | null {
  const href = httpUrl(originalUrl);
  if (!href) return null;
  const url = new URL(href);
  return `${url.protocol}//${url.hostname}/*`;
}

/** A page address without its fragment: the same document for the cache and for the signature check. */
export function documentUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

// ---- the session cache: one result per copy, dropped when the browser closes ----

export type CheckCacheKey = `session:original-check:${string}`;

export function checkCacheKey(pageUrl: string): CheckCacheKey {
  return `session:original-check:${documentUrl(pageUrl)}`;
}

function isOutcome(value: unknown): value is CheckOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.originalUrl !== 'string' || typeof v.checkedAt !== 'number') return false;
  if (v.status === 'compared') return typeof v.finalUrl === 'string' && typeof v.comparison === 'object' && v.comparison !== null;
  return v.status === 'unreachable' && typeof v.reason === 'string';
}

/** The cached result for this copy, when it was about this original. */
export async function loadCheck(pageUrl: string, originalUrl: string): Promise<CheckOutcome | null> {
  const value = await storage.getItem<unknown>(checkCacheKey(pageUrl));
  return isOutcome(value) && value.originalUrl === originalUrl ? value : null;
}

export async function saveCheck(pageUrl: string, outcome: CheckOutcome): Promise<void> {
  await storage.setItem(checkCacheKey(pageUrl), outcome);
}

// ---- the copy's side ----

export class CopySignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopySignatureError';
  }
}

/** The live copy's main-text signature, from our content script in that tab. */
export async function copySignature(tabId: number, pageUrl: string): Promise<TextSignature> {
  let reply: unknown;
  try {
    reply = await sendToContent(tabId, { type: 'page:get-signature' });
  } catch {
    reply = undefined;
  }
  if (!isSignatureReply(reply)) throw new CopySignatureError('This page did not answer. Reload it and try again.');
  if (documentUrl(reply.url) !== documentUrl(pageUrl)) throw new CopySignatureError('The page has changed since it was analysed. Reopen this window and try again.');
  return reply.signature;
}
