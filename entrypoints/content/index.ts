import { startContent } from './controller';
// The page-facing marks' stylesheet, declared in the manifest: see marks.css for why.
import './marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
    if (import.meta.env.MODE === 'e2e') {
      // Test hook, compiled only into `--mode e2e` builds: lets the Firefox test open popup.html for this tab.
      ctx.addEventListener(window, 'message', (event) => {
        if (event.source === window && event.data?.type === 'provenance-lens:e2e-open-popup') {
          void browser.runtime.sendMessage({ type: 'content:e2e-open-popup' }).catch(() => undefined);
        }
      });
    }
  },
});
