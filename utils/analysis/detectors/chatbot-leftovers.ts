import type { Detector } from '../detector';
import { declaredLanguages, PhraseMatcher } from '../phrase-matcher';
import { MENTIONS, NAME_LISTS } from '../rules/fragments';
import { parseNeeds } from '../rules/needs';
import { LEFTOVER_NEEDS } from '../rules/rule-needs.generated';
import { LEFTOVER_TRIGGER, LANGUAGE_MARKERS } from '../rules/triggers';
import { LEFTOVER_RULES } from '../rules/chatbot-leftovers';
import { evidenceAt } from '../text-evidence';

const matcher = new PhraseMatcher(LEFTOVER_RULES, { trigger: LEFTOVER_TRIGGER, languages: LANGUAGE_MARKERS, prunable: NAME_LISTS, mentions: MENTIONS }, parseNeeds(LEFTOVER_NEEDS, LEFTOVER_RULES.length));

/** "As an AI language model, I ..." left in the article body: evidence of undisclosed AI text. */
export const chatbotLeftovers: Detector = {
  id: 'chatbot-leftovers',
  detect(page, findings) {
    for (const match of matcher.match(page.text.text, declaredLanguages(page))) {
      const evidence = evidenceAt(page, match.start, match.end);
      const { region } = evidence;
      if (region.quoted || region.comments || region.navigation || region.link || evidence.quotedInProse) continue;
      findings.leftovers.push({ text: evidence.quote, rule: match.rule.id, location: evidence.location });
    }
  },
};
