import { findBylines, structuredAuthorKeys } from '../bylines';
import type { Detector } from '../detector';
import { splitNames } from '../names';

/** Below this score a candidate is a stray author link (a sidebar, a teaser), not the article's byline. */
const MIN_BYLINE_SCORE = 4;

/**
 * The byline as the reader sees it (the best candidate only: one byline per article), and
 * Readability's guess at it. Cost: one bounded pass over the body's elements, see bylines.ts.
 */
export const creditsByline: Detector = {
  id: 'credits-byline',
  detect(page, findings) {
    const [best] = findBylines(page.doc, structuredAuthorKeys(page.metadata));
    if (best && best.score >= MIN_BYLINE_SCORE) {
      for (const name of best.names) findings.credits.push({ name, role: 'author', source: 'byline', text: best.text });
    }
    for (const name of splitNames(page.reader?.byline)) findings.credits.push({ name, role: 'author', source: 'readability' });
  },
};
