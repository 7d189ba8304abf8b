import type { Page } from './page';
import type { PhraseMatch } from './phrase-matcher';
import { declaredLanguages, type PhraseRequest, toPageSpan, type WindowedText, windowsNear } from './phrase-windows';
import { AI_TRIGGER, LEFTOVER_TRIGGER, REPUBLICATION_TRIGGER } from './rules/triggers';
import type { LineNeeds } from './rules/republication';
import type { AiNoticeRule, LeftoverRule, PhraseRule, RepublicationRule } from './rules/types';

/**
 * The three sets of phrase rules, by the trigger words that wake them. This side is the page's: it
 * finds the lines near the triggers. The rules themselves are matched by `MatchPhrases`, in-process
 * (phrase-rules.ts: the CLI, the tests) or in the extension's background, where they stay compiled
 * from one page to the next: the content script never compiles them or carries them.
 */
export const PHRASE_TRIGGERS = {
  'ai-notices': AI_TRIGGER,
  republication: REPUBLICATION_TRIGGER,
  leftovers: LEFTOVER_TRIGGER,
} as const;

export type PhraseSetId = keyof typeof PHRASE_TRIGGERS;
export const PHRASE_SET_IDS = Object.keys(PHRASE_TRIGGERS) as PhraseSetId[];

/** A rule as a match reports it: what it says, not its pattern or examples. */
export type RuleInfo<R extends PhraseRule> = Omit<R, 'pattern' | 'matches' | 'rejects'>;

interface RulesOfSet {
  'ai-notices': AiNoticeRule;
  republication: RepublicationRule & LineNeeds;
  leftovers: LeftoverRule;
}

/** The matches of each set over the page text, in text order. */
export type PhraseMatches = { [S in PhraseSetId]: PhraseMatch<RuleInfo<RulesOfSet[S]>>[] };

/** One request per set that has a trigger word on the page. */
export type PhraseRequests = Partial<Record<PhraseSetId, PhraseRequest>>;

/** Matches per set, offsets in each request's subject, and the matching's own work time. */
export interface PhraseReply {
  matches: { [S in PhraseSetId]?: PhraseMatch<RuleInfo<RulesOfSet[S]>>[] };
  workMs: number;
}

/** Matches the rules; answers at once in-process, or later from the background. */
export type MatchPhrases = (requests: PhraseRequests) => PhraseReply | Promise<PhraseReply>;

export function noPhraseMatches(): PhraseMatches {
  return { 'ai-notices': [], republication: [], leftovers: [] };
}

/** The page's side of the phrase rules: each set's lines near its triggers, and how to map matches back. */
export function phraseRequests(page: Page): { requests: PhraseRequests; toPage(reply: PhraseReply): PhraseMatches } {
  const { text } = page.text;
  const declared = declaredLanguages(page);
  const windowed: Partial<Record<PhraseSetId, WindowedText>> = {};
  const requests: PhraseRequests = {};
  for (const id of PHRASE_SET_IDS) {
    const w = windowsNear(text, PHRASE_TRIGGERS[id], declared);
    if (!w) continue;
    windowed[id] = w;
    requests[id] = w.request;
  }
  return {
    requests,
    toPage(reply) {
      const matches = noPhraseMatches();
      for (const id of PHRASE_SET_IDS) {
        const w = windowed[id];
        // Each set keeps its own rule type; the cast only joins the three per-set lists.
        if (w) (matches[id] as PhraseMatch<unknown>[]) = (reply.matches[id] ?? []).map((m) => ({ ...m, ...toPageSpan(w, m.start, m.end) }));
      }
      return matches;
    },
  };
}
