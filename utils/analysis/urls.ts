import { getDomain } from 'tldts';

/** Longer addresses are not links to an article (and the UI refuses them: utils/extension/messages.ts). */
export const MAX_URL_CHARS = 8192;

/**
 * An absolute http(s) URL, or null. Links come from the page and are untrusted: javascript:,
 * data:, vbscript:, file: and anything unparsable are dropped here, once, for every consumer.
 */
export function httpUrl(href: string | null | undefined, base?: string | null): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  return url.href.length <= MAX_URL_CHARS ? url.href : null;
}

/**
 * The registrable domain ("benzinga.com" for "www.benzinga.com", "bbc.co.uk" for
 * "news.bbc.co.uk", "alice.github.io" for itself), from the Public Suffix List via tldts.
 * Falls back to the host itself for IP addresses and local names.
 */
export function registrableDomain(urlOrHost: string): string | null {
  let host = urlOrHost;
  if (urlOrHost.includes('/')) {
    try {
      host = new URL(urlOrHost).hostname;
    } catch {
      return null;
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  try {
    return getDomain(host, { allowPrivateDomains: true }) ?? host;
  } catch {
    return host;
  }
}

/** True when two URLs belong to the same site (same registrable domain). */
export function sameSite(a: string, b: string): boolean {
  const da = registrableDomain(a);
  const db = registrableDomain(b);
  return da !== null && da === db;
}

/** The host to show a reader ("benzinga.com" for "https://www.benzinga.com/news/..."). */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
