import { startBackground } from '@/utils/extension/background';
import { startPhraseMatching } from '@/utils/extension/phrase-matching-background';
import { startSiteLookup } from '@/utils/extension/site-lookup-background';

export default defineBackground(() => {
  startBackground();
  startSiteLookup();
  startPhraseMatching();
});
