import type { Detector } from '../detector';
import { jsonLdArticles, jsonLdNames, type JsonValue } from '../metadata';
import { cleanName, splitNames } from '../names';
import type { CreditRole } from '../types';

const JSON_LD_ROLES: Array<[string, CreditRole]> = [
  ['author', 'author'],
  ['creator', 'author'],
  ['editor', 'editor'],
  ['contributor', 'contributor'],
  ['translator', 'contributor'],
];

/** Credits the page declares in markup: JSON-LD, <meta name=author>, article:author, rel=author. */
export const creditsStructured: Detector = {
  id: 'credits-structured',
  detect(page, findings) {
    for (const article of jsonLdArticles(page.metadata)) {
      for (const [key, role] of JSON_LD_ROLES) {
        for (const raw of jsonLdNames(article[key] as JsonValue | undefined)) {
          for (const name of splitNames(raw)) findings.credits.push({ name, role, source: 'json-ld' });
        }
      }
    }
    for (const key of ['author', 'byl', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'cxenseparse:author']) {
      for (const raw of page.metadata.meta.get(key) ?? []) {
        for (const name of splitNames(raw)) findings.credits.push({ name, role: 'author', source: 'meta-author' });
      }
    }
    for (const raw of page.metadata.meta.get('article:author') ?? []) {
      // Often a profile URL rather than a name; cleanName drops URLs.
      const name = cleanName(raw);
      if (name) findings.credits.push({ name, role: 'author', source: 'article-author' });
    }
    const relAuthors = page.doc.querySelectorAll('a[rel~="author" i], link[rel~="author" i][title]');
    for (let i = 0; i < relAuthors.length && i < 20; i++) {
      const el = relAuthors[i];
      if (!el) continue;
      const raw = el.tagName === 'LINK' ? el.getAttribute('title') : el.textContent;
      if (el.closest('[class*="comment" i], [id*="comment" i]')) continue;
      for (const name of splitNames(raw)) findings.credits.push({ name, role: 'author', source: 'rel-author' });
    }
  },
};
