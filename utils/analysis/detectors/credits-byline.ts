import type { Detector } from '../detector';
import { splitNames } from '../names';
import { regionOf } from '../page-regions';

/** Elements that hold the visible byline on common templates (WordPress, schema.org microdata, news CMSs). */
const BYLINE_SELECTOR = [
  '[itemprop="author"]',
  '.byline',
  '.by-line',
  '.byline-name',
  '.author-name',
  '.article-author',
  '.entry-author',
  '.post-author',
  '.author.vcard',
  '.vcard .fn',
  '[class*="byline" i]',
  '[data-testid*="byline" i]',
  '[rel="author"]',
].join(', ');
const MAX_BYLINE_ELEMENTS = 12;
const MAX_BYLINE_TEXT = 160;

/** The byline as the reader sees it, and Readability's guess at it. */
export const creditsByline: Detector = {
  id: 'credits-byline',
  detect(page, findings) {
    const seen = new Set<Element>();
    const elements = page.doc.querySelectorAll(BYLINE_SELECTOR);
    for (let i = 0; i < elements.length && seen.size < MAX_BYLINE_ELEMENTS; i++) {
      const el = elements[i];
      if (!el || seen.has(el)) continue;
      // Nested matches (".byline [itemprop=author]") are read once, from the innermost.
      if (el.querySelector(BYLINE_SELECTOR)) continue;
      seen.add(el);
      const region = regionOf(el);
      if (region.comments || region.navigation || region.footer) continue;
      const nameEl = el.getAttribute('itemprop') === 'author' ? (el.querySelector('[itemprop="name"]') ?? el) : el;
      const raw = nameEl.getAttribute('content') ?? nameEl.textContent ?? '';
      if (raw.length > MAX_BYLINE_TEXT) continue;
      for (const name of splitNames(raw)) findings.credits.push({ name, role: 'author', source: 'byline' });
    }
    for (const name of splitNames(page.reader?.byline)) findings.credits.push({ name, role: 'author', source: 'readability' });
  },
};
