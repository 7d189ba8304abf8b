// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeHtml, readFixture } from '../helpers';

/** The page the product exists for: a Benzinga Neuro article republished by a WordPress autoblog. */
describe('the seed page: Benzinga Neuro article on a WordPress autoblog', () => {
  const report = analyzeHtml(
    readFixture('benzinga-neuro-republished'),
    'https://marketwiredaily.example/2024/01/us-reportedly-shared-advanced-intel-with-iran-on-isis-attack-that-killed-84-civilians-officials/',
  );

  it('is an AI-generated article', () => {
    expect(report.isArticle).toBe(true);
    expect(report.verdict).toBe('ai-generated');
  });

  it('credits Benzinga Neuro as an AI system and Navdeep Yadav as a human editor', () => {
    expect(report.credits).toContainEqual(expect.objectContaining({ name: 'Benzinga Neuro', role: 'ai-system', isAI: true, publisher: 'Benzinga' }));
    expect(report.credits).toContainEqual(expect.objectContaining({ name: 'Navdeep Yadav', role: 'editor', isAI: false }));
  });

  it('does not take the autoblog\'s "by admin" for an author', () => {
    expect(report.credits.map((c) => c.name.toLowerCase())).not.toContain('admin');
    expect(report.credits.filter((c) => c.role === 'author')).toEqual([]);
  });

  it('reads the notice split across lines as one disclosure, with system, model and editor', () => {
    expect(report.aiDisclosures).toHaveLength(1);
    const [notice] = report.aiDisclosures;
    expect(notice).toMatchObject({ level: 'generated', scope: 'article', system: 'Benzinga Neuro', model: 'GPT-4', reviewedBy: 'Navdeep Yadav', kind: 'notice' });
    expect(notice?.text).toMatch(/^Engineered by Benzinga Neuro, Edited by Navdeep Yadav The GPT-4-based Benzinga Neuro content generation system/);
    expect(notice?.location?.paths.length).toBeGreaterThan(0);
  });

  it('finds the original on benzinga.com through the "this site" link', () => {
    expect(report.republication).toMatchObject({
      isRepublished: true,
      originalUrl: 'https://www.benzinga.com/news/24/01/36712345/us-reportedly-shared-advanced-intel-with-iran-on-isis-attack-that-killed-84-civilians-officials',
      originalPublisher: 'Benzinga',
    });
    expect(report.republication.signals[0]).toMatchObject({ kind: 'originally-published', text: 'This post was originally published on this site' });
  });

  it('warns that this is a republished copy of AI-generated content, with the notice only at the end', () => {
    const kinds = report.warnings.map((w) => w.kind);
    expect(kinds).toEqual(expect.arrayContaining(['republished-copy', 'ai-content-republished', 'notice-far-from-byline']));
  });

  it('reports no chatbot leftovers and no failed detectors', () => {
    expect(report.aiLeftovers).toEqual([]);
    expect(report.errors).toEqual([]);
  });
});
