import type { ProvenanceReport } from '@/utils/analysis/types';
import { analyzeHtml, readFixture } from '../helpers';

export const SEED_URL = 'https://marketwiredaily.example/2024/01/us-reportedly-shared-advanced-intel-with-iran-on-isis-attack-that-killed-84-civilians-officials/';

/** The seed page's real report, from the core. */
export function seedReport(): ProvenanceReport {
  return analyzeHtml(readFixture('benzinga-neuro-republished'), SEED_URL);
}

/** A small hand-made report; `patch` overrides fields. */
export function makeReport(patch: Partial<ProvenanceReport> = {}): ProvenanceReport {
  return {
    url: 'https://news.example/story',
    isArticle: true,
    title: 'Story',
    siteName: null,
    lang: 'en',
    publishedTime: null,
    verdict: 'no-disclosure',
    credits: [],
    aiDisclosures: [],
    aiLeftovers: [],
    humanDeclarations: [],
    republication: { isRepublished: false, originalUrl: null, originalPublisher: null, signals: [] },
    warnings: [],
    errors: [],
    timings: { totalMs: 1, pausedMs: 0, readabilityMs: 0, textIndexMs: 1, detectorsMs: {} },
    ...patch,
  };
}
