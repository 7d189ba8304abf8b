/** Per-site switches: a site is a host name, matched with its subdomains ("example.com" covers "news.example.com"). */

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$|^\[[0-9a-f:.]+\]$/;

/** "https://www.Example.com/x" or "www.example.com" → "example.com"; null when it is not a host. */
export function siteOf(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (!host) return null;
  if (host.includes('://')) {
    try {
      const url = new URL(host);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      host = url.hostname;
    } catch {
      return null;
    }
  } else {
    host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return HOST.test(host) ? host : null;
}

export function isSiteDisabled(url: string, disabledSites: readonly string[]): boolean {
  const site = siteOf(url);
  if (!site) return false;
  return disabledSites.some((d) => site === d || site.endsWith(`.${d}`));
}

/** The list with `site` added or removed, sorted and without duplicates. */
export function toggleSite(disabledSites: readonly string[], site: string, disabled: boolean): string[] {
  const set = new Set(disabledSites);
  if (disabled) set.add(site);
  else set.delete(site);
  return [...set].sort();
}

/** Pages the extension cannot or must not read: browser pages, extension pages, the add-on stores. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function canAnalyse(url: string | undefined | null): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (STORE_HOSTS.includes(parsed.hostname)) return false;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return false;
  return !/\.pdf$/i.test(parsed.pathname);
}
