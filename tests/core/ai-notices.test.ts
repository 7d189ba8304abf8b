// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namedGenerator, reviewerIn } from '../../utils/analysis/detectors/ai-notices';
import { REVIEWER_EXAMPLES } from '../../utils/analysis/rules/reviewers';
import { analyzeHtml, articlePage } from '../helpers';

const CNET = 'This article was generated using automation technology and thoroughly edited and fact-checked by an editor on our editorial staff.';

describe('AI notices: the publisher speaking about its own article', () => {
  it('reads the euphemism "generated using automation technology" as AI-generated, reviewed by staff', () => {
    const report = analyzeHtml(articlePage(`<p><em>${CNET}</em></p>`));
    expect(report.verdict).toBe('ai-generated');
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'generated', scope: 'article', humanReviewed: true, reviewedBy: null, text: CNET })]);
  });

  it('reads a notice split across elements and line breaks as one notice', () => {
    const report = analyzeHtml(
      articlePage('<div class="credit"><span>Engineered by</span><br><a href="/a/neuro">Benzinga Neuro</a>,<br>Edited by<br><br><a href="/a/ny">Navdeep Yadav</a></div>'),
    );
    expect(report.aiDisclosures).toHaveLength(1);
    expect(report.aiDisclosures[0]).toMatchObject({ level: 'generated', system: 'Benzinga Neuro', reviewedBy: 'Navdeep Yadav', text: 'Engineered by Benzinga Neuro, Edited by Navdeep Yadav' });
  });

  it('names the model a notice mentions', () => {
    const report = analyzeHtml(articlePage('<p>This article was written with the help of GPT-4o and reviewed by Jane Doe.</p>'));
    expect(report.aiDisclosures[0]).toMatchObject({ level: 'assisted', model: 'GPT-4o', reviewedBy: 'Jane Doe' });
    expect(report.verdict).toBe('ai-assisted');
  });

  it('does not take "our editors" for a named reviewer', () => {
    const report = analyzeHtml(articlePage('<p>Disclaimer: This content was partially produced with the help of AI tools and was reviewed and published by Benzinga editors.</p>'));
    expect(report.aiDisclosures[0]).toMatchObject({ level: 'assisted', reviewedBy: null, humanReviewed: true });
  });

  it('gives an AI summary box the summary scope, so the article is only AI-assisted', () => {
    const report = analyzeHtml(
      articlePage('', '').replace('<h1>Council passes budget</h1>', '<h1>Council passes budget</h1><aside class="key-points"><h2>Key points</h2><ul><li>The council passed the budget.</li></ul><p>The Key Points at the top of this article were created with the assistance of Artificial Intelligence (AI) and reviewed by a journalist before publication.</p></aside>'),
    );
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'assisted', scope: 'summary' })]);
    expect(report.verdict).toBe('ai-assisted');
  });

  it('calls an article whose only AI notice is an image caption "AI images"', () => {
    const html = articlePage('<figure><img src="a.jpg" alt=""><figcaption>Symbolbild (KI-generiert)</figcaption></figure>').replace('lang="en"', 'lang="de"');
    const report = analyzeHtml(html);
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'media', scope: 'image', kind: 'caption' })]);
    expect(report.verdict).toBe('ai-media');
  });

  it('gives the strongest disclosure the verdict', () => {
    const report = analyzeHtml(articlePage(`<figure><figcaption>Image generated with Midjourney</figcaption></figure><p>${CNET}</p>`));
    expect(report.aiDisclosures.map((d) => d.level)).toEqual(['media', 'generated']);
    expect(report.verdict).toBe('ai-generated');
  });
});

describe('AI notices: the same words that do not describe this page', () => {
  it('ignores a notice quoted in a blockquote', () => {
    const report = analyzeHtml(articlePage(`<p>CNET added a line to the articles:</p><blockquote><p>${CNET}</p></blockquote>`));
    expect(report.aiDisclosures).toEqual([]);
    expect(report.verdict).toBe('no-disclosure');
  });

  it('ignores a notice in quotation marks in running prose', () => {
    const report = analyzeHtml(articlePage(`<p>Readers who clicked the byline saw the line “${CNET}” and many were surprised.</p>`));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('ignores a notice reported after "read:"', () => {
    const report = analyzeHtml(articlePage(`<p>The label at the bottom of each story read: ${CNET}</p>`));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('ignores the words as the text of a link to another story, but reads them in a byline\'s link to its author', () => {
    const headline = analyzeHtml(articlePage('<ul class="more"><li><a href="/2024/05/robot-recaps/">This article was written by AI, readers say</a></li></ul>'));
    expect(headline.aiDisclosures).toEqual([]);
    const byline = analyzeHtml(articlePage('<div class="author"><a href="https://medium.com/@priya-raman">Priya Raman <span>with research help from Microsoft Copilot</span></a> <button>Follow</button></div>'));
    expect(byline.aiDisclosures).toEqual([expect.objectContaining({ level: 'assisted', model: 'Copilot' })]);
  });

  it('reads a notice in a post that a box named like a widget wraps (Blogger), but not one in a sidebar widget', () => {
    const notice = '<p>This post was written with the help of ChatGPT.</p>';
    const blogger = analyzeHtml(`<!DOCTYPE html><html lang="en"><head><title>Dahlias</title></head><body><div class="widget Blog"><div class="post hentry"><h3>Dahlias</h3><div class="post-body entry-content">${'<p>Lifting dahlia tubers in autumn is easier than it sounds, and storing them well decides next year\'s garden more than anything else you do in spring, whatever the catalogues promise.</p>'.repeat(8)}${notice}</div></div></div></body></html>`);
    expect(blogger.verdict).toBe('ai-assisted');
    const sidebar = analyzeHtml(articlePage('<p>Story.</p>').replace('</body>', `<div class="sidebar widget">${notice}</div></body>`));
    expect(sidebar.aiDisclosures).toEqual([]);
  });

  it('reads a notice in an editorial box inside the article that the CMS names a sidebar (Drupal field-sidebar)', () => {
    const box = '<aside class="field field--name-field-sidebar how-we-made-this"><h2>How we made this story</h2><p>This article was written with the help of ChatGPT.</p></aside>';
    const inside = analyzeHtml(articlePage(`<p>Story.</p>${box}`));
    expect(inside.verdict).toBe('ai-assisted');
    const beside = analyzeHtml(articlePage('<p>Story.</p>').replace('</body>', `${box}</body>`));
    expect(beside.aiDisclosures).toEqual([]);
  });

  it('reads a notice in the article body whose own classes sound like navigation ("entry-content no-share")', () => {
    const body = `<div class="entry-content no-share">${'<p>The city published the tender for its new street-cleaning contract, the largest it awards, worth 9.8 million euros a year over eight years.</p>'.repeat(6)}<p><em>This article was written with the help of ChatGPT.</em></p></div>`;
    const report = analyzeHtml(`<!DOCTYPE html><html lang="en"><head><title>Tender</title></head><body><article><h1>Tender</h1>${body}</article></body></html>`);
    expect(report.verdict).toBe('ai-assisted');
  });

  it('ignores reader comments', () => {
    const report = analyzeHtml(articlePage(`<section id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><p>This article was written by ChatGPT, obviously.</p></li></ol></section>`));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('ignores a related-headlines list and navigation', () => {
    const report = analyzeHtml(
      articlePage(`<aside class="related-posts"><ul><li><p>This article was generated by AI: how one site fooled readers</p></li></ul></aside><nav><p>This article was written by AI? Our guide</p></nav>`),
    );
    expect(report.aiDisclosures).toEqual([]);
  });

  it('ignores a site-wide AI-policy link', () => {
    const report = analyzeHtml(articlePage('<footer><a href="/ai-policy">AI-generated content</a></footer>'));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('ignores notice wordings on an AI-policy page', () => {
    const html = articlePage(`<p>When we use automation, the story says so: ${CNET}</p>`).replace(/Council passes budget/g, 'Our AI policy');
    expect(analyzeHtml(html, 'https://news.example/about/ai-policy/').aiDisclosures).toEqual([]);
  });

  it('ignores "engineered a comeback" and "revenue generated by"', () => {
    const report = analyzeHtml(articlePage('<p>The coach engineered a comeback. Revenue generated by the new stadium rose 12%.</p><p>Engineered by coach Dan Smith, the win was historic.</p>'));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('reads "auto-generated from a syndicated feed" as republication, not AI', () => {
    const report = analyzeHtml(articlePage('<p>(Except for the headline, this story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)</p>'));
    expect(report.aiDisclosures).toEqual([]);
    expect(report.verdict).toBe('no-disclosure');
    expect(report.republication.isRepublished).toBe(true);
    expect(report.republication.signals[0]?.kind).toBe('syndicated-feed');
  });

  it('reports chatbot leftovers as evidence, never as a disclosure', () => {
    const report = analyzeHtml(articlePage('<p>As an AI language model, I cannot create an article without a specific article title.</p>'));
    expect(report.aiDisclosures).toEqual([]);
    expect(report.verdict).toBe('no-disclosure');
    expect(report.aiLeftovers).toHaveLength(1);
    expect(report.warnings.map((w) => w.kind)).toContain('ai-leftover');
  });
});

describe('warnings about notices and bylines', () => {
  it('warns when the byline credits a person but the notice says AI generated the article', () => {
    const report = analyzeHtml(articlePage(`<p>Jane Doe wrote this report.</p><p>${CNET}</p>`, '<meta name="author" content="Jane Doe">'));
    expect(report.warnings.map((w) => w.kind)).toContain('byline-contradicts-notice');
  });

  it('does not warn about placement when the notice sits by the headline', () => {
    const html = articlePage('').replace('<h1>Council passes budget</h1>', `<h1>Council passes budget</h1><p class="disclosure">${CNET}</p>`);
    expect(analyzeHtml(html).warnings.map((w) => w.kind)).not.toContain('notice-far-from-byline');
  });

  it('warns when the notice is printed only at the end', () => {
    expect(analyzeHtml(articlePage(`<p>${CNET}</p>`)).warnings.map((w) => w.kind)).toContain('notice-far-from-byline');
  });
});

describe('the reviewer a notice names', () => {
  it.each(REVIEWER_EXAMPLES)('in %j it is %j', (text, name) => {
    expect(reviewerIn(text)).toBe(name);
  });
});

describe('reported speech after the words', () => {
  it('ignores a notice wording followed by an attribution to someone else', () => {
    expect(analyzeHtml(articlePage('<p>This article was written by ChatGPT, the lawsuit alleges, and the publisher never said so.</p>')).aiDisclosures).toEqual([]);
  });
});

describe('a generator the notice names that we do not know', () => {
  it.each([
    ['Story generated by\nStoryForge\nFact-checked by\nLena Morales', 'StoryForge'],
    ['AI · Content generated by Stocklytics AI', 'Stocklytics AI'],
    ["This forecast story was produced by WeatherWire, the Courier's automated news system, from National Weather Service data.", 'WeatherWire'],
    ['This explainer was drafted by Claude, an AI model, and edited by Priya Natarajan.', 'Claude'],
    ["Ava Sterling is an AI-powered reporter created by the Gazette's product team.", 'Ava Sterling'],
    ['By Hayden Field, AI Reporter', null],
    ["This story was written by Amy Smith, the Gazette's AI reporter.", null],
    ['This article was written by Jane Doe with the help of AI tools.', null],
    ['This article was generated by AI and reviewed by Jane Doe.', null],
    ['This article was written by ChatGPT.', null],
    ['Story Generated By StoryForge', 'StoryForge'],
    ['This summary was generated with AI from an article written by ProPublica.', null],
    ['This article was produced with the help of AI tools.', null],
    ['Maya Chen is an AI reporter at the Ledger.', null],
    ['Maya Chen is an AI reporter who has covered chips for a decade.', null],
    ["PriceWatch is ChainWire Daily's automated markets writer. It turns price data into updates.", 'PriceWatch'],
    ["Amy Smith is the Gazette's AI reporter.", null],
    ["Puck Bot is an artificial-intelligence program that writes a recap of every Ice Hawks game.", 'Puck Bot'],
    ['Puck Bot is an AI program.', null],
    ['This story was produced automatically by Ledgerline, a natural-language generation system, from earnings data.', 'Ledgerline'],
  ])('in %j it is %j', (text, name) => {
    expect(namedGenerator(text)).toBe(name);
  });

  it('does not read the next line of another notice as the generator', () => {
    const report = analyzeHtml(articlePage('<div class="note"><p>This article was produced with the help of AI tools.<br>Charts produced by DataWrapper staff.</p></div>'));
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'assisted', system: null })]);
  });

  it('reads a credit box whose wording is in title case', () => {
    const report = analyzeHtml(articlePage('<div class="credit"><span>Story Generated By</span><br><span>StoryForge</span></div>'));
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'generated', system: 'StoryForge' })]);
  });

  it.each([
    'This content was produced by Scale AI.',
    'Content generated by community contributors',
    'Our stories are never written by AI. They are reported by our journalists.',
    'This story was written by a computer programmer who has covered city hall for a decade.',
    'This fake article was written by ChatGPT and posted to a site made to look like the Gazette.',
  ])('finds no notice in %j', (text) => {
    const report = analyzeHtml(articlePage(`<p>${text}</p>`));
    expect(report.aiDisclosures).toEqual([]);
    expect(report.verdict).toBe('no-disclosure');
  });

  it('reads that people checked a notice in Japanese, Chinese and Korean, where words have no spaces between them', () => {
    const checked = [
      ['ja', 'この記事はAIを使用して作成し、編集部が確認しました。'],
      ['zh', '本文由AI生成，经编辑审核后发布。'],
      ['ko', '이 기사는 AI를 활용해 작성됐으며 편집자가 검토했습니다.'],
    ];
    for (const [lang, notice] of checked) {
      const report = analyzeHtml(articlePage(`<p>${notice}</p>`).replace('lang="en"', `lang="${lang}"`));
      expect([lang, report.aiDisclosures[0]?.humanReviewed]).toEqual([lang, true]);
    }
    const unchecked = analyzeHtml(articlePage('<p>本文由AI生成。</p>').replace('lang="en"', 'lang="zh"'));
    expect(unchecked.aiDisclosures[0]?.humanReviewed).toBe(false);
  });

  it('reports the named system and no byline contradiction for a desk byline', () => {
    const html = articlePage('<p>Esta notícia foi escrita por inteligência artificial e revisada pela editora Juliana Prado.</p>').replace('lang="en"', 'lang="pt"');
    const report = analyzeHtml(html.replace('<h1>Council passes budget</h1>', '<h1>Council passes budget</h1><p class="byline">Por <a rel="author" href="/autor/redacao">Redação</a></p>'));
    expect(report.credits.map((c) => c.name)).toContain('Redação');
    expect(report.aiDisclosures[0]).toMatchObject({ level: 'generated', reviewedBy: 'Juliana Prado', humanReviewed: true });
    expect(report.warnings.map((w) => w.kind)).not.toContain('byline-contradicts-notice');
  });
});
