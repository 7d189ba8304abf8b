/**
 * The article's main text, for "is this the same article?" (MinHash in utils/analysis/similarity.ts).
 * A small, Readability-like pick of the element holding most of the paragraph text, then its text
 * without navigation, forms and scripts. The same function runs on the live copy (in the content
 * script) and on the fetched original (in the popup), so both sides are cut the same way.
 * It only reads the document; it never changes it.
 */

/** Subtrees that are never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'header', 'form', 'button', 'select',
  'textarea', 'iframe', 'svg', 'canvas', 'video', 'audio', 'object', 'provenance-lens-badge',
]);
/** A paragraph shorter than this is a caption, a label or a button, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** Paragraphs looked at, and characters kept: enough for any article, bounded for a hostile page. */
const MAX_PARAGRAPHS = 5000;
export const MAX_MAIN_TEXT_CHARS = 200_000;

function skipped(el: Element, stopAt: Element | null): boolean {
  for (let node: Element | null = el; node && node !== stopAt; node = node.parentElement) {
    if (SKIP.has(node.localName)) return true;
  }
  return false;
}

/** The element whose paragraphs (and its children's, at half weight) hold the most text. */
export function mainElement(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const paragraphs = body.querySelectorAll('p, pre, blockquote');
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    if (skipped(p, body)) continue;
    const length = (p.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? body;
}

/** The text of the main element, one space between text nodes, whitespace collapsed. */
export function mainText(doc: Document): string {
  const root = mainElement(doc);
  if (!root) return '';
  const parts: string[] = [];
  let total = 0;
  // Iterative (a TreeWalker), so a deeply nested page cannot overflow the stack.
  const walker = (root.ownerDocument ?? doc).createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && SKIP.has((node as Element).localName) ? 2 /* REJECT: skip the subtree */ : 1),
  });
  for (let node = walker.nextNode(); node && total < MAX_MAIN_TEXT_CHARS; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    parts.push(text);
    total += text.length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_MAIN_TEXT_CHARS);
}
