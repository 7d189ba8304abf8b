import { jsonLdPeople, META_AUTHOR_KEYS } from '../bylines';
import type { Detector } from '../detector';
import { jsonLdArticles, type JsonValue } from '../metadata';
import { cleanName, splitNames } from '../names';
import type { CreditRole } from '../types';

const JSON_LD_ROLES: Array<[string, CreditRole]> = [
  ['author', 'author'],
  ['creator', 'author'],
  ['editor', 'editor'],
  ['contributor', 'contributor'],
  ['translator', 'contributor'],
];
const MAX_REL_AUTHORS = 20;
const MAX_VALUE_METAS = 200;

/**
 * Credits the page declares in markup: JSON-LD (Person objects, strings, arrays, @id references
 * into an @graph), <meta name=author> and its variants, article:author, rel=author.
 */
export const creditsStructured: Detector = {
  id: 'credits-structured',
  detect(page, findings) {
    // The article that names someone: a page can also carry its blog's or related stories' objects.
    const articles = jsonLdArticles(page.metadata);
    const article = articles.find((a) => a.author != null || a.creator != null) ?? articles[0];
    if (article) {
      for (const [key, role] of JSON_LD_ROLES) {
        const people = jsonLdPeople(page.metadata, article[key] as JsonValue | undefined);
        // An organisation credited next to people (the newsroom beside its reporters) is no author.
        const persons = people.some((p) => !p.organization) ? people.filter((p) => !p.organization) : people;
        for (const person of persons) {
          for (const name of splitNames(person.name)) findings.credits.push({ name, role, source: 'json-ld' });
        }
      }
    }
    for (const key of META_AUTHOR_KEYS) {
      for (const raw of page.metadata.meta.get(key) ?? []) {
        for (const name of splitNames(raw)) findings.credits.push({ name, role: 'author', source: 'meta-author' });
      }
    }
    // <meta name="author" value="..."> (no content attribute): common enough on news CMSs to read.
    if (!META_AUTHOR_KEYS.some((key) => page.metadata.meta.has(key))) {
      const valued = page.doc.head?.querySelectorAll('meta[name][value]') ?? [];
      for (let i = 0; i < valued.length && i < MAX_VALUE_METAS; i++) {
        const el = valued[i];
        if (!el || !META_AUTHOR_KEYS.includes((el.getAttribute('name') ?? '').toLowerCase())) continue;
        for (const name of splitNames(el.getAttribute('value'))) findings.credits.push({ name, role: 'author', source: 'meta-author' });
      }
    }
    for (const raw of page.metadata.meta.get('article:author') ?? []) {
      // Often a profile URL rather than a name; cleanName drops URLs.
      const name = cleanName(raw);
      if (name) findings.credits.push({ name, role: 'author', source: 'article-author' });
    }
    const relAuthors = page.doc.querySelectorAll('link[rel~="author" i][title]');
    for (let i = 0; i < relAuthors.length && i < MAX_REL_AUTHORS; i++) {
      for (const name of splitNames(relAuthors[i]?.getAttribute('title'))) findings.credits.push({ name, role: 'author', source: 'rel-author' });
    }
  },
};
