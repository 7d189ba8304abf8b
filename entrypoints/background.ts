import { startBackground } from '@/utils/extension/background';
import { startSiteLookup } from '@/utils/extension/site-lookup';

export default defineBackground(() => {
  startBackground();
  startSiteLookup();
});
