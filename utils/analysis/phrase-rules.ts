import { PhraseMatcher } from './phrase-matcher';
import { PHRASE_SET_IDS, PHRASE_TRIGGERS, type PhraseReply, type PhraseRequests, type RuleInfo } from './phrase-sets';
import { AI_NOTICE_RULES } from './rules/ai-notices';
import { LEFTOVER_RULES } from './rules/chatbot-leftovers';
import { MENTIONS, NAME_LISTS } from './rules/fragments';
import { parseNeeds } from './rules/needs';
import { REPUBLICATION_RULES } from './rules/republication';
import { AI_NOTICE_NEEDS, LEFTOVER_NEEDS, REPUBLICATION_NEEDS } from './rules/rule-needs.generated';
import { LANGUAGE_MARKERS } from './rules/triggers';
import type { PhraseRule } from './rules/types';
import { now } from './page';

/**
 * The phrase rules, compiled where this module runs: in the extension's background (which keeps them
 * compiled across pages: V8 compiling large patterns was most of a page's cost when every page's
 * content script compiled its own), in the CLI and in the tests. Never import this into the content script.
 */
const gates = (trigger: RegExp) => ({ trigger, languages: LANGUAGE_MARKERS, prunable: NAME_LISTS, mentions: MENTIONS });

const MATCHERS = {
  'ai-notices': new PhraseMatcher(AI_NOTICE_RULES, gates(PHRASE_TRIGGERS['ai-notices']), parseNeeds(AI_NOTICE_NEEDS, AI_NOTICE_RULES.length)),
  republication: new PhraseMatcher(REPUBLICATION_RULES, gates(PHRASE_TRIGGERS.republication), parseNeeds(REPUBLICATION_NEEDS, REPUBLICATION_RULES.length)),
  leftovers: new PhraseMatcher(LEFTOVER_RULES, gates(PHRASE_TRIGGERS.leftovers), parseNeeds(LEFTOVER_NEEDS, LEFTOVER_RULES.length)),
} as const;

const infos = new WeakMap<PhraseRule, RuleInfo<PhraseRule>>();

/** What a match says of its rule: everything but the pattern and the examples (made once per rule). */
function ruleInfo<R extends PhraseRule>(rule: R): RuleInfo<R> {
  let info = infos.get(rule);
  if (!info) {
    const { pattern: _pattern, matches: _matches, rejects: _rejects, ...rest } = rule;
    infos.set(rule, (info = rest));
  }
  return info as RuleInfo<R>;
}

/** Match every set's rules over its request. Plain data in and out, so the answer can be a message. */
export function matchPhraseRules(requests: PhraseRequests): PhraseReply {
  const started = now();
  const matches: PhraseReply['matches'] = {};
  for (const id of PHRASE_SET_IDS) {
    const request = requests[id];
    if (!request) continue;
    // Each set keeps its own rule type; the cast only joins the three per-set lists.
    (matches[id] as unknown[]) = MATCHERS[id].matchRequest(request).map((m) => ({ ...m, rule: ruleInfo(m.rule) }));
  }
  return { matches, workMs: now() - started };
}

/** Compile every phrase rule in every form, a rule per step (PhraseMatcher.compileAll): the background's idle work. */
export function* compileAllPhraseRules(): Generator<void, void, void> {
  for (const id of PHRASE_SET_IDS) yield* MATCHERS[id].compileAll();
}

/** Patterns compiled so far, all sets: for the tests of compileAllPhraseRules. */
export function compiledPhraseForms(): number {
  return PHRASE_SET_IDS.reduce((sum, id) => sum + MATCHERS[id].compiledForms, 0);
}
