/**
 * http(s)-only links for the UI: the core's own rule, one definition for every consumer. The core's
 * urls module carries no Public Suffix List, so importing it costs the popup and badge nothing.
 */
export { displayHost, httpUrl } from '../analysis/urls';
