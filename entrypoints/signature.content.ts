import { browser, type Browser } from 'wxt/browser';
import { signature } from '@/utils/analysis/similarity';
import { mainText } from '@/utils/extension/main-text';
import { isFromOwnExtension, parseSignatureRequest, type SignatureReply } from '@/utils/extension/messages';

/**
 * "Check the original": the popup asks this tab for the MinHash signature of its main text, to
 * compare with the original it fetched. Computed only when asked (never on page load), and only
 * the signature leaves the page, not its text. Kept apart from the main content script so the
 * analysis there stays as it is; it shares nothing with it but the message types.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const onMessage = (msg: unknown, sender: Browser.runtime.MessageSender): Promise<SignatureReply> | undefined => {
      if (ctx.isInvalid || !isFromOwnExtension(sender) || !parseSignatureRequest(msg)) return undefined;
      return Promise.resolve({ url: location.href, signature: signature(mainText(document)) });
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
