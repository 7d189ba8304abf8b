import type { ProvenanceReport } from '@/utils/analysis/types';
import { httpUrl } from '@/utils/extension/links';
import { noteLines } from '@/utils/extension/report-notes';
import { badgeChips, explanation, headline, republicationLine, roleLabel } from '@/utils/wording';
import { MARK_CIRCLE, MARK_HANDLE, MARK_VIEWBOX } from './product-mark-shape';

/**
 * The badge by the headline: one chip per finding, a button that opens a small card with the
 * quoted notice, the credits and the original link.
 *
 * Built with plain DOM calls, not Preact like the popup: the content script loads on every page,
 * and a virtual DOM for one button and one card cost a tenth of its size (issue 5 caps it at 60 KB
 * gzipped). Page text goes in as text nodes only (textContent), never as markup.
 */
export function mountInlineBadge(container: HTMLElement, report: ProvenanceReport, onShowNotice?: (index: number) => boolean): () => void {
  const root = el('div', { class: 'pl-badge' });
  const toggle = el('button', {
    type: 'button',
    class: 'pl-toggle',
    'aria-expanded': 'false',
    'aria-controls': 'pl-card',
    title: 'Provenance Lens: what this page discloses about how it was made',
  });
  toggle.append(productMark());
  for (const chip of badgeChips(report)) toggle.append(el('span', { class: `pl-chip pl-${chip.kind}`, 'data-kind': chip.kind }, chip.text));
  root.append(toggle);

  let card: HTMLElement | null = null;
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    card?.remove();
    card = open ? detailsCard(report, onShowNotice, close) : null;
    if (card) root.append(card);
  };
  function close() {
    setOpen(false);
    toggle.focus();
  }
  const onToggle = () => setOpen(card === null);
  // Escape closes the card and gives focus back to the badge.
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && card) close();
  };
  toggle.addEventListener('click', onToggle);
  root.addEventListener('keydown', onKey);
  container.append(root);
  return () => {
    toggle.removeEventListener('click', onToggle);
    root.removeEventListener('keydown', onKey);
    root.remove();
  };
}

function detailsCard(report: ProvenanceReport, onShowNotice: ((index: number) => boolean) | undefined, close: () => void): HTMLElement {
  const card = el('section', { id: 'pl-card', class: 'pl-card', 'aria-label': 'Provenance details' });
  card.append(el('p', { class: 'pl-headline' }, headline(report)), el('p', { class: 'pl-explain' }, explanation(report)));
  for (const line of noteLines(report)) card.append(el('p', { class: 'pl-explain pl-note', 'data-testid': 'check-note' }, line));
  report.aiDisclosures.forEach((d, i) => {
    const figure = el('figure', { class: 'pl-notice' }, el('blockquote', {}, d.text));
    if (d.location && onShowNotice) {
      const show = linkButton('Show on page', () => {
        // The page may have removed the notice since it was read: say so rather than do nothing.
        if (!onShowNotice(i)) {
          show.textContent = 'No longer on the page';
          show.disabled = true;
        }
      });
      figure.append(show);
    }
    card.append(figure);
  });
  if (report.credits.length > 0) {
    const list = el('ul', { class: 'pl-credits', 'aria-label': 'Credits' });
    for (const c of report.credits) list.append(el('li', {}, `${c.name} `, el('span', { class: 'pl-role' }, `— ${roleLabel(c)}`)));
    card.append(list);
  }
  const repub = republicationLine(report);
  if (repub) {
    const line = el('p', { class: 'pl-repub' }, repub);
    // Only an http(s) address is shown or opened, with its real destination as its text.
    const original = httpUrl(report.republication.originalUrl);
    if (original) line.append(': ', el('a', { href: original, target: '_blank', rel: 'noopener noreferrer' }, original));
    card.append(line);
  }
  card.append(linkButton('Close', close));
  return card;
}

function linkButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'pl-link' }, text);
  button.addEventListener('click', () => onClick());
  return button;
}

/** The small lens mark (the popup's ProductMark), so readers can tell our badge from the site's own labels. Decorative. */
function productMark(): SVGSVGElement {
  const svg = svgElement('svg', { width: '14', height: '14', viewBox: MARK_VIEWBOX, 'aria-hidden': 'true', focusable: 'false', class: 'mark' });
  svg.append(svgElement('circle', MARK_CIRCLE), svgElement('path', MARK_HANDLE));
  return svg;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string>>): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** An element with attributes and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
