import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { BADGE_GATE_CSS, clearLeftoverMarks, PageMarks } from '@/entrypoints/content/page-marks';
import { elementPath } from '@/utils/analysis/dom-paths';
import { makeReport } from './report-fixtures';

const MARK = 'data-provenance-lens-notice';

function reportFor(...els: Element[]) {
  return makeReport({
    verdict: 'ai-assisted',
    aiDisclosures: [
      {
        level: 'assisted',
        scope: 'article',
        system: null,
        model: null,
        reviewedBy: null,
        humanReviewed: true,
        text: 'Written with the help of AI tools.',
        kind: 'notice',
        rule: 'r',
        language: 'en',
        location: { paths: els.map(elementPath), position: 0.9 },
      },
    ],
  });
}

describe('page marks', () => {
  beforeEach(() => {
    const element = (tag: string, text: string, attrs: Record<string, string> = {}) => {
      const el = document.createElement(tag);
      el.textContent = text;
      for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
      return el;
    };
    document.body.replaceChildren(
      element('h1', 'Title'),
      element('p', 'Written with the help', { id: 'a', style: 'color: red' }),
      element('p', 'of AI tools.', { id: 'b' }),
    );
  });

  it('outlines a notice with an attribute only, never an inline style that would outlive the extension', () => {
    const a = document.getElementById('a') as HTMLElement;
    const b = document.getElementById('b') as HTMLElement;
    const marks = new PageMarks(document, reportFor(a, b));
    marks.highlight();
    expect([a.hasAttribute(MARK), b.hasAttribute(MARK)]).toEqual([true, true]);
    expect([a.getAttribute('style'), b.getAttribute('style')]).toEqual(['color: red', null]);
    marks.unhighlight();
    expect(document.querySelectorAll(`[${MARK}]`)).toHaveLength(0);
    expect(a.getAttribute('style')).toBe('color: red');
  });

  it('clears marks an older copy of the script left behind', () => {
    document.getElementById('b')?.setAttribute(MARK, '');
    document.getElementById('a')?.setAttribute('data-provenance-lens-flash', '');
    clearLeftoverMarks(document);
    expect(document.querySelectorAll(`[${MARK}], [data-provenance-lens-flash]`)).toHaveLength(0);
  });
});

describe('the manifest stylesheet draws the marks', () => {
  const marksCss = fs.readFileSync('entrypoints/content/marks.css', 'utf8');

  it('sets the variable the badge host needs to show, and outlines marked notices', () => {
    const variable = /var\((--[\w-]+), none\)/.exec(BADGE_GATE_CSS)?.[1];
    expect(variable).toBeDefined();
    expect(marksCss).toMatch(new RegExp(`provenance-lens-badge\\s*\\{\\s*${variable}:\\s*block !important;`));
    expect(marksCss).toMatch(/\[data-provenance-lens-notice\]\s*\{\s*outline:/);
  });
});
