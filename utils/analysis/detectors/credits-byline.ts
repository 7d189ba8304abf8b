import { declaresNonArticle, findBylines, siteNameKeys, structuredAuthorKeys } from '../bylines';
import type { Detector } from '../detector';
import { compactKey } from '../names';

/** Below this score a candidate is a stray author link (a sidebar, a teaser), not the article's byline. */
const MIN_BYLINE_SCORE = 4;

/**
 * The byline as the reader sees it (the best candidate only: one byline per article). Cost: one
 * bounded pass over the body's elements, see bylines.ts.
 */
export const creditsByline: Detector = {
  id: 'credits-byline',
  detect(page, findings) {
    // A page that says it is no article (a code repository, a profile) has an owner, not a byline.
    const [best] = declaresNonArticle(page.metadata) ? [] : findBylines(page.doc, structuredAuthorKeys(page.metadata));
    if (best && best.score >= MIN_BYLINE_SCORE) {
      // The site's own name in the byline slot ("《ScanNetSecurity》") credits no one.
      const siteNames = siteNameKeys(page.metadata);
      for (const name of best.names) {
        if (!siteNames.has(compactKey(name))) findings.credits.push({ name, role: 'author', source: 'byline', text: best.text });
      }
    }
  },
};
