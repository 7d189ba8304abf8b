import { startBackground } from '@/utils/extension/background';

export default defineBackground(() => {
  startBackground();
});
