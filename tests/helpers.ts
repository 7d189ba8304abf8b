import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeDocument } from '../utils/analysis/analyze';
import type { ProvenanceReport } from '../utils/analysis/types';
import { parseHtml } from '../cli/load-document';

export const FIXTURES_DIR = path.resolve(__dirname, 'fixtures');

/**
 * Tests pin down what the analysis finds, not how fast a loaded CI machine finds it, so they lift
 * the content script's time budget (tests/robustness checks the budget itself).
 */
export const NO_BUDGET = { budgetMs: 120_000 };

/** Analyse an HTML string as the page at `url`, with the same DOM (jsdom) the CLI uses. */
export function analyzeHtml(html: string, url = 'https://news.example/2024/01/story/'): ProvenanceReport {
  return analyzeDocument(parseHtml(html, url), url, NO_BUDGET);
}

/** A minimal article page around the given body HTML: enough text for Readability to call it an article. */
export function articlePage(body: string, head = ''): string {
  const filler = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the council's budget, the schools and the new bridge, with quotes from residents and officials who spoke at length.</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>Council passes budget</title>${head}</head><body><article><h1>Council passes budget</h1>${filler}${body}</article></body></html>`;
}

export function readFixture(slug: string): string {
  return readFileSync(path.join(FIXTURES_DIR, slug, 'source.html'), 'utf8');
}
