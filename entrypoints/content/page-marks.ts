import { elementAtPath } from '@/utils/analysis/dom-paths';
import type { ProvenanceReport } from '@/utils/analysis/types';

/**
 * The publisher's notices in the page: resolved to elements right after the analysis (before our
 * badge is inserted, which would shift element indexes), outlined when the user wants it, and
 * flashed by "Show on page". Outlines take no layout space, so the page never moves.
 */
const MARK = 'data-provenance-lens-notice';
const OUTLINE = '2px dashed rgba(109, 40, 217, 0.75)';

export class PageMarks {
  /** JSON of a path → the element it pointed to at analysis time. */
  private readonly byPath = new Map<string, Element>();
  /** Notice index → its elements. */
  private readonly notices: Element[][] = [];
  private readonly saved = new Map<HTMLElement, { outline: string; offset: string }>();

  constructor(doc: Document, report: ProvenanceReport) {
    for (const d of report.aiDisclosures) {
      const els: Element[] = [];
      for (const path of d.location?.paths ?? []) {
        const el = elementAtPath(doc, path);
        if (el) {
          this.byPath.set(JSON.stringify(path), el);
          els.push(el);
        }
      }
      this.notices.push(els);
    }
  }

  highlight(): void {
    for (const el of this.notices.flat()) {
      if (!(el instanceof HTMLElement) || this.saved.has(el)) continue;
      this.saved.set(el, { outline: el.style.outline, offset: el.style.outlineOffset });
      el.style.outline = OUTLINE;
      el.style.outlineOffset = '3px';
      el.setAttribute(MARK, '');
    }
  }

  unhighlight(): void {
    for (const [el, prev] of this.saved) {
      el.style.outline = prev.outline;
      el.style.outlineOffset = prev.offset;
      el.removeAttribute(MARK);
      if (!el.getAttribute('style')) el.removeAttribute('style');
    }
    this.saved.clear();
  }

  noticeElements(index: number): Element[] {
    return this.notices[index] ?? [];
  }

  showNotice(index: number): boolean {
    return flash(this.notices[index] ?? []);
  }

  showPaths(paths: readonly number[][]): boolean {
    const els = paths.map((p) => this.byPath.get(JSON.stringify(p))).filter((el): el is Element => !!el?.isConnected);
    return flash(els);
  }
}

function flash(elements: Element[]): boolean {
  const els = elements.filter((el) => el.isConnected);
  const first = els[0];
  if (!first) return false;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  first.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  for (const el of els) {
    el.setAttribute('data-provenance-lens-flash', '');
    // The Web Animations API changes nothing permanently and needs no stylesheet in the page.
    const anim = el.animate?.(
      [{ boxShadow: '0 0 0 4px rgba(109, 40, 217, 0.9)' }, { boxShadow: '0 0 0 4px rgba(109, 40, 217, 0)' }],
      { duration: reduce ? 1 : 900, iterations: reduce ? 1 : 2 },
    );
    const done = () => el.removeAttribute('data-provenance-lens-flash');
    if (anim) anim.onfinish = done;
    else done();
  }
  return true;
}
