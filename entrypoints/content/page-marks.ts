import { elementAtPath } from '@/utils/analysis/dom-paths';
import type { ProvenanceReport } from '@/utils/analysis/types';

/**
 * The publisher's notices in the page: resolved to elements right after the analysis (before our
 * badge is inserted, which would shift element indexes), outlined when the user wants it, and
 * flashed by "Show on page". The outline itself is drawn by marks.css, the manifest stylesheet, so
 * it goes with the extension even where the browser ends this script without a word (Firefox).
 */
const MARK = 'data-provenance-lens-notice';
const FLASH = 'data-provenance-lens-flash';

/**
 * Appended to the badge's shadow styles: the host is hidden unless marks.css sets the variable. An
 * `!important` :host rule outranks every rule outside the shadow root, and `all: initial` leaves
 * custom properties alone, so a variable is the one way in from outside.
 */
export const BADGE_GATE_CSS = ':host { display: var(--provenance-lens-badge-display, none) !important; }';

/** Marks an older copy of this script left in the page (its sandbox was destroyed before it could clean up). */
export function clearLeftoverMarks(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${MARK}], [${FLASH}]`)) {
    el.removeAttribute(MARK);
    el.removeAttribute(FLASH);
  }
}

export class PageMarks {
  /** JSON of a path → the element it pointed to at analysis time. */
  private readonly byPath = new Map<string, Element>();
  /** Notice index → its elements. */
  private readonly notices: Element[][] = [];
  private readonly marked = new Set<Element>();

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
      if (this.marked.has(el)) continue;
      this.marked.add(el);
      el.setAttribute(MARK, '');
    }
  }

  unhighlight(): void {
    for (const el of this.marked) el.removeAttribute(MARK);
    this.marked.clear();
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
    el.setAttribute(FLASH, '');
    // The Web Animations API changes nothing permanently and needs no stylesheet in the page.
    const anim = el.animate?.(
      [{ boxShadow: '0 0 0 4px rgba(109, 40, 217, 0.9)' }, { boxShadow: '0 0 0 4px rgba(109, 40, 217, 0)' }],
      { duration: reduce ? 1 : 900, iterations: reduce ? 1 : 2 },
    );
    const done = () => el.removeAttribute(FLASH);
    if (anim) anim.onfinish = done;
    else done();
  }
  return true;
}
