import { getDomain } from 'tldts';
import type { SiteOf } from './urls';

/**
 * The exact SiteOf, from the Public Suffix List via tldts (private domains included, so
 * "alice.github.io" is a site of its own). About 48 KB gzipped: the CLI, the tests, the popup and
 * the background bundle it; the content script asks the background instead (utils/extension/site-lookup.ts).
 */
export const publicSuffixSiteOf: SiteOf = (host) => getDomain(host, { allowPrivateDomains: true });
