/** Element paths: a serialisable way to point at an element, resolvable in the same document later. */

/** Element-child indexes from <html> down to `el`. */
export function elementPath(el: Element): number[] {
  const path: number[] = [];
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
  return path.reverse();
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
