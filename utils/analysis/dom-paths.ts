/** Element paths: a serialisable way to point at an element, resolvable in the same document later. */

/**
 * Bound on a path's length. The UI refuses longer paths (utils/extension/messages.ts), and a
 * 10,000-deep page must not put 10,000-entry paths in the report: an element deeper than this
 * is pointed at through its ancestor at this depth, which still holds it.
 */
export const MAX_PATH_DEPTH = 500;

/** Element-child indexes from <html> down to `el` (or to its ancestor at MAX_PATH_DEPTH). */
export function elementPath(el: Element): number[] {
  const path: number[] = [];
  try {
    let node: Element | null = el;
    while (node?.parentElement) {
      let index = 0;
      let sibling = node.previousElementSibling;
      while (sibling) {
        index++;
        sibling = sibling.previousElementSibling;
      }
      path.push(index);
      node = node.parentElement;
    }
  } catch {
    return []; // the page broke a DOM getter: no path rather than a wrong one
  }
  path.reverse();
  return path.length > MAX_PATH_DEPTH ? path.slice(0, MAX_PATH_DEPTH) : path;
}

/** The element at a path, or null when the page has changed since. */
export function elementAtPath(doc: Document, path: readonly number[]): Element | null {
  let node: Element | null = doc.documentElement;
  for (const index of path) {
    node = node?.children[index] ?? null;
    if (!node) return null;
  }
  return node;
}
