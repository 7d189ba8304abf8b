// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../utils/analysis/phrase-matcher';
import { AI_NOTICE_RULES } from '../../utils/analysis/rules/ai-notices';
import { LEFTOVER_RULES } from '../../utils/analysis/rules/chatbot-leftovers';
import { REPUBLICATION_RULES } from '../../utils/analysis/rules/republication';
import { AI_TRIGGER, LANGUAGE_MARKERS, LEFTOVER_TRIGGER, REPUBLICATION_TRIGGER } from '../../utils/analysis/rules/triggers';
import type { PhraseRule } from '../../utils/analysis/rules/types';

/**
 * The gates in front of the rules must never hide a notice a rule would find: every example a
 * rule must match passes its trigger and its language's markers, and the gated matcher finds it.
 */
function checkGates(name: string, rules: readonly PhraseRule[], trigger: RegExp) {
  const matcher = new PhraseMatcher(rules, { trigger, languages: LANGUAGE_MARKERS });
  describe(`${name}: every example passes the gates`, () => {
    for (const rule of rules) {
      it.each(rule.matches)(`${rule.id}: %j`, (example) => {
        expect(matcher.passesGates(rule, example)).toBe(true);
        expect(matcher.match(example).length).toBeGreaterThan(0);
      });
    }
  });
}

checkGates('AI notices', AI_NOTICE_RULES, AI_TRIGGER);
checkGates('republication lines', REPUBLICATION_RULES, REPUBLICATION_TRIGGER);
checkGates('chatbot leftovers', LEFTOVER_RULES, LEFTOVER_TRIGGER);

describe('language markers', () => {
  it('has markers for every language a rule is written in', () => {
    const languages = new Set([...AI_NOTICE_RULES, ...REPUBLICATION_RULES, ...LEFTOVER_RULES].map((r) => r.language));
    for (const language of languages) expect(Object.keys(LANGUAGE_MARKERS)).toContain(language);
  });

  it('does not run German rules on English text', () => {
    const matcher = new PhraseMatcher(AI_NOTICE_RULES, { trigger: AI_TRIGGER, languages: LANGUAGE_MARKERS });
    const german = AI_NOTICE_RULES.find((r) => r.language === 'de');
    expect(german && matcher.passesGates(german, 'This article was written by the AI desk of the newspaper with care.')).toBe(false);
  });
});
