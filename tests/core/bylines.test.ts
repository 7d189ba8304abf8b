// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../utils/analysis/names';
import type { ProvenanceReport } from '../../utils/analysis/types';
import { analyzeHtml, articlePage } from '../helpers';

/**
 * What is not a byline: the rules that keep us from inventing an author where the page credits
 * no one (the site's own name, a name only the markup gives, a hidden byline, initials, a page
 * that is no article). Each rule has the case it drops and the look-alike it keeps.
 */

const authors = (report: ProvenanceReport) => report.credits.filter((c) => c.role === 'author' || c.role === 'ai-system').map((c) => c.name);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const underHeadline = (byline: string, head = '') => articlePage('', head).replace('</h1>', `</h1>${byline}`);
const siteName = (name: string) => `<meta property="og:site_name" content="${name}">`;

describe("the site's own name is not a byline", () => {
  it('drops a byline that gives the site name (og:site_name) and keeps one that names a person', () => {
    expect(authors(analyzeHtml(underHeadline('<span class="writer-name">《Daily Example》</span>', siteName('Daily Example'))))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline('<span class="writer-name">《Jane Doe》</span>', siteName('Daily Example'))))).toEqual(['Jane Doe']);
  });

  it('knows the brand however it is spaced or cased ("StarsInsider" is "Stars Insider")', () => {
    const head = jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'StarsInsider' }, publisher: { '@type': 'Organization', name: 'Stars Insider' } });
    expect(authors(analyzeHtml(articlePage('<p>StarsInsider</p>', head)))).toEqual([]);
  });

  it('reads "Recipe by X" as a byline, and X being the site makes it none', () => {
    expect(authors(analyzeHtml(underHeadline('<span class="recipe-card-author">Recipe by Eat What Tonight</span>', siteName('Eat What Tonight'))))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline('<span class="recipe-card-author">Recipe by Jane Doe</span>', siteName('Eat What Tonight'))))).toEqual(['Jane Doe']);
  });

  it('reads the site name from application-name, JSON-LD Organization and WebSite objects, and <meta value=...>', () => {
    const byline = '<div class="byline">By Daily Example</div>';
    expect(authors(analyzeHtml(underHeadline(byline, '<meta name="application-name" content="Daily Example">')))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline(byline, jsonLd({ '@type': 'WebSite', name: 'Daily Example' }))))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline(byline, jsonLd({ '@type': 'NewsMediaOrganization', name: 'Daily Example' }))))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline(byline, '<meta value="Daily Example" name="og:site_name">')))).toEqual([]);
  });

  it('drops "Written by <the site>" credit lines too', () => {
    expect(authors(analyzeHtml(articlePage('<p>Written by Daily Example</p>', siteName('Daily Example'))))).toEqual([]);
    expect(authors(analyzeHtml(articlePage('<p>Written by Jane Doe</p>', siteName('Daily Example'))))).toEqual(['Jane Doe']);
  });

  it('keeps the author of a personal site named after them (JSON-LD says the publisher is that person)', () => {
    const head = siteName('Jane Doe') + jsonLd({ '@type': 'BlogPosting', author: { '@type': 'Person', name: 'Jane Doe' }, publisher: { '@type': 'Person', name: 'Jane Doe' } });
    expect(authors(analyzeHtml(underHeadline('<div class="byline">By Jane Doe</div>', head)))).toEqual(['Jane Doe']);
  });

  it('keeps an agency or another organisation that is not the site', () => {
    expect(authors(analyzeHtml(underHeadline('<div class="byline">By Reuters</div>', siteName('Daily Example'))))).toEqual(['Reuters']);
  });
});

describe('a name only the markup gives, never printed on the page, is not a byline', () => {
  it('drops a meta author the page never shows (the account that posted it) and keeps one it prints', () => {
    const meta = '<meta name="author" content="Heinz Hahn">';
    expect(authors(analyzeHtml(articlePage('', meta)))).toEqual([]);
    expect(authors(analyzeHtml(articlePage('<p class="signature">Heinz Hahn</p>', meta)))).toEqual(['Heinz Hahn']);
  });

  it("drops a JSON-LD author (Yoast's WordPress user) the page never shows", () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', author: { '@id': 'https://club.example/#/schema/person/1' } },
        { '@type': 'Person', '@id': 'https://club.example/#/schema/person/1', name: 'Rüdiger Ofenloch' },
      ],
    };
    expect(authors(analyzeHtml(articlePage('', jsonLd(graph))))).toEqual([]);
    expect(authors(analyzeHtml(articlePage('<p>Text: Rüdiger Ofenloch</p>', jsonLd(graph))))).toEqual(['Rüdiger Ofenloch']);
  });

  it('still reads editors and contributors from markup', () => {
    const head = jsonLd({ '@type': 'NewsArticle', editor: { '@type': 'Person', name: 'Ed Itor' } });
    expect(analyzeHtml(articlePage('', head)).credits).toContainEqual(expect.objectContaining({ name: 'Ed Itor', role: 'editor' }));
  });
});

describe('a hidden byline is not a byline', () => {
  const link = '<a href="https://news.example/author/lutz-molter/" rel="author">Lutz Molter</a>';

  it.each([
    ['a hiding class on an ancestor (author markup kept for search engines)', `<div class="meta"><span class="vcard rich-snippet-hidden"><span class="fn">${link}</span></span></div>`],
    ['the class "hidden"', `<div class="hidden" itemprop="author">${link}</div>`],
    ['the hidden attribute', `<div class="byline" hidden>By ${link}</div>`],
    ['an inline display:none', `<div class="byline" style="color: red; display: none">By ${link}</div>`],
  ])('drops %s', (_what, byline) => {
    expect(authors(analyzeHtml(underHeadline(byline)))).toEqual([]);
  });

  it.each([['overflow-hidden'], ['hidden-xs'], ['mobile-hidden'], ['responsive-hide']])('keeps a byline whose class %j only clips it or hides it on some screens', (cls) => {
    expect(authors(analyzeHtml(underHeadline(`<div class="byline">By <span class="${cls}">${link}</span></div>`)))).toEqual(['Lutz Molter']);
    expect(authors(analyzeHtml(underHeadline(`<div class="byline ${cls}">By ${link}</div>`)))).toEqual(['Lutz Molter']);
  });
});

describe('initials are not a byline', () => {
  it('drops two lower-case letters ("von kj") and keeps the handles people go by', () => {
    expect(cleanName('kj')).toBeNull();
    expect(authors(analyzeHtml(underHeadline('<span class="by-author">von <a href="/author/admin/" rel="author">kj</a></span>')))).toEqual([]);
    expect(cleanName('r23')).toBe('r23');
    expect(cleanName('tlow')).toBe('tlow');
    expect(cleanName('Li')).toBe('Li');
  });
});

describe('a page that says it is no article has no byline', () => {
  const owner = '<span class="author" itemprop="author"><a class="url fn" rel="author" href="/janedoe">janedoe</a></span>';

  it('drops the owner of a page whose og:type is not an article (a code repository, a profile)', () => {
    expect(authors(analyzeHtml(underHeadline(owner, '<meta property="og:type" content="object">')))).toEqual([]);
    expect(authors(analyzeHtml(underHeadline(owner, '<meta property="og:type" content="profile">')))).toEqual([]);
  });

  it('keeps the byline of pages typed article or website (many news sites say "website")', () => {
    expect(authors(analyzeHtml(underHeadline(owner, '<meta property="og:type" content="article">')))).toEqual(['janedoe']);
    expect(authors(analyzeHtml(underHeadline(owner, '<meta property="og:type" content="website">')))).toEqual(['janedoe']);
  });
});
