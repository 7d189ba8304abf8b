import type { Detector } from './detector';
import { aiBylines } from './detectors/ai-bylines';
import { aiNotices } from './detectors/ai-notices';
import { aiStructuredSignals } from './detectors/ai-structured-signals';
import { chatbotLeftovers } from './detectors/chatbot-leftovers';
import { creditLines } from './detectors/credit-lines';
import { creditsByline } from './detectors/credits-byline';
import { creditsStructured } from './detectors/credits-structured';
import { republicationLines } from './detectors/republication-lines';
import { republicationLinks } from './detectors/republication-links';

/** Every detector, in the order they run. ai-bylines reads the credits the three before it found. */
export const DETECTORS: readonly Detector[] = [
  creditsStructured,
  creditsByline,
  creditLines,
  aiBylines,
  aiNotices,
  aiStructuredSignals,
  chatbotLeftovers,
  republicationLines,
  republicationLinks,
];
