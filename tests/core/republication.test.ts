// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isArticleUrl } from '../../utils/analysis/detectors/republication-lines';
import { analyzeHtml, articlePage } from '../helpers';

const PAGE = 'https://autoblog.example/2024/01/story/';

describe('republication: lines that say where the article first appeared', () => {
  it('takes the "this site" link of a WordPress autoblog as the original', () => {
    const report = analyzeHtml(articlePage('<p><a href="https://www.benzinga.com/news/24/01/123/story">This post was originally published on this site</a></p>'), PAGE);
    expect(report.republication).toMatchObject({ isRepublished: true, originalUrl: 'https://www.benzinga.com/news/24/01/123/story', originalPublisher: 'Benzinga' });
  });

  it('does not call an author\'s own site a copy when "first published on this site" links to itself', () => {
    const report = analyzeHtml(articlePage('<p>This post was originally published on <a href="https://autoblog.example/2019/old-post/">this site</a> in 2019.</p>'), PAGE);
    expect(report.republication.isRepublished).toBe(false);
  });

  it('needs a link or a named publisher: "originally published on this site" alone proves nothing', () => {
    expect(analyzeHtml(articlePage('<p>This post was originally published on this site</p>'), PAGE).republication.isRepublished).toBe(false);
  });

  it('reads the Yoast footer "The post X appeared first on Y" with its publisher', () => {
    const html = articlePage('<p>The post <a href="https://gardennotes.example/council-passes-budget/">Council passes budget</a> appeared first on <a href="https://gardennotes.example">Garden Notes</a>.</p>');
    const report = analyzeHtml(html, PAGE);
    expect(report.republication).toMatchObject({ isRepublished: true, originalUrl: 'https://gardennotes.example/council-passes-budget/', originalPublisher: 'Garden Notes' });
  });

  it('reads the German Yoast footer', () => {
    const html = articlePage('<p>Der Beitrag <a href="https://www.inside-digital.de/news/council-budget">Council passes budget</a> erschien zuerst auf <a href="https://www.inside-digital.de">inside digital</a>.</p>');
    const report = analyzeHtml(html, PAGE);
    expect(report.republication).toMatchObject({ isRepublished: true, originalPublisher: 'inside digital', originalUrl: 'https://www.inside-digital.de/news/council-budget' });
  });

  it('ignores feed footers of other posts listed on the page', () => {
    const html = articlePage('<ul class="feed"><li><p>The post <a href="https://other.example/bees/">Why bees matter</a> appeared first on <a href="https://other.example">Other Blog</a>.</p></li></ul>');
    expect(analyzeHtml(html, PAGE).republication.isRepublished).toBe(false);
  });

  it('does not take a time of day for a publisher ("originally published at 2:05 p.m.")', () => {
    expect(analyzeHtml(articlePage('<p>This article was originally published at 2:05 p.m.</p>'), PAGE).republication.isRepublished).toBe(false);
  });

  it('ignores a site-wide wire copyright line in the page footer', () => {
    const html = articlePage('').replace('</body>', '<footer class="site-footer"><p>Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved.</p></footer></body>');
    expect(analyzeHtml(html, 'https://localpaper.example/news/x').republication.isRepublished).toBe(false);
  });

  it('reads The Conversation\'s Creative Commons line and its "Read the original article" link', () => {
    const report = analyzeHtml(
      articlePage('<p>This article is republished from <a href="https://theconversation.com">The Conversation</a> under a Creative Commons license. Read the <a href="https://theconversation.com/why-storms-are-getting-worse-123">original article</a>.</p>'),
      PAGE,
    );
    expect(report.republication).toMatchObject({ isRepublished: true, originalUrl: 'https://theconversation.com/why-storms-are-getting-worse-123', originalPublisher: 'The Conversation' });
  });

  it('drops javascript: and data: links: only http(s) originals are reported', () => {
    const report = analyzeHtml(articlePage('<p><a href="javascript:alert(1)">This post was originally published on this site</a></p><p>Originally published at <a href="data:text/html,hi">The Atlantic</a>.</p>'), PAGE);
    expect(report.republication.originalUrl).toBeNull();
    expect(report.republication).toMatchObject({ isRepublished: true, originalPublisher: 'The Atlantic' });
  });

  it('keeps the agency\'s own page from being called a copy of itself', () => {
    expect(analyzeHtml(articlePage('<p>Copyright 2024 The Associated Press. All rights reserved.</p>'), 'https://apnews.com/article/x').republication.isRepublished).toBe(false);
    expect(analyzeHtml(articlePage('<p>Copyright 2024 The Associated Press. All rights reserved.</p>'), 'https://localpaper.example/news/x').republication).toMatchObject({ isRepublished: true, originalPublisher: 'The Associated Press' });
  });
});

describe('republication: lines that need their surroundings', () => {
  const rep = (body: string, url = PAGE) => analyzeHtml(articlePage(body), url).republication;

  it('counts "Source: <a>X</a>" only as the closing line, with a link to an article elsewhere', () => {
    const line = '<p>Source: <a href="https://www.theverge.com/2024/6/18/24180512/apple-home-display-delay">The Verge</a></p>';
    expect(rep(line)).toMatchObject({ isRepublished: true, originalUrl: 'https://www.theverge.com/2024/6/18/24180512/apple-home-display-delay', originalPublisher: 'The Verge' });
    // Text after it: a credit inside the story, not its origin.
    expect(rep(`${line}<p>${'The agency revised the figures again in the following month, and economists expect more revisions. '.repeat(2)}</p>`).isRepublished).toBe(false);
    // Right under a figure or a table it credits the data.
    expect(rep(`<table><tr><td>3.6%</td></tr></table>${line}`).isRepublished).toBe(false);
    // A home page, a social post or no link at all names no original.
    expect(rep('<p>Source: <a href="https://www.theverge.com/">The Verge</a></p>').isRepublished).toBe(false);
    expect(rep('<p>Source: <a href="https://x.com/verge/status/1803456789012345678">The Verge</a></p>').isRepublished).toBe(false);
    expect(rep('<p>Source: Bureau of Labor Statistics</p>').isRepublished).toBe(false);
    // A recipe card's source is an adaptation credit; an author box after the line does not continue the article.
    expect(rep(`<div class="wprm-recipe-container">${line}</div>`).isRepublished).toBe(false);
    expect(rep(`${line}<div class="author-box"><p>${'Staff Writer covers gadgets and consumer technology for the site. '.repeat(2)}</p></div>`).isRepublished).toBe(true);
  });

  it('ignores "Source:" and licence lines in a figure caption', () => {
    const html = '<figure><img src="a.png" alt=""><figcaption>Source: <a href="https://www.bls.gov/news-release/2024/wage-growth-cools-again.htm">BLS</a></figcaption></figure>';
    expect(rep(html).isRepublished).toBe(false);
    const photo = '<figure><img src="b.jpg" alt=""><figcaption>"<a href="https://news.example/2024/05/flooded-main-street-photo/">Flooded street</a>" by Ann Lee, The Tribune, is licensed under CC BY 2.0.</figcaption></figure>';
    expect(rep(photo).isRepublished).toBe(false);
  });

  it('never takes a licence link for the original', () => {
    const html = '<p>Dieser Beitrag erschien zuerst auf <a href="https://netzpolitik.org/">netzpolitik.org</a>. Er steht unter der Lizenz <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.de">CC BY-NC-SA 4.0</a>.</p>';
    expect(rep(html)).toMatchObject({ isRepublished: true, originalUrl: null, originalPublisher: 'netzpolitik.org' });
    const tasl = '<p>“<a href="https://grist.org/energy/heat-pumps-cold-climates-field-study/">Heat pumps in the cold</a>” by Sam Ortega, <a href="https://grist.org">Grist</a>, is licensed under <a rel="license" href="https://example.org/terms">CC BY-NC-ND 4.0</a>.</p>';
    expect(rep(tasl)).toMatchObject({ isRepublished: true, originalUrl: 'https://grist.org/energy/heat-pumps-cold-climates-field-study/', originalPublisher: 'Grist' });
  });

  it('does not call the publisher\'s own print edition a copy, but does call another publication\'s one', () => {
    const url = 'https://www.northwestquarterly.com/features/2023/lighthouse/';
    expect(rep('<p>Editor\'s note: This story was originally published in the Spring 2023 print issue of Northwest Quarterly.</p>', url).isRepublished).toBe(false);
    expect(rep('<p>This story originally appeared in our Autumn 2023 print issue.</p>', url).isRepublished).toBe(false);
    expect(rep('<p>This story was originally published in the March 2024 issue of The Atlantic.</p>', url)).toMatchObject({ isRepublished: true, originalPublisher: 'The Atlantic' });
  });

  it('reads a partner line that links to the host\'s own partner page, without taking that page for the original', () => {
    const report = rep('<p>Provided by <a href="https://phys.org/partners/university-of-leeds/">University of Leeds</a></p>', 'https://phys.org/news/2024-05-coral-reefs.html');
    expect(report).toMatchObject({ isRepublished: true, originalUrl: null, originalPublisher: 'University of Leeds' });
  });

  it('gives no home page as the original\'s address', () => {
    expect(rep('<p>This post originally appeared on <a href="https://grist.org/">Grist</a>.</p>')).toMatchObject({ isRepublished: true, originalUrl: null, originalPublisher: 'Grist' });
  });
});

describe('republication: markup that points to the original', () => {
  it('counts a rel=canonical on another site', () => {
    const report = analyzeHtml(articlePage('', '<link rel="canonical" href="https://brianli.com/how-to-republish/">'), 'https://medium.com/@brian/how-to-republish-abc');
    expect(report.republication).toMatchObject({ isRepublished: true, originalUrl: 'https://brianli.com/how-to-republish/', originalPublisher: 'brianli.com' });
    expect(report.republication.signals[0]?.kind).toBe('canonical');
  });

  it('compares registrable domains, not host names', () => {
    const sameSite = articlePage('', '<link rel="canonical" href="https://www.news.example.co.uk/story">');
    expect(analyzeHtml(sameSite, 'https://amp.news.example.co.uk/story').republication.isRepublished).toBe(false);
    const otherSite = articlePage('', '<link rel="canonical" href="https://alice.github.io/post">');
    expect(analyzeHtml(otherSite, 'https://bob.github.io/post').republication.isRepublished).toBe(true);
  });

  it('ignores a canonical when the page has no real address (a saved file)', () => {
    const html = articlePage('', '<link rel="canonical" href="https://elsewhere.example/story">');
    expect(analyzeHtml(html, 'file:///home/me/saved.html').republication.isRepublished).toBe(false);
  });

  it('reads <meta name="syndication-source"> on another site, and ignores one that points home', () => {
    expect(analyzeHtml(articlePage('', '<meta name="syndication-source" content="https://mashable.com/2008/12/24/tools/">'), PAGE).republication.originalUrl).toBe('https://mashable.com/2008/12/24/tools/');
    expect(analyzeHtml(articlePage('', '<meta name="original-source" content="https://autoblog.example">'), PAGE).republication.isRepublished).toBe(false);
  });

  it('does not take a JSON-LD isBasedOn dataset for an original article', () => {
    const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"x","isBasedOn":"https://huggingface.co/datasets/allganize/RAG-Evaluation-Dataset-KO"}</script>';
    expect(analyzeHtml(articlePage('', ld), PAGE).republication.isRepublished).toBe(false);
  });

  it('does not call a Reuters credit trailer a republication', () => {
    const report = analyzeHtml(articlePage('<p>(Reporting by David Shepardson; Editing by Kenneth Maxwell)</p>'), PAGE);
    expect(report.republication.isRepublished).toBe(false);
  });
});

describe('republication: review fixes', () => {
  const rep = (body: string, url = PAGE) => analyzeHtml(articlePage(body), url).republication;

  it('reads a hostile address in linear time (a 5,000-digit path segment followed by "!")', () => {
    const hostile = `https://copies.example/${'1'.repeat(5000)}!`;
    // The old pattern backtracked cubically here and would hang the test past vitest's timeout.
    expect(isArticleUrl(hostile)).toBe(false);
    expect(isArticleUrl(`https://copies.example/${'a'.repeat(5000)}!`)).toBe(false);
    expect(isArticleUrl('https://copies.example/news/123456789.html')).toBe(true);
    expect(rep(`<p>Source: <a href="${hostile}">Copies</a></p>`).isRepublished).toBe(false);
  });

  it('does not read reported speech as a republication line', () => {
    expect(rep('<p>The post was reposted from an account linked to Russian military intelligence, researchers at Graphika said.</p>').isRepublished).toBe(false);
    expect(rep('<p>The report was reproduced from an internal memo, which the agency later withdrew.</p>').isRepublished).toBe(false);
    expect(rep('<p>This article was syndicated from Business Insider.</p>')).toMatchObject({ isRepublished: true, originalPublisher: 'Business Insider' });
  });

  it('counts the site\'s own newsletter, paper and print edition as its own', () => {
    expect(rep('<p>This article first appeared in our Morning Briefing newsletter.</p>').isRepublished).toBe(false);
    expect(rep('<p>This article first appeared in the Sunday paper.</p>').isRepublished).toBe(false);
    const es = '<p>Este reportaje fue publicado originalmente en la edición impresa del domingo.</p>';
    expect(analyzeHtml(articlePage(es).replace('lang="en"', 'lang="es"'), 'https://diario.example/2024/05/reportaje/').republication.isRepublished).toBe(false);
  });

  it('does not strip "la" from latimes.com: "The Times" there is not a copy of itself, nor of the L.A. Times', () => {
    expect(rep('<p>This story originally appeared in The Times.</p>', 'https://www.latimes.com/california/story/2024-05-01/x')).toMatchObject({ isRepublished: true, originalPublisher: 'The Times' });
    expect(rep('<p>This story was originally published in the Spring 2023 print issue of The Atlantic.</p>', 'https://www.theatlantic.com/magazine/archive/2023/05/x/').isRepublished).toBe(false);
  });

  it('does not call a closing "Source:" link to a study or a government release a copy', () => {
    expect(rep('<p>Source: <a href="https://www.nature.com/articles/s41586-024-07219-0">Nature</a></p>').isRepublished).toBe(false);
    expect(rep('<p>Source: <a href="https://www.dol.gov/newsroom/releases/osha/osha20240501">U.S. Department of Labor</a></p>').isRepublished).toBe(false);
    expect(rep('<p>Source: <a href="https://www.ox.ac.uk/news/2024-05-01-coral-reefs-recover">University of Oxford</a></p>').isRepublished).toBe(false);
    // An explicit "originally published" line still counts.
    expect(rep('<p>This article was originally published on <a href="https://www.nature.com/articles/d41586-024-01234-5">Nature</a>.</p>')).toMatchObject({ isRepublished: true });
  });
});

describe('republication: JSON-LD that puts this article on another site', () => {
  const COPY = 'https://copies.example/stories/council-passes-budget-a1b2';
  const ORIGINAL = 'https://www.ledger.example/2024/01/10/council-passes-budget/';
  const ld = (article: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council passes budget', ...article })}</script>`;
  const elsewhere = { url: ORIGINAL, mainEntityOfPage: { '@type': 'WebPage', '@id': ORIGINAL }, datePublished: '2024-01-10T09:00:00-05:00', publisher: { '@type': 'Organization', name: 'The Ledger', url: 'https://www.ledger.example/' } };
  const own = (published: string) => `<link rel="canonical" href="${COPY}"><meta property="og:url" content="${COPY}"><meta property="article:published_time" content="${published}">`;
  const rep = (head: string) => analyzeHtml(articlePage('', head), COPY).republication;

  it('counts an article url and a publisher on one other site when the page gives no address of its own', () => {
    expect(rep(ld(elsewhere))).toMatchObject({ isRepublished: true, originalUrl: ORIGINAL, originalPublisher: 'The Ledger' });
  });

  it('counts it beside the page\'s own canonical only when the page says it published its copy later', () => {
    expect(rep(own('2024-01-12T08:00:00-05:00') + ld(elsewhere))).toMatchObject({ isRepublished: true, originalUrl: ORIGINAL });
    // A mirror, an AMP page or a staging copy carries the original's date: the same article, not a copy of it.
    expect(rep(own('2024-01-10T09:00:00-05:00') + ld(elsewhere)).isRepublished).toBe(false);
    // A date without its zone cannot be compared with another site's.
    expect(rep(own('2024-01-12T08:00:00') + ld(elsewhere)).isRepublished).toBe(false);
    expect(rep(`<link rel="canonical" href="${COPY}">${ld(elsewhere)}`).isRepublished).toBe(false);
  });

  it('needs the article there to carry this page\'s title, in any script', () => {
    const bengali = (headline: string) =>
      analyzeHtml(
        `<!DOCTYPE html><html lang="bn"><head><title>ঢাকায় বাজেট পাস হলো</title>${ld({ ...elsewhere, headline })}</head><body><article><h1>ঢাকায় বাজেট পাস হলো</h1>${'<p>সংসদে আজ নতুন বাজেট পাস হয়েছে। অর্থমন্ত্রী বলেন, এই বাজেটে স্কুল, সড়ক ও হাসপাতালের জন্য বরাদ্দ বাড়ানো হয়েছে এবং কর কমানো হয়েছে।</p>'.repeat(6)}</article></body></html>`,
        COPY,
      ).republication.isRepublished;
    expect(bengali('ঢাকায় বাজেট পাস হলো')).toBe(true);
    expect(bengali('নতুন সেতুর উদ্বোধন')).toBe(false);
  });

  it('needs the publisher on the same other site, and every address of the article there', () => {
    expect(rep(ld({ ...elsewhere, publisher: { '@type': 'Organization', name: 'Copies', url: 'https://copies.example/' } })).isRepublished).toBe(false);
    expect(rep(ld({ ...elsewhere, publisher: { '@type': 'Organization', name: 'Wire', url: 'https://wire.example/' } })).isRepublished).toBe(false);
    expect(rep(ld({ ...elsewhere, publisher: undefined })).isRepublished).toBe(false);
    expect(rep(ld({ ...elsewhere, mainEntityOfPage: COPY })).isRepublished).toBe(false);
    // www and bare hosts, or an amp. host, are one site.
    expect(analyzeHtml(articlePage('', ld(elsewhere)), 'https://amp.ledger.example/council-passes-budget').republication.isRepublished).toBe(false);
  });

  it('reads only the JSON-LD of this page\'s article, not a list of other articles', () => {
    expect(rep(ld({ ...elsewhere, headline: 'Transit agency weighs fare cuts' })).isRepublished).toBe(false);
  });

  it('follows a publisher reference into the @graph for its name', () => {
    const graph = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', headline: 'Council passes budget', mainEntityOfPage: { '@id': ORIGINAL }, publisher: { '@id': 'https://www.ledger.example/#organization' } },
        { '@type': 'Organization', '@id': 'https://www.ledger.example/#organization', name: 'The Ledger', url: 'https://www.ledger.example/' },
      ],
    })}</script>`;
    expect(rep(graph)).toMatchObject({ isRepublished: true, originalUrl: ORIGINAL, originalPublisher: 'The Ledger' });
  });
});

describe('republication: notes set in a quote box', () => {
  const rep = (body: string) => analyzeHtml(articlePage(body), PAGE).republication;
  const note = '<blockquote class="wp-block-quote"><p>This story was originally produced by <a href="https://grist.example/energy/heat-pumps-cold-winters/">Grist</a>.</p></blockquote>';

  it('counts a blockquote note that closes the article', () => {
    expect(rep(note)).toMatchObject({ isRepublished: true, originalUrl: 'https://grist.example/energy/heat-pumps-cold-winters/', originalPublisher: 'Grist' });
  });

  it('does not count a quoted note with the story going on after it, an embedded post, or a quotation with its source', () => {
    const more = `<p>${'The council will take up the question again next month, and residents have promised to fill the room. '.repeat(2)}</p>`;
    expect(rep(note + more).isRepublished).toBe(false);
    expect(rep(note.replace('wp-block-quote', 'twitter-tweet')).isRepublished).toBe(false);
    expect(rep(note.replace('</p></blockquote>', '</p><cite>The Harbor Tribune</cite></blockquote>')).isRepublished).toBe(false);
    expect(rep(`<p>The Tribune added a note: <q>This story was originally produced by Grist.</q></p>`).isRepublished).toBe(false);
  });
});

describe('republication: the publisher as the subject', () => {
  const rep = (body: string) => analyzeHtml(articlePage(body), PAGE).republication;

  it('reads "X first published this investigation" as a note about this article', () => {
    expect(rep('<p><em><a href="https://capitalandmain.example/warehouse-heat-rules-enforcement">Capital &amp; Main</a> first published this investigation; we are sharing it with permission.</em></p>')).toMatchObject({
      isRepublished: true,
      originalUrl: 'https://capitalandmain.example/warehouse-heat-rules-enforcement',
      originalPublisher: 'Capital & Main',
    });
  });

  it('does not read news of another outlet\'s scoop as a republication', () => {
    expect(rep('<p>The Washington Post first published the memo on Tuesday, and the agency confirmed it hours later.</p>').isRepublished).toBe(false);
    expect(rep('<p>The Washington Post first published this story on Tuesday, prompting a response from the agency.</p>').isRepublished).toBe(false);
    expect(rep('<p>We first published this story in 2019 and have updated it since.</p>').isRepublished).toBe(false);
  });

  it('counts "originally reported by" only with a link to the article elsewhere: a reporter can be named the same way', () => {
    expect(rep('<p>This story was originally reported by Jane Doe. It was updated by John Roe.</p>').isRepublished).toBe(false);
    expect(rep('<p>This story was originally reported by <a href="https://motherjones.example/politics/2024/01/council-budget-vote/">Mother Jones</a>.</p>')).toMatchObject({ isRepublished: true, originalPublisher: 'Mother Jones' });
  });
});

describe('republication: notes above the article, beside it and below it', () => {
  const rep = (body: string) => analyzeHtml(articlePage(body), PAGE).republication;
  /** The note as the article's first block, before its prose. */
  const opening = (note: string) => analyzeHtml(articlePage('').replace('</h1>', `</h1>${note}`), PAGE).republication;

  it('reads a note set in a quote box at the top of the article, but not a forum quote of another post', () => {
    const note = '<blockquote><p><em>Cross-posted from <a href="https://fieldnotes.example/archive/why-i-stopped-grading">Field Notes</a>, my newsletter, where it went out on January 9.</em></p></blockquote>';
    expect(opening(note)).toMatchObject({ isRepublished: true, originalUrl: 'https://fieldnotes.example/archive/why-i-stopped-grading', originalPublisher: 'Field Notes' });
    const forumQuote = `<aside class="quote" data-username="ann"><div class="title">ann:</div>${note}</aside>`;
    expect(opening(forumQuote).isRepublished).toBe(false);
    expect(opening(note.replace('</p></blockquote>', '</p><cite>Ann Lee</cite></blockquote>')).isRepublished).toBe(false);
  });

  it('takes an address the note spells out without a link as the original', () => {
    expect(rep("<p>Mirrored here with the author's permission. Original post: blog.annlee.example/posts/one-year-with-a-mini-pc-cluster — comments welcome.</p>")).toMatchObject({
      isRepublished: true,
      originalUrl: 'https://blog.annlee.example/posts/one-year-with-a-mini-pc-cluster',
    });
    // No article's address: the words alone do not say where the original is.
    expect(rep('<p>Mirrored here with the author\'s permission, see the thread above.</p>').isRepublished).toBe(false);
  });

  it('takes the original from a lone "read the original" link on the line below the note, not from any link there', () => {
    const note = '<div class="source"><p>本記事は、経済新報オンラインに2025年12月3日付で掲載された記事を、許諾を得て転載したものです。</p>';
    expect(rep(`${note}<p><a href="https://keizai.example/articles/-/376512">元記事を読む</a></p></div>`).originalUrl).toBe('https://keizai.example/articles/-/376512');
    expect(rep(`${note}<p><a href="https://keizai.example/articles/-/376512">関連記事：物流の課題</a></p></div>`)).toMatchObject({ isRepublished: true, originalUrl: null, originalPublisher: '経済新報オンライン' });
  });

  it('reads the publisher as the subject with a partnership, and "shared by X through our partnership"', () => {
    expect(rep('<p><a href="https://calmatters.example/housing/2026/02/fair-plan-rate-increase/">CalMatters</a> reported and wrote this story. It appears here through our news-sharing partnership.</p>')).toMatchObject({
      isRepublished: true,
      originalPublisher: 'CalMatters',
    });
    expect(rep('<p>This story is shared by <a href="https://cityside.example/2026/02/tenants-win-rent-back">Cityside</a>, a nonprofit newsroom, through our news partnership.</p>')).toMatchObject({ isRepublished: true, originalPublisher: 'Cityside' });
  });

  it('keeps scoops, laws, viral posts and partner logos out', () => {
    expect(rep('<p>Reuters reported this story on Tuesday, citing three people familiar with the deal.</p>').isRepublished).toBe(false);
    expect(rep('<p>The book was first published in 1998 and reissued this spring with a new foreword by the author.</p>').isRepublished).toBe(false);
    expect(rep('<p>The vote was originally scheduled for March, but the council moved it to April after the flood.</p>').isRepublished).toBe(false);
    expect(rep('<p lang="fr">Cet article est repris du Code civil, où il figurait sous un autre numéro avant la réforme de 2016.</p>').isRepublished).toBe(false);
    expect(rep('<p lang="it">Il testo è apparso per la prima volta su Facebook, dove è stato condiviso migliaia di volte in due giorni.</p>').isRepublished).toBe(false);
    expect(rep('<div class="partner-logo"><a href="https://calmatters.example/"><img src="/logos/calmatters.png" alt="CalMatters"></a></div>').isRepublished).toBe(false);
  });
});
