import { browser, type Browser } from 'wxt/browser';
import { SIGNATURE_SIZE, type TextSignature } from '../analysis/similarity';
import type { ProvenanceReport, Verdict } from '../analysis/types';
import { parseSiteGuesses, type SiteGuesses, type SitesReply } from './site-lookup';

/**
 * Every message the extension sends, named by direction (sender:what). The background accepts
 * only these shapes, and only from our own content scripts (a tab's top frame) or our own pages.
 */

/** Content script → background. */
export type ContentToBackground =
  | { type: 'content:analysing'; url: string }
  /**
   * `guesses`: the hosts whose registrable domains the analysis guessed (site-lookup.ts). The background
   * keeps the report only if every guess was right, and answers with the exact domains (ReportReply).
   */
  | { type: 'content:report'; url: string; report: ProvenanceReport; guesses: SiteGuesses }
  | { type: 'content:failed'; url: string; message: string }
  | { type: 'content:disabled'; url: string }
  /** e2e builds only: open popup.html?tabId=<sender tab> in a tab (Firefox cannot navigate to moz-extension://). */
  | { type: 'content:e2e-open-popup' };

/** The background's answer to `content:report`: whether it kept the report, and the guessed hosts' domains. */
export interface ReportReply {
  kept: boolean;
  sites: SitesReply;
}

/** Popup or options page → background. */
export type PageToBackground = { type: 'page:get-tab-state'; tabId: number };

/** Popup → content script of one tab. */
export type PageToContent = { type: 'page:show-on-page'; paths: number[][] } | { type: 'page:ping' };

/**
 * Popup → the content script of one tab ("Check the original"): the MinHash signature of
 * the live page's main text, computed only when asked; only the signature leaves the page.
 */
export type PageToSignature = { type: 'page:get-signature' };

/** The answer to `page:get-signature`: the page's address and its main text's signature (never the text). */
export interface SignatureReply {
  url: string;
  signature: TextSignature;
}

/** The content script's answer to `page:ping`: it runs in that tab, on this address. */
export interface PingReply {
  url: string;
}

const VERDICTS: ReadonlySet<Verdict> = new Set(['ai-generated', 'ai-assisted', 'ai-media', 'no-disclosure', 'not-article']);
const MAX_URL = 8192;
const MAX_MESSAGE = 500;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUrlString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_URL;
}

/** The fields the UI relies on; anything else in a report is data the UI only reads as text. */
export function isReport(value: unknown): value is ProvenanceReport {
  if (!isObject(value)) return false;
  if (!isUrlString(value.url) || typeof value.isArticle !== 'boolean') return false;
  if (typeof value.verdict !== 'string' || !VERDICTS.has(value.verdict as Verdict)) return false;
  for (const key of ['credits', 'aiDisclosures', 'aiLeftovers', 'humanDeclarations', 'warnings', 'errors'] as const) {
    if (!Array.isArray(value[key])) return false;
  }
  const rep = value.republication;
  return isObject(rep) && typeof rep.isRepublished === 'boolean' && Array.isArray(rep.signals);
}

function isPaths(value: unknown): value is number[][] {
  return (
    Array.isArray(value) &&
    value.length <= 50 &&
    value.every((p) => Array.isArray(p) && p.length <= 500 && p.every((i) => Number.isInteger(i) && i >= 0))
  );
}

export function parseContentMessage(msg: unknown): ContentToBackground | null {
  if (!isObject(msg) || typeof msg.type !== 'string') return null;
  // Test hook: the whole branch, string included, is dropped from production bundles.
  if (import.meta.env.MODE === 'e2e' && msg.type === 'content:e2e-open-popup') return { type: msg.type };
  switch (msg.type) {
    case 'content:analysing':
    case 'content:disabled':
      return isUrlString(msg.url) ? { type: msg.type, url: msg.url } : null;
    case 'content:report': {
      const guesses = parseSiteGuesses(msg.guesses);
      return isUrlString(msg.url) && isReport(msg.report) && guesses ? { type: msg.type, url: msg.url, report: msg.report, guesses } : null;
    }
    case 'content:failed':
      return isUrlString(msg.url) && typeof msg.message === 'string'
        ? { type: msg.type, url: msg.url, message: msg.message.slice(0, MAX_MESSAGE) }
        : null;
    default:
      return null;
  }
}

export function parsePageMessage(msg: unknown): PageToBackground | null {
  if (!isObject(msg) || msg.type !== 'page:get-tab-state') return null;
  return Number.isInteger(msg.tabId) && (msg.tabId as number) >= 0 ? { type: msg.type, tabId: msg.tabId as number } : null;
}

export function parsePageToContent(msg: unknown): PageToContent | null {
  if (!isObject(msg)) return null;
  if (msg.type === 'page:ping') return { type: msg.type };
  if (msg.type !== 'page:show-on-page') return null;
  return isPaths(msg.paths) ? { type: msg.type, paths: msg.paths } : null;
}

export function parseSignatureRequest(msg: unknown): PageToSignature | null {
  return isObject(msg) && msg.type === 'page:get-signature' ? { type: msg.type } : null;
}

export function isTextSignature(value: unknown): value is TextSignature {
  if (!isObject(value) || !Number.isInteger(value.shingles) || (value.shingles as number) < 0) return false;
  const m = value.minHashes;
  return Array.isArray(m) && m.length === SIGNATURE_SIZE && m.every((h) => Number.isInteger(h) && h >= 0 && h <= 0xffffffff);
}

export function isSignatureReply(value: unknown): value is SignatureReply {
  return isObject(value) && isUrlString(value.url) && isTextSignature(value.signature);
}

type Sender = Browser.runtime.MessageSender;

/** Our own content script, in the top frame of a tab. */
export function isOwnContentScript(sender: Sender): sender is Sender & { tab: { id: number } } {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.tab.id >= 0 && (sender.frameId ?? 0) === 0;
}

/** One of our own extension pages (popup, options), wherever it is shown. */
export function isOwnPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(browser.runtime.getURL('/'));
}

/** A message from our own extension (popup → content script). */
export function isFromOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

export function sendToBackground(msg: ContentToBackground | PageToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}

export function sendToContent(tabId: number, msg: PageToContent | PageToSignature): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, msg);
}
