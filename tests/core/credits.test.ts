// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeCredits } from '../../utils/analysis/credits';
import type { CreditClaim } from '../../utils/analysis/findings';
import { cleanName, splitNames } from '../../utils/analysis/names';
import type { ProvenanceReport } from '../../utils/analysis/types';
import { analyzeHtml, articlePage } from '../helpers';

const authors = (report: ProvenanceReport) => report.credits.filter((c) => c.role === 'author' || c.role === 'ai-system').map((c) => c.name);
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
/** The names in the page's text, outside any byline: markup credits count only for names the page prints (bylines.test.ts). */
const printed = (...names: string[]) => `<p>${names.join(' and ')} covered the meeting for us.</p>`;

describe('names: what is not a name never becomes a credit', () => {
  it.each([
    ['admin'],
    ['By admin'],
    ['Post author By admin'],
    ['Super User'],
    ['webmaster'],
    ['jane.doe@example.com'],
    ['https://example.com/author/jane'],
    ['www.example.com'],
    ['January 5, 2024'],
    ['2024-01-05'],
    ['Dec 1st 2016'],
    ['3 hours ago'],
    ['This article was written by our team and it is great.'],
    ['View author archive'],
    ['See full bio'],
    ['@janedoe'],
    ['Perform Media Deutschland GmbH'],
    ['Staff Writer'],
    ['AI Reporter'],
    ['Senior Markets Correspondent'],
    ['Senior Security Reviewer'],
    ["StockPulse's automated news engine"],
    ['Software Engineer'],
    ['Android Developers'],
  ])('%j names no one', (raw) => {
    expect(cleanName(raw)).toBeNull();
    expect(splitNames(raw)).toEqual([]);
  });

  it('keeps a plain name, with its spelling and case', () => {
    expect(cleanName('Jane Doe')).toBe('Jane Doe');
    expect(cleanName('MORITZ GATHMANN')).toBe('MORITZ GATHMANN');
    expect(cleanName("Gavin O'Callaghan")).toBe("Gavin O'Callaghan");
    expect(cleanName('高木浩光')).toBe('高木浩光');
  });
});

describe('names: cleaning what surrounds the name on a byline line', () => {
  it.each([
    ['By Stephen Collinson, CNN', ['Stephen Collinson']],
    ['By Carmen Ruiz, KFF Health News', ['Carmen Ruiz']],
    ['By Dana Whitfield, The Markup', ['Dana Whitfield']],
    ['by Kate Whitmore, University of Leeds', ['Kate Whitmore']],
    ['By Rosa Delgado, CalMatters', ['Rosa Delgado']],
    ['Evan Brooks The Seattle Times', ['Evan Brooks']],
    ['Written by Jane Doe, Staff Writer', ['Jane Doe']],
    ['Hannah Whitcombe, Senior Reviews Editor', ['Hannah Whitcombe']],
    ['Tested & written by Jordan Ellis, Senior Security Reviewer', ['Jordan Ellis']],
    ['Mariana Teixeira, CFP®', ['Mariana Teixeira']],
    ['By Jane Doe, PhD', ['Jane Doe']],
    ['Reported and written by Ana Silva', ['Ana Silva']],
    ['Words and photos by Tom Reed', ['Tom Reed']],
    ['By Lena Ortiz, Chief Meteorologist', ['Lena Ortiz']],
    // Whose job it is, after the comma: still a job title, not a second author.
    ['By Neuro, Benzinga’s AI writer', ['Neuro']],
    ["By Amy Smith, the Gazette's senior reporter", ['Amy Smith']],
    ['By Tom Lee, our chief correspondent', ['Tom Lee']],
    ['By Jane Doe, an investigative journalist', ['Jane Doe']],
    ['取材・文：中村 彩', ['中村 彩']],
    ['Pete Evans · CBC News · Posted: Oct 17, 2017', ['Pete Evans']],
    ['Jane Doe | The Daily Example', ['Jane Doe']],
    ['January 17, 2017 at 6:08 PM ET by Kori Schulman', ['Kori Schulman']],
    ['Tom DiChristopher@tdichristopher', ['Tom DiChristopher']],
    ['Williams Perdomo @wperdomod', ['Williams Perdomo']],
    ['Michael Larabel in Valve on 27 March 2017', ['Michael Larabel']],
    ['By Jane Doe (jane@example.com)', ['Jane Doe']],
    ['Par Cécile Ducourtieux (Bruxelles, bureau européen)', ['Cécile Ducourtieux']],
    ['By Jane Doe Updated 5 minutes ago', ['Jane Doe']],
    ['Saibal Dasgupta / TNN /', ['Saibal Dasgupta']],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', ['ZDNet Japan Staff']],
    // The machine a byline shares credit with is no person (the notice rules report it).
    ['By Sarah Kim with AI', ['Sarah Kim']],
    ['By Tom Ellis and ChatGPT', ['Tom Ellis']],
    ['by Maria Lopez with help from AI tools', ['Maria Lopez']],
    ['By Ana Ai and Tom Lee', ['Ana Ai', 'Tom Lee']],
  ])('%j → %j', (raw, expected) => {
    expect(splitNames(raw)).toEqual(expected);
  });
});

describe('names: "By" in several languages', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by: Jane Doe', 'Jane Doe'],
    ['VON MORITZ GATHMANN am 21. April 2020', 'MORITZ GATHMANN'],
    ['Von Anna Schmidt', 'Anna Schmidt'],
    ['Beitrag von r23 »', 'r23'],
    ['Autor: Hans Müller', 'Hans Müller'],
    ['Par Marie Merlet', 'Marie Merlet'],
    ['Por Alberto González', 'Alberto González'],
    ['Door Jan de Vries', 'Jan de Vries'],
    ['Av Ola Nordmann', 'Ola Nordmann'],
    ['Di Mario Rossi', 'Mario Rossi'],
    ['投稿者：高木浩光', '高木浩光'],
    ['著者：後藤大地', '後藤大地'],
  ])('%j → %j', (raw, expected) => {
    expect(splitNames(raw)).toEqual([expected]);
  });
});

describe('names: splitting lists of names', () => {
  it.each([
    ['By A. Smith, B. Jones and C. Brown', ['A. Smith', 'B. Jones', 'C. Brown']],
    ['Julia Carrie Wong and Sam Levin', ['Julia Carrie Wong', 'Sam Levin']],
    ['Lars Fischer und Alina Schadwinkel', ['Lars Fischer', 'Alina Schadwinkel']],
    ['Anne Martin et Paul Durand', ['Anne Martin', 'Paul Durand']],
    ['Jane Doe; John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, jane doe', ['Jane Doe']],
    ['By Jane Doe, John Roe and Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
  ])('%j → %j', (raw, expected) => {
    expect(splitNames(raw)).toEqual(expected);
  });

  it('drops the junk entries of a list and keeps the names', () => {
    expect(splitNames('By admin and Jane Doe')).toEqual(['Jane Doe']);
  });
});

describe('JSON-LD authors', () => {
  it('reads a Person object', () => {
    const report = analyzeHtml(articlePage(printed('Jane Doe'), jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', author: { '@type': 'Person', name: 'Jane Doe' } })));
    expect(authors(report)).toEqual(['Jane Doe']);
    expect(report.credits[0]).toMatchObject({ name: 'Jane Doe', role: 'author', source: 'json-ld' });
  });

  it('reads an array of people, in order', () => {
    const report = analyzeHtml(
      articlePage(printed('Jane Doe', 'John Roe'), jsonLd({ '@type': 'Article', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }] })),
    );
    expect(authors(report)).toEqual(['Jane Doe', 'John Roe']);
  });

  it('resolves an @id reference into the @graph (Yoast)', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', '@id': 'https://news.example/story/#article', author: { '@id': 'https://news.example/#/schema/person/1' } },
        { '@type': 'Person', '@id': 'https://news.example/#/schema/person/1', name: 'Jane Doe' },
      ],
    };
    expect(authors(analyzeHtml(articlePage(printed('Jane Doe'), jsonLd(graph))))).toEqual(['Jane Doe']);
  });

  it('reads a plain string author', () => {
    expect(authors(analyzeHtml(articlePage(printed('Jane Doe'), jsonLd({ '@type': 'BlogPosting', author: 'By Jane Doe' }))))).toEqual(['Jane Doe']);
  });

  it('drops the organisation credited next to people', () => {
    const report = analyzeHtml(
      articlePage(printed('Jane Doe'), jsonLd({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Organization', name: 'Daily Example' }] })),
    );
    expect(authors(report)).toEqual(['Jane Doe']);
  });

  it('reads editors and translators in their own roles', () => {
    const report = analyzeHtml(
      articlePage('', jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Jane Doe' }, editor: { '@type': 'Person', name: 'Ed Itor' }, translator: 'Tom Trans' })),
    );
    expect(report.credits).toContainEqual(expect.objectContaining({ name: 'Ed Itor', role: 'editor' }));
    expect(report.credits).toContainEqual(expect.objectContaining({ name: 'Tom Trans', role: 'contributor' }));
  });
});

describe('meta tags', () => {
  it('reads <meta name=author>', () => {
    expect(authors(analyzeHtml(articlePage(printed('Jane Doe'), '<meta name="author" content="Jane Doe">')))).toEqual(['Jane Doe']);
  });

  it('reads <meta name=author value=...> when there is no content attribute', () => {
    expect(authors(analyzeHtml(articlePage(printed('Daniel Bader'), '<meta name="parsely-author" value="Daniel Bader">')))).toEqual(['Daniel Bader']);
  });

  it('ignores an article:author that is a profile URL', () => {
    expect(authors(analyzeHtml(articlePage('', '<meta property="article:author" content="https://www.facebook.com/example">')))).toEqual([]);
  });
});

describe('the visible byline', () => {
  it('takes a linked name after another role\'s words ("Edited by", "Photos by") for no author, and "Reporting by" for one', () => {
    const byline = (inner: string) => authors(analyzeHtml(articlePage(`<div class="byline">${inner}</div>`)));
    expect(byline('By <a href="/staff/jane">Jane Doe</a> · Edited by <a href="/staff/tom">Tom Roe</a>')).toEqual(['Jane Doe']);
    expect(byline('By <a href="/staff/jane">Jane Doe</a> | Photos by <a href="/staff/tom">Tom Roe</a>')).toEqual(['Jane Doe']);
    expect(byline('By <a href="/staff/jane">Jane Doe</a> and <a href="/staff/tom">Tom Roe</a>')).toEqual(['Jane Doe', 'Tom Roe']);
    expect(byline('Reporting by <a href="/journalists/jane">Jane Doe</a>; Editing by <a href="/journalists/tom">Tom Roe</a>')).toEqual(['Jane Doe']);
  });

  it('reads the linked name in a byline element and leaves out the outlet after the comma', () => {
    const body = '<div class="byline">By <a href="/profiles/stephen-collinson"><span class="byline__name">Stephen Collinson</span></a>, CNN</div>';
    expect(authors(analyzeHtml(articlePage(body)))).toEqual(['Stephen Collinson']);
  });

  it('reads schema.org microdata', () => {
    const body = '<p>Von <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Alexander Karper</span></span></p>';
    expect(authors(analyzeHtml(articlePage(body)))).toEqual(['Alexander Karper']);
  });

  it('reads a "By X" line just under the headline', () => {
    const page = articlePage('').replace('</h1>', '</h1><p>By Jane Doe and John Roe</p>');
    expect(authors(analyzeHtml(page))).toEqual(['Jane Doe', 'John Roe']);
  });

  it('does not glue the name to the blocks around it', () => {
    const body = '<div class="byline"><span>By</span><a href="/author/joe">Joe Davidson</a><div>Washington Post</div><div>Dec 13</div></div>';
    expect(authors(analyzeHtml(articlePage(body)))).toEqual(['Joe Davidson']);
  });

  it('never reads comment authors, navigation or the site footer', () => {
    const html = articlePage(
      '<section class="comments"><div class="comment-author"><a href="/author/troll">Troll Person</a></div></section>' +
        '<nav><span class="author">Nav Person</span></nav>',
    ).replace('</body>', '<footer><span class="byline">By Footer Person</span></footer></body>');
    expect(authors(analyzeHtml(html))).toEqual([]);
  });

  it('prefers the visible byline over a meta tag that disagrees, and keeps its spelling', () => {
    const html = articlePage('<div class="byline">By MORITZ GATHMANN</div>', '<meta name="author" content="Cicero Online">');
    expect(authors(analyzeHtml(html))).toEqual(['MORITZ GATHMANN']);
  });

  it('takes a byline whose author link names a poster account for no byline at all', () => {
    const body = '<span class="byline"><span class="screen-reader-text">Post author</span> By <a href="/author/admin/">admin</a></span>';
    expect(authors(analyzeHtml(articlePage(body)))).toEqual([]);
  });
});

describe('merging claims and keeping roles', () => {
  const claim = (name: string, role: CreditClaim['role'], source: CreditClaim['source']): CreditClaim => ({ name, role, source });

  it('takes the authors from one source: the visible byline before structured data before rel=author', () => {
    const credits = mergeCredits([claim('Jane Doe', 'author', 'json-ld'), claim('Sidebar Person', 'author', 'rel-author'), claim('Jane Doe', 'author', 'byline')], []);
    expect(credits).toEqual([expect.objectContaining({ name: 'Jane Doe', role: 'author', source: 'byline', sources: ['byline', 'json-ld'] })]);
  });

  it('falls back to structured data when there is no visible byline', () => {
    const credits = mergeCredits([claim('Sidebar Person', 'author', 'rel-author'), claim('Jane Doe', 'author', 'meta-author')], []);
    expect(credits.map((c) => c.name)).toEqual(['Jane Doe']);
  });

  it('keeps editors, contributors and image credits from every source', () => {
    const credits = mergeCredits(
      [claim('Jane Doe', 'author', 'byline'), claim('Ed Itor', 'editor', 'credit-line'), claim('Mohasseyn', 'image', 'credit-line'), claim('Mohasseyn', 'author', 'meta-author')],
      [],
    );
    expect(credits.map((c) => [c.name, c.role])).toEqual([
      ['Jane Doe', 'author'],
      ['Ed Itor', 'editor'],
      ['Mohasseyn', 'image'],
    ]);
  });

  it('names AI systems as such, whatever the source', () => {
    const credits = mergeCredits([claim('Jane Doe', 'author', 'byline'), claim('Benzinga Neuro', 'author', 'credit-line')], []);
    expect(credits).toContainEqual(expect.objectContaining({ name: 'Benzinga Neuro', role: 'ai-system', isAI: true, publisher: 'Benzinga' }));
    expect(credits).toContainEqual(expect.objectContaining({ name: 'Jane Doe', role: 'author', isAI: false }));
  });

  it('names as an AI system a credit that calls itself a machine, though no list knows it ("ScoreDesk AI", "NewsBot")', () => {
    const credits = mergeCredits([claim('ScoreDesk AI', 'author', 'byline'), claim('NewsBot', 'author', 'byline')], []);
    expect(credits.map((c) => [c.name, c.role, c.isAI, c.publisher])).toEqual([
      ['ScoreDesk AI', 'ai-system', true, null],
      ['NewsBot', 'ai-system', true, null],
    ]);
  });

  it('names as an AI system a byline name the page\'s own notice calls one', () => {
    const credits = mergeCredits([claim('PriceWatch', 'author', 'byline'), claim('PriceWatch', 'ai-system', 'ai-notice')], []);
    expect(credits).toEqual([expect.objectContaining({ name: 'PriceWatch', role: 'ai-system', isAI: true, sources: ['byline', 'ai-notice'] })]);
  });

  it('reads a byline to an unlisted machine name as an AI byline, and a person\'s byline as none', () => {
    const machine = analyzeHtml(articlePage('<p class="byline">By ScoreDesk AI · Reviewed by sports editor Marcus Reed</p>'));
    expect(machine.verdict).toBe('ai-generated');
    expect(machine.aiDisclosures).toEqual([expect.objectContaining({ kind: 'ai-byline', system: 'ScoreDesk AI', level: 'generated' })]);
    const person = analyzeHtml(articlePage('<p class="byline">By Wang Ai</p>'));
    expect(person.verdict).toBe('no-disclosure');
    expect(authors(person)).toEqual(['Wang Ai']);
  });

  it('reads "Image by X via Shutterstock" as an image credit, not a byline', () => {
    const report = analyzeHtml(articlePage('<p>Image by Mohasseyn via Shutterstock</p>'));
    expect(report.credits).toContainEqual(expect.objectContaining({ name: 'Mohasseyn', role: 'image' }));
    expect(authors(report)).toEqual([]);
  });
});
