import { lastAtOrBefore } from './text-index';

/**
 * What a set of phrase rules reads of a page: the lines near its trigger words, joined into one
 * subject. Finding them is cheap and needs the page; matching the rules over them is the costly
 * part and needs only this request, so it can run where the rules stay compiled (phrase-rules.ts).
 * Plain data: it crosses from the content script to the background as a message.
 */
export interface PhraseRequest {
  /** The windows joined with WINDOW_SEPARATOR, and a line break after the last. */
  joined: string;
  /** Where each window starts in `joined`, in order. */
  starts: number[];
  /** Each window's length. */
  lengths: number[];
  /** Languages the page declares (its lang attribute): their rules run even where few words tell the language. */
  declared: string[];
}

/** A request and where its windows start in the page text, to map matches back. */
export interface WindowedText {
  request: PhraseRequest;
  offsets: number[];
}

/** Lines on each side of a trigger that a notice split across elements may spread to. */
const NEIGHBOUR_LINES = 2;
/** Between windows: a line break and a character no rule reads as a letter, space or punctuation. */
const WINDOW_SEPARATOR = '\n\u0000\n';
/** After the last window: the line break a pattern may take as its line end, as after every other window. */
const LAST_LINE_END = '\n';

/** The lines of `text` near `trigger` (any flags), as one request; null when no trigger word is there. */
export function windowsNear(text: string, trigger: RegExp | null, declared: readonly string[]): WindowedText | null {
  const windows = trigger ? triggerWindows(text, trigger) : [[0, text.length] as const];
  if (windows.length === 0) return null;
  const starts: number[] = [];
  const lengths: number[] = [];
  let joined = '';
  for (const [start, end] of windows) {
    if (starts.length > 0) joined += WINDOW_SEPARATOR;
    starts.push(joined.length);
    lengths.push(end - start);
    joined += text.slice(start, end);
  }
  joined += LAST_LINE_END;
  return { request: { joined, starts, lengths, declared: [...declared] }, offsets: windows.map(([start]) => start) };
}

/**
 * A match in the joined subject as a span of one window, or null when it runs from one window into
 * the next (not one run of page text). A pattern may take the line break after a window (the
 * separator's or the last one's) as a line end: the span stops at the window's end.
 */
export function spanInWindow(request: PhraseRequest, start: number, end: number): { start: number; end: number } | null {
  const i = lastAtOrBefore(request.starts, start);
  const windowEnd = (request.starts[i] ?? 0) + (request.lengths[i] ?? 0);
  if (end > windowEnd && !/^\n*$/.test(request.joined.slice(windowEnd, end))) return null;
  return { start, end: Math.min(end, windowEnd) };
}

/** A span of the joined subject (inside one window) as offsets in the page text. */
export function toPageSpan(windowed: WindowedText, start: number, end: number): { start: number; end: number } {
  const i = lastAtOrBefore(windowed.request.starts, start);
  const shift = (windowed.offsets[i] ?? 0) - (windowed.request.starts[i] ?? 0);
  return { start: start + shift, end: end + shift };
}

/** The windows' own texts, separators and the last line break left out. */
export function windowTexts(request: PhraseRequest): string[] {
  return request.starts.map((start, i) => request.joined.slice(start, start + (request.lengths[i] ?? 0)));
}

/**
 * Stretches of whole lines around every trigger word, merged where they touch. Each starts at a
 * line start, so rules anchored with ^ or "\n" behave as on the whole text.
 */
function triggerWindows(text: string, anyTrigger: RegExp): Array<readonly [number, number]> {
  const trigger = globalCopy(anyTrigger);
  const windows: Array<[number, number]> = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
    let start = m.index;
    for (let i = 0; i <= NEIGHBOUR_LINES && start > 0; i++) start = text.lastIndexOf('\n', start - 2) + 1;
    let end = m.index + m[0].length;
    for (let i = 0; i <= NEIGHBOUR_LINES && end < text.length; i++) {
      const next = text.indexOf('\n', end + 1);
      end = next === -1 ? text.length : next;
    }
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    trigger.lastIndex = Math.max(trigger.lastIndex, end); // the rest of this window is covered
    if (m[0].length === 0) trigger.lastIndex++;
  }
  return windows;
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** The same pattern with the 'g' flag, made once per pattern. */
export function globalCopy(regex: RegExp): RegExp {
  if (regex.global) return regex;
  let global = globalCopies.get(regex);
  if (!global) globalCopies.set(regex, (global = new RegExp(regex.source, `${regex.flags}g`)));
  return global;
}

/** The primary language tag the page declares ("de" for lang="de-AT"), as a list. */
export function declaredLanguages(page: { metadata: { lang: string | null } }): string[] {
  const tag = page.metadata.lang?.trim().toLowerCase().split(/[-_]/)[0];
  if (!tag) return [];
  return [tag === 'nb' || tag === 'nn' ? 'no' : tag];
}
