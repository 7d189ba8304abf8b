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
 * The registrable domain of a host ("benzinga.com" for "www.benzinga.com", "bbc.co.uk" for
 * "news.bbc.co.uk", "alice.github.io" for itself), from the Public Suffix List, or null when the
 * host has none (IP addresses, local names). The core never bundles the list itself: callers
 * pass this in (utils/analysis/public-suffix.ts has the exact one; the content script asks the
 * background, which bundles it), so the content script stays small.
 */
export type SiteOf = (host: string) => string | null;

/** The lower-case host of a URL or host name, without a trailing dot; null when there is none. */
export function hostOf(urlOrHost: string): string | null {
  let host = urlOrHost;
  if (urlOrHost.includes('/')) {
    try {
      host = new URL(urlOrHost).hostname;
    } catch {
      return null;
    }
  }
  host = host.toLowerCase().replace(/\.$/, '');
  return host || null;
}

/**
 * The registrable domain of a URL or host, by `siteOf`. Falls back to the host itself for IP
 * addresses and local names (and if `siteOf` fails).
 */
export function registrableDomain(urlOrHost: string, siteOf: SiteOf): string | null {
  const host = hostOf(urlOrHost);
  if (!host) return null;
  try {
    return siteOf(host) ?? host;
  } catch {
    return host;
  }
}

/** True when two URLs belong to the same site (same registrable domain). */
export function sameSite(a: string, b: string, siteOf: SiteOf): boolean {
  const da = registrableDomain(a, siteOf);
  const db = registrableDomain(b, siteOf);
  return da !== null && da === db;
}

/** A SiteOf that knows no registrable domains: every host stands for itself (only for callers that compare no sites). */
export const hostIsSite: SiteOf = () => null;

/** The host to show a reader ("benzinga.com" for "https://www.benzinga.com/news/..."). */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
