import { startBackground } from '@/utils/extension/background';
import { startSiteLookup } from '@/utils/extension/site-lookup-background';

export default defineBackground(() => {
  startBackground();
  startSiteLookup();
});
