import type { ProvenanceReport } from '@/utils/analysis/types';

/**
 * Where the inline badge goes: right after the article's headline, else after its byline, else
 * before the publisher's notice. Never inside the text, so it covers nothing.
 */
const HEADLINE_SELECTORS = ['article h1', 'main h1', '[itemprop="headline"]', 'h1.entry-title', 'h1'];
const BYLINE_SELECTORS = ['[rel="author"]', '[itemprop="author"]', '.byline', '.author'];

function norm(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function visible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

export function findAnchor(doc: Document, report: ProvenanceReport, noticeElements: Element[]): { el: Element; append: 'after' | 'before' } | null {
  const title = norm(report.title);
  const h1s = [...doc.querySelectorAll('h1')].filter(visible);
  const matching = title ? h1s.find((h) => {
    const t = norm(h.textContent);
    return t.length > 0 && (title.includes(t) || t.includes(title));
  }) : undefined;
  if (matching) return { el: matching, append: 'after' };
  for (const sel of HEADLINE_SELECTORS) {
    const el = [...doc.querySelectorAll(sel)].find(visible);
    if (el) return { el, append: 'after' };
  }
  for (const sel of BYLINE_SELECTORS) {
    const el = [...doc.querySelectorAll(sel)].find(visible);
    // A byline is often an inline link: put the badge after its block.
    if (el) return { el: el.closest('p, div, li, header, section') ?? el, append: 'after' };
  }
  const notice = noticeElements.find((el) => el.isConnected);
  return notice ? { el: notice, append: 'before' } : null;
}
