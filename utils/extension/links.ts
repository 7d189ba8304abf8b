/**
 * http(s)-only links for the UI. A copy of the core's `httpUrl` rule on purpose: the core's urls
 * module imports tldts (the Public Suffix List, ~100 kB), which must stay out of the popup and background.
 */
export function httpUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
}

/** "benzinga.com" for "https://www.benzinga.com/news/...". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
