// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeHtml, articlePage } from '../helpers';

const ld = (obj: object) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('machine-readable AI signals', () => {
  it('reads IPTC trainedAlgorithmicMedia on the article as AI-generated', () => {
    const report = analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia' })));
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'generated', scope: 'article', kind: 'structured' })]);
    expect(report.verdict).toBe('ai-generated');
  });

  it('reads the schema.org form on an image as AI media only', () => {
    const report = analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', image: { '@type': 'ImageObject', url: 'https://x.example/a.jpg', digitalSourceType: 'https://schema.org/TrainedAlgorithmicMediaDigitalSource' } })));
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'media', scope: 'image' })]);
    expect(report.verdict).toBe('ai-media');
  });

  it('ignores a photo from a camera (digitalCapture)', () => {
    const report = analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', image: { '@type': 'ImageObject', digitalSourceType: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture' } })));
    expect(report.aiDisclosures).toEqual([]);
  });

  it('reads <meta name="ai-disclosure"> and the ai-disclosure attribute', () => {
    expect(analyzeHtml(articlePage('', '<meta name="ai-disclosure" content="ai-generated">')).verdict).toBe('ai-generated');
    const part = analyzeHtml(articlePage('<aside ai-disclosure="ai-generated" ai-model="gpt-4o"><p>Summary of the story.</p></aside>'));
    expect(part.aiDisclosures).toEqual([expect.objectContaining({ level: 'assisted', scope: 'part', model: 'GPT-4o' })]);
  });

  it('reads an article author that is software as the AI that wrote it', () => {
    const author = { '@type': 'SoftwareApplication', name: 'MarketScribe NLG', applicationCategory: 'Natural Language Generation' };
    const report = analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', author })));
    expect(report.aiDisclosures).toEqual([expect.objectContaining({ level: 'generated', scope: 'article', kind: 'structured', system: 'MarketScribe NLG' })]);
    expect(report.verdict).toBe('ai-generated');
  });

  it('does not take software named elsewhere in the markup, or a person, for the author', () => {
    const review = { '@type': 'Review', headline: 'x', author: { '@type': 'Person', name: 'Jane Doe' }, itemReviewed: { '@type': 'SoftwareApplication', name: 'Photo Editor Pro' } };
    expect(analyzeHtml(articlePage('', ld(review))).verdict).toBe('no-disclosure');
    const app = { '@type': 'WebPage', name: 'x', author: { '@type': 'SoftwareApplication', name: 'Site Builder' } };
    expect(analyzeHtml(articlePage('', ld(app))).verdict).toBe('no-disclosure');
  });

  it('reads a creativeWorkStatus that names AI, and no other status', () => {
    expect(analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', creativeWorkStatus: 'AI-generated' }))).verdict).toBe('ai-generated');
    expect(analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', creativeWorkStatus: 'AI-assisted' }))).verdict).toBe('ai-assisted');
    expect(analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', creativeWorkStatus: 'Published' }))).verdict).toBe('no-disclosure');
    expect(analyzeHtml(articlePage('', ld({ '@type': 'NewsArticle', headline: 'x', creativeWorkStatus: 'generated' }))).verdict).toBe('no-disclosure');
  });

  it('reports a human-authorship declaration, and does not call it AI', () => {
    const report = analyzeHtml(articlePage('', '<meta name="ai-content-declaration" content="Human-authored, fact-checked, and regularly updated.">'));
    expect(report.humanDeclarations).toEqual([expect.objectContaining({ source: 'meta[name=ai-content-declaration]' })]);
    expect(report.verdict).toBe('no-disclosure');
  });
});
