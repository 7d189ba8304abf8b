import { browser } from 'wxt/browser';
import { PHRASE_SET_IDS, type MatchPhrases, type PhraseReply, type PhraseRequests, type PhraseSetId } from '../analysis/phrase-sets';
import type { PhraseRequest } from '../analysis/phrase-windows';
import { MAX_INDEXED_CHARS } from '../analysis/text-index';
import { isObject } from './messages';

/**
 * The phrase rules are matched in the background (phrase-matching-background.ts), which keeps them
 * compiled from one page to the next; the content script sends the lines near their trigger words
 * (phrase-sets.ts), never the page, and does not carry the rules. Both ends check what they receive.
 */
export interface PhraseMatchMessage {
  type: 'content:match-phrases';
  requests: PhraseRequests;
}

/** Windows and the separators between them: bounded by the text index's own bound. */
const MAX_JOINED_CHARS = 2 * MAX_INDEXED_CHARS + 1000;
const MAX_WINDOWS = 100_000;
const MAX_DECLARED = 8;
/** Per set: every rule at its bound of matches (phrase-matcher.ts), with room to spare. */
const MAX_MATCHES = 20_000;

const isOffset = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;
const isSetId = (key: string): key is PhraseSetId => (PHRASE_SET_IDS as string[]).includes(key);

function isRequest(value: unknown): value is PhraseRequest {
  if (!isObject(value) || typeof value.joined !== 'string' || value.joined.length > MAX_JOINED_CHARS) return false;
  const { joined, starts, lengths, declared } = value;
  if (!Array.isArray(starts) || !Array.isArray(lengths) || starts.length !== lengths.length || starts.length > MAX_WINDOWS) return false;
  let end = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const length = lengths[i];
    if (!isOffset(start, joined.length) || start < end || !isOffset(length, joined.length - start)) return false;
    end = start + length;
  }
  return Array.isArray(declared) && declared.length <= MAX_DECLARED && declared.every((d) => typeof d === 'string' && d.length <= 16);
}

/** Background: a content script's phrase request, or null for anything else. */
export function parsePhraseMatchMessage(msg: unknown): PhraseMatchMessage | null {
  if (!isObject(msg) || msg.type !== 'content:match-phrases' || !isObject(msg.requests)) return null;
  const requests: PhraseRequests = {};
  for (const [key, request] of Object.entries(msg.requests)) {
    if (!isSetId(key) || !isRequest(request)) return null;
    requests[key] = request;
  }
  return { type: msg.type, requests };
}

function isMatch(value: unknown, subjectLength: number): boolean {
  if (!isObject(value) || !isObject(value.rule) || typeof value.rule.id !== 'string' || typeof value.rule.language !== 'string') return false;
  const { start, end, groups } = value;
  return isOffset(start, subjectLength) && isOffset(end, subjectLength) && start < end && isObject(groups) && Object.values(groups).every((g) => g === undefined || typeof g === 'string');
}

/** Content script: the background's answer to these requests, or null when it is not one. */
export function parsePhraseReply(value: unknown, requests: PhraseRequests): PhraseReply | null {
  if (!isObject(value) || !isObject(value.matches) || typeof value.workMs !== 'number' || !(value.workMs >= 0)) return null;
  for (const [key, matches] of Object.entries(value.matches)) {
    const request = isSetId(key) ? requests[key] : undefined;
    if (!request || !Array.isArray(matches) || matches.length > MAX_MATCHES) return null;
    if (!matches.every((m) => isMatch(m, request.joined.length))) return null;
  }
  // Checked above: every set asked for, matches inside its subject, rules named (their other fields are the background's own data).
  return value as unknown as PhraseReply;
}

/** The content script's matcher: the background's, over a message. */
export function matchInBackground(send: (msg: PhraseMatchMessage) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): MatchPhrases {
  return async (requests) => {
    const reply = parsePhraseReply(await send({ type: 'content:match-phrases', requests }), requests);
    if (!reply) throw new Error('no valid answer from the background to the phrase rules');
    return reply;
  };
}
