import { firstMeta } from './metadata';
import type { Page } from './page';

/**
 * Pages about a publisher's AI policy quote notice wordings as examples ("AI-assisted articles
 * carry the line: ..."). Their words are about other pages, so notices found on them do not
 * describe the page itself.
 */
const POLICY_PATH =
  /(?:^|[/_-])(?:ai-?(?:policy|policies|guidelines|principles|disclosure|transparency|standards|ethics|use)|how-we-use-ai|(?:editorial|ethics|newsroom)-?(?:standards|guidelines|policy|policies|principles)|ki-?(?:richtlinien|leitlinien|grundsaetze|grundsätze|transparenz)|charte-ia|politica-ia|principios-ia|standards-and-ethics|corrections-policy)(?:$|[/._-])/i;
const POLICY_TITLE =
  /\b(?:(?:AI|A\.I\.|artificial intelligence|KI|IA|generative AI)\b[^|\n]{0,40}\b(?:policy|policies|guidelines|principles|standards|ethics|transparency|charter|Richtlinien|Leitlinien|Grundsätze|charte|directrices|principios)|(?:how|why)\s+(?:we|\S+)\s+uses?\s+(?:AI|artificial intelligence)|(?:editorial|ethics)\s+(?:standards|guidelines|policy|principles)|(?:policy|guidelines|principles|Richtlinien|Leitlinien)\s+(?:on|for|zu|zur|zum|sur|sobre)\s+(?:the\s+use\s+of\s+)?(?:AI|artificial intelligence|KI|künstlicher Intelligenz|l['’]IA|IA))/i;

export function isPolicyPage(page: Page): boolean {
  let path = '';
  try {
    path = new URL(page.url).pathname;
  } catch {
    // no usable URL: judge by the title alone
  }
  if (POLICY_PATH.test(path)) return true;
  // The page's own titles: Readability's is cut from document.title, and parsing it here would cost more than the rest.
  const titles = [page.doc.title, firstMeta(page.metadata, 'og:title'), page.doc.querySelector('h1')?.textContent];
  return titles.some((title) => typeof title === 'string' && POLICY_TITLE.test(title));
}
