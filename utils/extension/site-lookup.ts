import { browser } from 'wxt/browser';
import { roundMs } from '../analysis/page';
import type { ProvenanceReport } from '../analysis/types';
import { hostOf, type SiteOf } from '../analysis/urls';

/**
 * Registrable domains for the content script. The Public Suffix List (tldts, ~48 KB gzipped)
 * lives in the background only (site-lookup-background.ts; never import it here, or it lands in
 * the content script): the content script collects the hosts a page's analysis can
 * compare, asks for all of them in one message, and analyses with a lookup-backed SiteOf.
 */
export interface SitesRequest {
  type: 'content:registrable-domains';
  hosts: string[];
}
export type SitesReply = Record<string, string | null>;

const MAX_HOSTS = 2000;
const MAX_HOST_CHARS = 253;

export function parseSitesRequest(msg: unknown): SitesRequest | null {
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== 'content:registrable-domains') return null;
  const hosts = (msg as { hosts?: unknown }).hosts;
  if (!Array.isArray(hosts) || hosts.length > MAX_HOSTS) return null;
  if (!hosts.every((h) => typeof h === 'string' && h.length > 0 && h.length <= MAX_HOST_CHARS)) return null;
  return { type: 'content:registrable-domains', hosts: hosts as string[] };
}

/**
 * An address whose host the URL parser would return as written, lower-cased: ASCII letters, digits,
 * dots and hyphens, ending in a label that starts with a letter (so no IPv4 form the parser rewrites),
 * then a port, path, query, fragment or the end.
 */
const PLAIN_HOST = /^(?:https?:)?\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(?::\d*)?(?=[/?#]|$)/i;

/**
 * Every host the analysis of `doc` can compare, in one cheap pass: the page's own, links (a, area,
 * link), URL-valued meta tags and the addresses in JSON-LD. Whatever this misses, the lookup
 * records, and the caller asks again and re-runs (see SiteLookup.misses), so the result is exact.
 */
export function collectHosts(doc: Document, pageUrl: string): string[] {
  const hosts = new Set<string>();
  const seen = new Set<string>();
  const add = (href: string | null | undefined) => {
    if (!href || hosts.size >= MAX_HOSTS) return;
    const trimmed = href.trim();
    if (!/^(?:https?:)?\/\//i.test(trimmed)) return;
    // A plain host is read off the address as it is (a page's links repeat a few hosts many times);
    // anything else goes through the URL parser, which normalises it.
    const plain = PLAIN_HOST.exec(trimmed)?.[1]?.toLowerCase();
    if (plain !== undefined && seen.has(plain)) return;
    try {
      const host = hostOf(plain ?? new URL(trimmed, pageUrl).hostname);
      if (plain !== undefined) seen.add(plain);
      if (host && host.length <= MAX_HOST_CHARS) hosts.add(host);
    } catch {
      // not an address
    }
  };
  add(pageUrl);
  for (const el of doc.querySelectorAll('a[href], area[href], link[href]')) add(el.getAttribute('href'));
  for (const el of doc.querySelectorAll('meta[content]')) add(el.getAttribute('content'));
  for (const el of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = el.textContent ?? '';
    for (const m of text.matchAll(/https?:(?:\\?\/){2}[^\s"'<>\\/]+/gi)) add(m[0].replace(/\\\//g, '/'));
  }
  return [...hosts];
}

/** The stage name, in a report's timings, of collecting the hosts to look up. */
export const COLLECT_HOSTS_STAGE = 'collect-hosts';

/**
 * The report with the content script's own work for it counted in its timings: collecting the hosts to
 * look up (a stage of its own), and an analysis run again because a host was missed (the first run's
 * work was done for this page too). The core times only its own run.
 */
export function withLookupWork(report: ProvenanceReport, collectMs: number, discardedRunMs = 0): ProvenanceReport {
  const extra = Math.max(0, collectMs) + Math.max(0, discardedRunMs);
  const { timings } = report;
  return {
    ...report,
    timings: {
      ...timings,
      totalMs: roundMs(timings.totalMs + extra),
      detectorsMs: { [COLLECT_HOSTS_STAGE]: roundMs(Math.max(0, collectMs)), ...timings.detectorsMs },
    },
  };
}

/** Bound on remembered hosts: a long single-page-app session keeps memory flat. */
const MAX_CACHED = 5000;

/** The content script's lookup: a cache filled by the background, and the hosts it was asked for and lacked. */
export class SiteLookup {
  private readonly known = new Map<string, string | null>();
  private missing = new Set<string>();

  /** The SiteOf to analyse with. A host not looked up yet counts as its own site, and is recorded. */
  readonly siteOf: SiteOf = (host) => {
    const site = this.known.get(host);
    if (site !== undefined) return site;
    this.missing.add(host);
    return null;
  };

  /** Look up the hosts not known yet, in one message. */
  async prepare(hosts: Iterable<string>, send: (msg: SitesRequest) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Promise<void> {
    const wanted = [...new Set(hosts)].filter((h) => !this.known.has(h)).slice(0, MAX_HOSTS);
    if (wanted.length === 0) return;
    const reply = await send({ type: 'content:registrable-domains', hosts: wanted });
    if (typeof reply !== 'object' || reply === null) throw new Error('no answer to the registrable-domains lookup');
    if (this.known.size + wanted.length > MAX_CACHED) this.known.clear();
    for (const host of wanted) {
      const site = (reply as Record<string, unknown>)[host];
      this.known.set(host, typeof site === 'string' ? site : null);
    }
  }

  /** The hosts asked for since the last call that were not known (an analysis using them must be re-run). */
  takeMisses(): string[] {
    const missed = [...this.missing];
    this.missing = new Set();
    return missed;
  }
}
