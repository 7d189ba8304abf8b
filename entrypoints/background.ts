import { startBackground } from '@/utils/extension/background';
import { startPhraseMatching } from '@/utils/extension/phrase-matching-background';

export default defineBackground(() => {
  startBackground();
  startPhraseMatching();
});
