import { AUTHOR_HREF } from './bylines';
import { elementPath } from './dom-paths';
import type { Page } from './page';
import { regionOf, type Region } from './page-regions';
import { blockRange, blocksBetween, nodeIndexAt } from './text-index';
import type { PageLocation } from './types';
import { CASED } from './letters';

/** A stretch of page text that a rule matched, with what a detector needs to judge it. */
export interface TextEvidence {
  /** The sentence or line(s) to quote, whitespace collapsed. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The line (block text) the match starts in. */
  line: string;
  location: PageLocation;
  region: Region;
  /** The match sits inside quotation marks in running prose, or after "said:". */
  quotedInProse: boolean;
}

/** How far back in its line a match looks for an open quotation mark: bounded, so one huge block stays cheap. */
const QUOTE_LOOKBACK = 1000;
/** Lines up to this long are quoted whole; longer ones are cut to the matched sentence. */
const MAX_WHOLE_LINE = 320;
const OPEN_QUOTES = /[“„«‹「『]/g;
const CLOSE_QUOTES = /[”»›」』]/g;
const REPORTED = /\b(?:read|reads|reading|said|says|saying|stated|states|stating|wrote|writes|declared|declares|claimed|claims|added|adds|according\s+to)\s*[:,]?\s*$/i;

export function evidenceAt(page: Page, matchStart: number, end: number): TextEvidence {
  const { text } = page.text;
  // A match may begin with the line break before its block ("(?:^|\n)…"): it belongs to the block after it,
  // not to the heading or box before.
  let start = matchStart;
  while (start < end - 1 && /\s/.test(text[start] ?? '')) start++;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEndRaw = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEndRaw === -1 ? text.length : lineEndRaw);

  // Quote whole paragraphs (a <br> does not end one); cut long ones to the matched sentences.
  const [blockStart] = blockRange(page.text, start);
  const [, blockEnd] = blockRange(page.text, Math.max(start, end - 1));
  let quoteStart = blockStart;
  let quoteEnd = blockEnd;
  if (quoteEnd - quoteStart > MAX_WHOLE_LINE) {
    quoteStart = sentenceStart(text, start, blockStart);
    quoteEnd = sentenceEnd(text, end, blockEnd);
  }
  const quote = text.slice(quoteStart, quoteEnd).replace(/\s+/g, ' ').trim();

  const blocks = blocksBetween(page.text, start, end);
  const location: PageLocation = {
    paths: blocks.map(elementPath),
    position: positionOf(page, start),
  };
  const first = page.text.nodes.length > 0 ? blocks[0] ?? null : null;
  const region = regionOf(first ?? null);
  // Also look at the inline ancestors of the match's first node (a <q> or <a> inside the block).
  const firstNodeRegion = regionOf(nodeParent(page, start));
  const merged: Region = {
    quoted: region.quoted || firstNodeRegion.quoted,
    comments: region.comments,
    navigation: region.navigation || firstNodeRegion.navigation,
    footer: region.footer,
    link: firstNodeRegion.link && isWholeLink(page, start, end),
    caption: region.caption || firstNodeRegion.caption,
    heading: region.heading,
    summary: region.summary,
  };
  return {
    quote,
    quoteStart,
    quoteEnd,
    line,
    location,
    region: merged,
    quotedInProse: isQuotedInProse(text.slice(Math.max(lineStart, start - QUOTE_LOOKBACK), start)) || isAttributed(text.slice(end, end + 80)),
  };
}

function nodeParent(page: Page, offset: number): Element | null {
  return page.text.nodes[nodeIndexAt(page.text, offset)]?.parentElement ?? null;
}

/** True when the whole match is the text of one link ("How we use AI"), other than a byline's link to its author's page. */
function isWholeLink(page: Page, start: number, end: number): boolean {
  const parent = nodeParent(page, start);
  const link = parent?.closest('a');
  if (!link) return false;
  if (/\bauthor\b/i.test(link.getAttribute('rel') ?? '') || AUTHOR_HREF.test(link.getAttribute('href') ?? '')) return false;
  const linkText = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  return linkText.length >= (end - start) * 0.8;
}

/** Is the text just before a match inside an open quotation, or a reported-speech lead-in? */
export function isQuotedInProse(before: string): boolean {
  const opens = (before.match(OPEN_QUOTES) ?? []).length;
  const closes = (before.match(CLOSE_QUOTES) ?? []).length;
  // German „…“ closes with “, which OPEN_QUOTES also counts: pair them first.
  const german = (before.match(/„/g) ?? []).length;
  const germanCloses = Math.min(german, (before.match(/“/g) ?? []).length);
  if (opens - 2 * germanCloses - closes > 0) return true;
  const straight = (before.match(/(?:^|[\s([])"|"(?=[\s.,;:!?)\]]|$)/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const singles = (before.match(/(?:^|[\s([])['‘]/g) ?? []).length - (before.match(/['’](?=[\s.,;:!?)\]]|$)/g) ?? []).length;
  if (singles > 0 && /(?:^|[\s([])['‘][^'’]*$/.test(before)) return true;
  return REPORTED.test(before);
}

/** Words that hand a statement to someone else right after it: "..., the lawsuit alleges", "..., sagte er". */
const ATTRIBUTION_AFTER = new RegExp(
  String.raw`^["”»’']?\s*,\s*(?:[${CASED}]+\s+){0,3}?(?:said|says|say|claims?|claimed|alleges?|alleged|according|argues?|argued|wrote|writes|reported|reports|sagte|sagt|behauptet|schreibt|dit|affirme|affirmait|écrit|dijo|afirma|afirmó|escribió|zegt|zei|sier|sa|siger|sagde|säger|sade|hävdar|twierdzi|mówi|powiedział|disse|afferma|ha\s+detto)\b`,
  'i',
);

/** Is the text just after a match an attribution to someone else? */
export function isAttributed(after: string): boolean {
  return ATTRIBUTION_AFTER.test(after);
}

function sentenceStart(text: string, from: number, floor: number): number {
  for (let i = from - 1; i > floor; i--) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '。') && /\s/.test(text[i + 1] ?? '')) return i + 1;
    if (from - i > 400) return i;
  }
  return floor;
}

function sentenceEnd(text: string, from: number, ceiling: number): number {
  for (let i = Math.max(from - 1, 0); i < ceiling; i++) {
    const c = text[i];
    if ((c === '.' || c === '!' || c === '?' || c === '。') && (i + 1 >= ceiling || /\s/.test(text[i + 1] ?? ''))) return i + 1;
    if (i - from > 400) return i;
  }
  return ceiling;
}

/** How far down the page text (0 at the top, 1 at the end) the text starts. */
function positionOf(page: Page, start: number): number {
  const { text } = page.text;
  return text.length > 0 ? round(start / text.length) : 0;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
