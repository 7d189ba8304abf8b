import { browser, type Browser } from 'wxt/browser';
import { publicSuffixSiteOf } from '../analysis/public-suffix';
import { isOwnContentScript } from './messages';
import { parseSitesRequest, type SitesReply } from './site-lookup';

/**
 * The background half of the site lookup: it holds the Public Suffix List, so the content script
 * does not have to carry it.
 */

/** The background's answer: each host's registrable domain from the Public Suffix List (null: none). */
export function registrableDomains(hosts: readonly string[]): SitesReply {
  const reply: SitesReply = {};
  for (const host of hosts) {
    try {
      reply[host] = publicSuffixSiteOf(host);
    } catch {
      reply[host] = null;
    }
  }
  return reply;
}

/** Background: answer our own content scripts' lookups. Registered synchronously with the other listeners. */
export function startSiteLookup(): void {
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    const request = parseSitesRequest(msg);
    if (!request || !isOwnContentScript(sender)) return undefined;
    return Promise.resolve(registrableDomains(request.hosts));
  });
}

