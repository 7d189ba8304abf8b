// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
