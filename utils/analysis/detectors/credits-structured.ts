import { declaresNonArticle, jsonLdPeople, META_AUTHOR_KEYS, siteNameKeys, valuedMeta } from '../bylines';
import type { Detector } from '../detector';
import type { CreditClaim } from '../findings';
import { jsonLdArticles, type JsonValue } from '../metadata';
import { cleanName, collapse, compactKey, splitNames } from '../names';
import type { Page } from '../page';
import type { CreditRole } from '../types';

const JSON_LD_ROLES: Array<[string, CreditRole]> = [
  ['author', 'author'],
  ['creator', 'author'],
  ['editor', 'editor'],
  ['contributor', 'contributor'],
  ['translator', 'contributor'],
];
const MAX_REL_AUTHORS = 20;

/**
 * Credits the page declares in markup: JSON-LD (Person objects, strings, arrays, @id references
 * into an @graph), <meta name=author> and its variants, article:author, rel=author.
 *
 * Markup names an author for the byline only when the reader can see it is one (see `authorTest`).
 */
export const creditsStructured: Detector = {
  id: 'credits-structured',
  detect(page, findings) {
    const claims: CreditClaim[] = [];
    // The article that names someone: a page can also carry its blog's or related stories' objects.
    const articles = jsonLdArticles(page.metadata);
    const article = articles.find((a) => a.author != null || a.creator != null) ?? articles[0];
    if (article) {
      for (const [key, role] of JSON_LD_ROLES) {
        const people = jsonLdPeople(page.metadata, article[key] as JsonValue | undefined);
        // An organisation credited next to people (the newsroom beside its reporters) is no author.
        const persons = people.some((p) => !p.organization) ? people.filter((p) => !p.organization) : people;
        for (const person of persons) {
          for (const name of splitNames(person.name)) claims.push({ name, role, source: 'json-ld' });
        }
      }
    }
    for (const key of META_AUTHOR_KEYS) {
      for (const raw of page.metadata.meta.get(key) ?? []) {
        for (const name of splitNames(raw)) claims.push({ name, role: 'author', source: 'meta-author' });
      }
    }
    // <meta name="author" value="..."> (no content attribute): common enough on news CMSs to read.
    for (const raw of valuedMeta(page.metadata, META_AUTHOR_KEYS)) {
      for (const name of splitNames(raw)) claims.push({ name, role: 'author', source: 'meta-author' });
    }
    for (const raw of page.metadata.meta.get('article:author') ?? []) {
      // Often a profile URL rather than a name; cleanName drops URLs.
      const name = cleanName(raw);
      if (name) claims.push({ name, role: 'author', source: 'article-author' });
    }
    const relAuthors = page.doc.querySelectorAll('link[rel~="author" i][title]');
    for (let i = 0; i < relAuthors.length && i < MAX_REL_AUTHORS; i++) {
      for (const name of splitNames(relAuthors[i]?.getAttribute('title'))) claims.push({ name, role: 'author', source: 'rel-author' });
    }

    const isByline = authorTest(page);
    for (const claim of claims) if (claim.role !== 'author' || isByline(claim.name)) findings.credits.push(claim);
  },
};

/**
 * Which names markup gives as author are the article's byline. Not:
 * - on a page whose og:type says it is no article (a repository, a profile): that is its owner;
 * - the site's own name (siteNameKeys): the site crediting itself;
 * - a name the page never prints: markup alone names the account that posted the page (a CMS
 *   user, the site owner of a static site), which the reader is never told wrote it. A publisher
 *   that credits someone shows the name, so this costs little where the name is a real byline.
 */
function authorTest(page: Page): (name: string) => boolean {
  if (declaresNonArticle(page.metadata)) return () => false;
  const siteNames = siteNameKeys(page.metadata);
  let printed: string | undefined;
  return (name) => {
    if (siteNames.has(compactKey(name))) return false;
    printed ??= collapse(page.text.text).toLowerCase();
    return printed.includes(collapse(name).toLowerCase());
  };
}
