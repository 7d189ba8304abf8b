// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analysis/analyze';
import { archiveLink, compareWithOriginal } from '../../utils/analysis/compare-original';
import { signature } from '../../utils/analysis/similarity';
import { parseHtml } from '../../cli/load-document';
import { NO_BUDGET, readFixture } from '../helpers';

const COPY_URL = 'https://marketwiredaily.example/2024/01/us-reportedly/';
const ORIGINAL_URL = 'https://www.benzinga.com/news/24/01/36712345/us-reportedly';

function analyse(html: string, url: string) {
  const doc = parseHtml(html, url);
  const report = analyzeDocument(doc, url, NO_BUDGET);
  return { report, sig: signature(doc.body?.textContent ?? '') };
}

const seed = readFixture('benzinga-neuro-republished');
/** The original as Benzinga prints it: the same story, with the Neuro credit box. */
const original = seed.replace(/<p><a href="https:\/\/www\.benzinga\.com\/news[^"]*"[^>]*>This post was originally published on this site<\/a><\/p>/, '');
/** A content farm's copy that dropped the credit box. */
const strippedCopy = seed.replace(/<div class="author-credit">[\s\S]*?<\/div>/, '');

describe('checking a republished copy against its original', () => {
  it('warns when the original discloses AI and the copy dropped the notice', () => {
    const copy = analyse(strippedCopy, COPY_URL);
    const orig = analyse(original, ORIGINAL_URL);
    expect(copy.report.verdict).toBe('no-disclosure');
    const result = compareWithOriginal(copy.report, copy.sig, orig.report, orig.sig, ORIGINAL_URL);
    expect(result.sameArticle).toBe(true);
    expect(result.warnings).toEqual([{ kind: 'original-discloses-ai', message: 'The original discloses AI generation by Benzinga Neuro; this copy does not show it.' }]);
  });

  it('has nothing to say about a faithful copy', () => {
    const copy = analyse(seed, COPY_URL);
    const orig = analyse(original, ORIGINAL_URL);
    const result = compareWithOriginal(copy.report, copy.sig, orig.report, orig.sig, ORIGINAL_URL);
    expect(result.sameArticle).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('says so when the original address holds a different article', () => {
    const copy = analyse(seed, COPY_URL);
    const other = analyse('<html><body><article><h1>Other</h1><p>Bitcoin rose on Tuesday as traders weighed fresh inflation data and comments from central bank officials about the path of interest rates this year.</p></article></body></html>', ORIGINAL_URL);
    const result = compareWithOriginal(copy.report, copy.sig, other.report, other.sig, ORIGINAL_URL);
    expect(result.sameArticle).toBe(false);
    expect(result.warnings.map((w) => w.kind)).toEqual(['not-same-article']);
  });

  it('links to archived copies only for http(s) addresses', () => {
    expect(archiveLink(ORIGINAL_URL)).toBe(`https://web.archive.org/web/*/${ORIGINAL_URL}`);
    expect(archiveLink('javascript:alert(1)')).toBeNull();
  });
});
