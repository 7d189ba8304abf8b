import { analyzeDocument } from '@/utils/analysis/analyze';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    const report = analyzeDocument(document, location.href);
    void browser.runtime.sendMessage({ type: 'report', report }).catch(() => undefined);
  },
});
