import { browser, type Browser } from 'wxt/browser';
import { compileAllPhraseRules, matchPhraseRules } from '../analysis/phrase-rules';
import { isOwnContentScript } from './messages';
import { parsePhraseMatchMessage } from './phrase-matching';

/**
 * The background half of the phrase matching: it holds the phrase rules and keeps them compiled, so a
 * page's content script neither carries nor compiles them (phrase-matching.ts is the content script's half).
 */

/**
 * Once a background has answered this many pages, more are likely to follow while it lives (Chrome
 * stops an idle service worker after 30 s; Firefox keeps the background page): it compiles the rest of
 * the rules in its idle time, so later pages find them ready. One page alone does not start it.
 */
const COMPILE_AHEAD_AFTER = 2;
/** A slice of that idle work: a page's request waits at most about this long behind it. */
const IDLE_SLICE_MS = 8;

export function startPhraseMatching(): void {
  let answered = 0;
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    const message = parsePhraseMatchMessage(msg);
    if (!message || !isOwnContentScript(sender)) return undefined;
    return Promise.resolve().then(() => {
      const reply = matchPhraseRules(message.requests);
      if (++answered === COMPILE_AHEAD_AFTER) runInIdleSlices(compileAllPhraseRules());
      return reply;
    });
  });
}

/** Run the steps a slice at a time, each slice a separate task, so messages are answered in between. */
export function runInIdleSlices(steps: Iterator<unknown>, schedule: (next: () => void) => void = (next) => setTimeout(next, 0)): void {
  const slice = () => {
    const until = performance.now() + IDLE_SLICE_MS;
    do {
      if (steps.next().done) return;
    } while (performance.now() < until);
    schedule(slice);
  };
  schedule(slice);
}
