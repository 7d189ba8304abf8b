/**
 * The page's visible text as one string, with block boundaries as "\n", and a map back from
 * every character to the DOM. Phrase rules run over this string, so a notice split across
 * elements and line breaks ("Engineered by<br><a>Benzinga Neuro</a>, Edited by ...") reads as
 * one run of text, and every match can still be traced to the elements that hold it.
 */

/** Subtrees whose text a reader never sees as prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SELECT', 'TEXTAREA', 'HEAD', 'VIDEO', 'AUDIO', 'PICTURE', 'MAP',
]);

/** Elements that start a new line of text. Everything else is inline. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR',
]);

/** Bound on the text we index: enough for any article, and a 10 MB page cannot stall us. */
export const MAX_INDEXED_CHARS = 1_500_000;
/** Bound on the nodes we visit, for the same reason. */
export const MAX_VISITED_NODES = 200_000;
/** Bound on the blocks one stretch of text is traced to (a location lists at most this many paths). */
export const MAX_BLOCKS_PER_RANGE = 50;

export interface TextIndex {
  /** Visible text, whitespace collapsed, "\n" between blocks. */
  readonly text: string;
  /** Start offset in `text` of each indexed text node. */
  readonly starts: number[];
  readonly nodes: Text[];
  /**
   * Offsets of the "\n"s that end a block element, ascending. The others come from <br>: a
   * paragraph broken into lines is still one paragraph to quote.
   */
  readonly blockEnds: number[];
  /** True when the page was larger than the bounds and only its start was indexed. */
  readonly truncated: boolean;
}

const WHITESPACE = /[\s\u00a0\u200b]+/g;

/**
 * Attributes a reader sees as a tooltip: an "i" icon by the byline may hold the page's only notice in its
 * title ("This forecast is written automatically by software …"). Indexed as a line of its own after the
 * element's text, when it says more than the element shows.
 */
const TOOLTIP_SELECTOR = '[title], [aria-label], [aria-description], [data-tooltip], [data-tippy-content], [data-original-title], [data-tip]';
const TOOLTIP_ATTRIBUTES = ['title', 'aria-label', 'aria-description', 'data-tooltip', 'data-tippy-content', 'data-original-title', 'data-tip'];
/** Shorter tooltips are labels ("Share", "Close menu"), not notices. */
const MIN_TOOLTIP_CHARS = 40;
/** Bounds on the elements looked at and the tooltips kept: a page of titled links must not cost a walk of its own. */
const MAX_TOOLTIP_ELEMENTS = 400;
const MAX_TOOLTIPS = 20;
const MAX_TOOLTIP_CHARS = 1_000;

export interface TextIndexOptions {
  /** Says whether a tooltip's text is worth indexing (the caller's trigger words); without it none is. */
  tooltip?: (text: string) => boolean;
}

/** How many nodes the walk visits between two looks at the clock. */
const CLOCK_EVERY = 1024;

/**
 * Index the visible text under `root`. Stops early, with `truncated` set, past the size bounds
 * or once `expired()` says the analysis' time budget has run out. Node properties are read
 * defensively: a page can break a getter, and one broken node must not cost the whole page.
 */
export function buildTextIndex(root: Element | null, expired?: () => boolean, options: TextIndexOptions = {}): TextIndex {
  const tooltips = options.tooltip && root ? tooltipsUnder(root, options.tooltip) : null;
  const parts: string[] = [];
  const starts: number[] = [];
  const nodes: Text[] = [];
  const blockEnds: number[] = [];
  let length = 0;
  let lastChar = '\n';
  let visited = 0;
  let truncated = false;

  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1] ?? lastChar;
  };
  const newline = (endsBlock: boolean) => {
    if (lastChar !== '\n') push('\n');
    if (endsBlock && blockEnds[blockEnds.length - 1] !== length - 1) blockEnds.push(length - 1);
  };

  // Iterative walk: a 10,000-deep page must not overflow the stack.
  const stack: Array<Node | string | null> = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      newline(true); // end of a block
      continue;
    }
    if (node === undefined) break;
    if (typeof node === 'string') {
      // A tooltip's text, after its element's own: a block of its own to quote, traced to the text before it.
      newline(true);
      push(node);
      newline(true);
      continue;
    }
    if (++visited > MAX_VISITED_NODES || length > MAX_INDEXED_CHARS || (visited % CLOCK_EVERY === 0 && expired?.())) {
      truncated = true;
      break;
    }
    let type: unknown;
    try {
      type = node.nodeType;
    } catch {
      continue;
    }
    if (type === 3) {
      let raw: unknown;
      try {
        raw = node.nodeValue;
      } catch {
        continue;
      }
      if (typeof raw !== 'string' || raw.length === 0) continue;
      // One text node cannot blow the bound on its own: index its start, and stop there.
      const room = MAX_INDEXED_CHARS - length + 1;
      const cut = raw.length > room;
      let s = (cut ? raw.slice(0, room) : raw).replace(WHITESPACE, ' ');
      if (lastChar === '\n' || lastChar === ' ') s = s.replace(/^ /, '');
      if (s.length > 0) {
        starts.push(length);
        nodes.push(node as Text);
        push(s);
      }
      if (cut) {
        truncated = true;
        break;
      }
      continue;
    }
    if (type !== 1) continue;
    const tag = tagOf(node as Element);
    if (tag === null || SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      newline(false);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      newline(true);
      stack.push(null);
    }
    const tooltip = tooltips?.get(node as Element);
    if (tooltip !== undefined) stack.push(tooltip);
    // Children through firstChild/nextSibling: no NodeList (in jsdom a live list behind a Proxy,
    // several times slower than the links between nodes), and onto the stack itself, no array per element.
    const below = stack.length;
    try {
      // Never take more children than could still be visited: the first ones, in page order.
      const room = MAX_VISITED_NODES - visited - below + 1;
      for (let child = node.firstChild; child && stack.length - below < room; child = child.nextSibling) stack.push(child);
    } catch {
      // a broken sibling link: index the children reached so far
    }
    // Reversed in place, so the first child is popped first.
    for (let i = below, j = stack.length - 1; i < j; i++, j--) {
      const first = stack[i] as Node;
      stack[i] = stack[j] as Node;
      stack[j] = first;
    }
  }
  return { text: parts.join(''), starts, nodes, blockEnds, truncated };
}

/** The tooltips under `root` worth indexing, by element: text the element does not show already. */
function tooltipsUnder(root: Element, wanted: (text: string) => boolean): Map<Element, string> | null {
  let found: Map<Element, string> | null = null;
  try {
    const elements = root.querySelectorAll(TOOLTIP_SELECTOR);
    for (let i = 0; i < elements.length && i < MAX_TOOLTIP_ELEMENTS && (found?.size ?? 0) < MAX_TOOLTIPS; i++) {
      const el = elements[i] as Element;
      // A custom element's label is a widget's (our own badge's "Provenance Lens: AI-generated …" among them).
      if (tagOf(el)?.includes('-')) continue;
      for (const name of TOOLTIP_ATTRIBUTES) {
        const raw = el.getAttribute(name);
        if (raw === null || raw.length < MIN_TOOLTIP_CHARS) continue;
        const text = raw.slice(0, MAX_TOOLTIP_CHARS).replace(WHITESPACE, ' ').trim();
        if (text.length < MIN_TOOLTIP_CHARS || !wanted(text)) continue;
        const shown = (el.textContent ?? '').replace(WHITESPACE, ' ');
        if (shown.includes(text)) continue;
        found ??= new Map();
        found.set(el, text);
        break;
      }
    }
  } catch {
    // a page that breaks querySelectorAll or an attribute getter keeps its text, without tooltips
  }
  return found;
}

/** An element's upper-case tag name, or null when the page made it unreadable. */
export function tagOf(el: Element): string | null {
  try {
    const tag = el.tagName;
    return typeof tag === 'string' ? tag.toUpperCase() : null;
  } catch {
    return null;
  }
}

/** Start and end offsets of the block (paragraph) around `offset`, ignoring <br> line breaks. */
export function blockRange(index: TextIndex, offset: number): [number, number] {
  const ends = index.blockEnds;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ends[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? (ends[lo - 1] ?? -1) + 1 : 0;
  const end = lo < ends.length ? (ends[lo] ?? index.text.length) : index.text.length;
  return [start, end];
}

/** Index of the text node that holds `offset` (binary search). */
export function nodeIndexAt(index: TextIndex, offset: number): number {
  return lastAtOrBefore(index.starts, offset);
}

/** In an ascending list, the index of the last value at or before `value` (0 when none is). */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The nearest block-level ancestor of a node. */
export function blockOf(node: Node): Element | null {
  try {
    let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && !BLOCK_TAGS.has(tagOf(el) ?? '')) el = el.parentElement;
    return el;
  } catch {
    return null; // a page that breaks parentElement gets no location, not a failed detector
  }
}

/** The distinct block elements that hold the text between two offsets, in page order. */
export function blocksBetween(index: TextIndex, start: number, end: number): Element[] {
  if (index.nodes.length === 0) return [];
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, Math.max(start, end - 1));
  // A Set, not blocks.includes: a match over thousands of nodes must not cost their square.
  const seen = new Set<Element>();
  for (let i = first; i <= last && seen.size < MAX_BLOCKS_PER_RANGE; i++) {
    const node = index.nodes[i];
    const block = node ? blockOf(node) : null;
    if (block) seen.add(block);
  }
  return [...seen];
}

/** The text nodes that hold the text between two offsets. */
export function nodesBetween(index: TextIndex, start: number, end: number): Text[] {
  if (index.nodes.length === 0) return [];
  const first = nodeIndexAt(index, start);
  const last = nodeIndexAt(index, Math.max(start, end - 1));
  return index.nodes.slice(first, last + 1);
}
