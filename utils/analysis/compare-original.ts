import { nameKey } from './names';
import { SAME_ARTICLE_THRESHOLD, similarity, type TextSignature } from './similarity';
import type { AiDisclosure, ProvenanceReport } from './types';
import { httpUrl } from './urls';

/**
 * A republished copy next to its original: is it the same article, and did the copy keep what
 * the original says about AI and authorship? Pure: the caller fetches and analyses the original.
 */

export type OriginalWarningKind = 'original-discloses-ai' | 'different-author' | 'not-same-article';

export interface OriginalComparison {
  originalUrl: string;
  /** Estimated share of five-word runs the two main texts have in common, 0..1. */
  similarity: number;
  sameArticle: boolean;
  original: {
    title: string | null;
    authors: string[];
    publishedTime: string | null;
    verdict: ProvenanceReport['verdict'];
    aiDisclosures: AiDisclosure[];
  };
  warnings: Array<{ kind: OriginalWarningKind; message: string }>;
}

const AI_VERDICTS = new Set(['ai-generated', 'ai-assisted', 'ai-media']);
const VERB: Record<string, string> = { 'ai-generated': 'AI generation', 'ai-assisted': 'AI assistance', 'ai-media': 'AI-made images' };

export function compareWithOriginal(
  copy: ProvenanceReport,
  copySignature: TextSignature,
  original: ProvenanceReport,
  originalSignature: TextSignature,
  originalUrl: string,
): OriginalComparison {
  const score = Math.round(similarity(copySignature, originalSignature) * 100) / 100;
  const sameArticle = score >= SAME_ARTICLE_THRESHOLD;
  const authors = (r: ProvenanceReport) => r.credits.filter((c) => c.role === 'author' || c.role === 'ai-system').map((c) => c.name);
  const warnings: OriginalComparison['warnings'] = [];

  if (!sameArticle) {
    warnings.push({ kind: 'not-same-article', message: `The page at the original address does not look like the same article (similarity ${score.toFixed(2)}).` });
  } else {
    if (AI_VERDICTS.has(original.verdict) && !copyShows(copy, original)) {
      const by = original.aiDisclosures.find((d) => d.system)?.system ?? original.aiDisclosures.find((d) => d.model)?.model;
      warnings.push({
        kind: 'original-discloses-ai',
        message: `The original discloses ${VERB[original.verdict]}${by ? ` by ${by}` : ''}; this copy does not show it.`,
      });
    }
    const copyAuthors = authors(copy);
    const originalAuthors = authors(original);
    if (copyAuthors.length > 0 && originalAuthors.length > 0 && !copyAuthors.some((a) => originalAuthors.some((b) => nameKey(a) === nameKey(b)))) {
      warnings.push({ kind: 'different-author', message: `The copy credits ${copyAuthors.join(', ')}; the original credits ${originalAuthors.join(', ')}.` });
    }
  }
  return {
    originalUrl,
    similarity: score,
    sameArticle,
    original: { title: original.title, authors: authors(original), publishedTime: original.publishedTime, verdict: original.verdict, aiDisclosures: original.aiDisclosures },
    warnings,
  };
}

/** The copy shows the original's disclosure when it carries one at least as strong. */
function copyShows(copy: ProvenanceReport, original: ProvenanceReport): boolean {
  const rank = { 'ai-generated': 3, 'ai-assisted': 2, 'ai-media': 1, 'no-disclosure': 0, 'not-article': 0 } as const;
  return rank[copy.verdict] >= rank[original.verdict];
}

/** The Wayback Machine's list of archived copies: a link for the reader, never a request of ours. */
export function archiveLink(originalUrl: string): string | null {
  const url = httpUrl(originalUrl);
  return url ? `https://web.archive.org/web/*/${url}` : null;
}
