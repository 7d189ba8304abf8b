import { describe, expect, it } from 'vitest';
import { compileAllPhraseRules, compiledPhraseForms, matchPhraseRules } from '../../utils/analysis/phrase-rules';
import { PHRASE_SET_IDS, PHRASE_TRIGGERS, type PhraseSetId } from '../../utils/analysis/phrase-sets';
import { windowsNear } from '../../utils/analysis/phrase-windows';
import { AI_NOTICE_RULES } from '../../utils/analysis/rules/ai-notices';
import { LEFTOVER_RULES } from '../../utils/analysis/rules/chatbot-leftovers';
import { REPUBLICATION_RULES } from '../../utils/analysis/rules/republication';

const RULES = { 'ai-notices': AI_NOTICE_RULES, republication: REPUBLICATION_RULES, leftovers: LEFTOVER_RULES };

// One file of its own: the compiled patterns are the module's, shared by everything in a test file.
describe('compiling the phrase rules ahead of the pages (the background, in its idle time)', () => {
  it('compiles every form of every rule that any page can ask for', () => {
    expect(compiledPhraseForms()).toBe(0);
    for (const _ of compileAllPhraseRules());
    const ahead = compiledPhraseForms();
    expect(ahead).toBeGreaterThan(AI_NOTICE_RULES.length + REPUBLICATION_RULES.length);
    // Every example, in every set, in its own language and in none declared: nothing new is compiled.
    let matched = 0;
    for (const set of PHRASE_SET_IDS) {
      for (const rule of RULES[set as PhraseSetId]) {
        for (const text of [...rule.matches, ...rule.rejects]) {
          for (const declared of [[rule.language], []]) {
            const windowed = windowsNear(text, PHRASE_TRIGGERS[set], declared);
            if (windowed) matched += matchPhraseRules({ [set]: windowed.request }).matches[set]?.length ?? 0;
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(700);
    expect(compiledPhraseForms()).toBe(ahead);
  });
});
