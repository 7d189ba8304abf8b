import type { Detector } from '../detector';
import { evidenceAt } from '../text-evidence';

/** "As an AI language model, I ..." left in the article body: evidence of undisclosed AI text. */
export const chatbotLeftovers: Detector = {
  id: 'chatbot-leftovers',
  detect(page, findings) {
    for (const match of page.phrases.leftovers) {
      const evidence = evidenceAt(page, match.start, match.end);
      const { region } = evidence;
      if (region.quoted || region.comments || region.navigation || region.link || evidence.quotedInProse) continue;
      findings.leftovers.push({ text: evidence.quote, rule: match.rule.id, location: evidence.location });
    }
  },
};
