/**
 * The inline badge's place in the page: a custom element whose open shadow root holds our styles
 * and the badge, so page styles cannot reach in and ours cannot leak out. (WXT's shadow-root UI does
 * this and more, at four times the size; the content script loads on every page.)
 */
export interface BadgeHost {
  /** The element in the page. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the badge is rendered. */
  container: HTMLElement;
}

/** The host inherits nothing from the page; then our own rules. */
const RESET_CSS = ':host { all: initial !important; }';
/** Keys typed in the badge are ours: the page's keyboard shortcuts must not see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createBadgeHost(doc: Document, tag: string, css: string): BadgeHost {
  const host = doc.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${RESET_CSS}\n${css}`;
  const container = doc.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  return { host, shadow, container };
}
