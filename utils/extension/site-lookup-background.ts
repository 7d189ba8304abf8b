import { publicSuffixSiteOf } from '../analysis/public-suffix';
import { hasWrongGuess, type SiteGuesses, type SitesReply } from './site-lookup';

/**
 * The background half of the site lookup: it holds the Public Suffix List, so the content script
 * does not have to carry it. The content script's guesses come with its report (background.ts).
 */

/** Each host's registrable domain from the Public Suffix List (null: none). */
function registrableDomains(hosts: readonly string[]): SitesReply {
  return Object.fromEntries(
    hosts.map((host) => {
      try {
        return [host, publicSuffixSiteOf(host)];
      } catch {
        return [host, null];
      }
    }),
  );
}

/** The background's answer to a report's guesses: the exact domains, and whether the report stands on them. */
export function checkGuesses(guesses: SiteGuesses): { sites: SitesReply; allRight: boolean } {
  const sites = registrableDomains(Object.keys(guesses));
  return { sites, allRight: !hasWrongGuess(guesses, sites) };
}
