import { browser } from 'wxt/browser';
import { roundMs } from '../analysis/page';
import type { ProvenanceReport } from '../analysis/types';
import type { SiteOf } from '../analysis/urls';
import { guessSite } from './site-guess';

/**
 * Registrable domains for the content script. The Public Suffix List (tldts, ~48 KB gzipped)
 * lives in the background only (site-lookup-background.ts; never import it here, or it lands in
 * the content script): the content script analyses with guesses, then asks the background about
 * the hosts it guessed, in one message, and runs again if a guess was wrong (SiteLookup below).
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
 * The report with the content script's own work for it counted in its timings: analysis runs thrown
 * away because a registrable domain was guessed wrong (their work was done for this page too), and
 * sending the lookups. The core times only its own run.
 */
export function withLookupWork(report: ProvenanceReport, otherWorkMs: number): ProvenanceReport {
  if (!(otherWorkMs > 0)) return report;
  return { ...report, timings: { ...report.timings, totalMs: roundMs(report.timings.totalMs + otherWorkMs) } };
}

/** Bound on remembered hosts: a long single-page-app session keeps memory flat. */
const MAX_CACHED = 5000;

/** One analysis run's view of the lookup: the hosts it guessed are its own to check. */
export interface SiteLookupRun {
  /** The SiteOf to analyse with: the background's answer when known, else a guess, recorded for checking. */
  readonly siteOf: SiteOf;
  /**
   * Look up the hosts this run guessed, in one message. True when a guess was wrong: the run must be
   * done again (with the answers, now known).
   */
  checkGuesses(send?: (msg: SitesRequest) => Promise<unknown>): Promise<boolean>;
}

/**
 * The content script's lookup: a cache filled by the background, and a guess (site-guess.ts) for each
 * host it does not know yet. An analysis runs on those guesses; its run's `checkGuesses` then asks the
 * background about them in one message, and a wrong guess means the analysis must run again. An
 * analysis compares one host or two, so this asks for those, not for every host on the page. Each run
 * keeps its own guesses: when a single-page app navigates mid-analysis, the stale run and the fresh one
 * never check (or miss) each other's.
 */
export class SiteLookup {
  private readonly known = new Map<string, string | null>();

  startRun(): SiteLookupRun {
    let guessed = new Map<string, string | null>();
    return {
      siteOf: (host) => {
        const site = this.known.get(host);
        if (site !== undefined) return site;
        const guess = guessSite(host);
        // A host no lookup accepts (longer than any real one) keeps its guess.
        if (guessed.size < MAX_HOSTS && host.length > 0 && host.length <= MAX_HOST_CHARS) guessed.set(host, guess);
        return guess;
      },
      checkGuesses: (send = (m) => browser.runtime.sendMessage(m)) => {
        const asked = guessed;
        guessed = new Map();
        return this.check(asked, send);
      },
    };
  }

  private async check(guessed: Map<string, string | null>, send: (msg: SitesRequest) => Promise<unknown>): Promise<boolean> {
    if (guessed.size === 0) return false;
    const reply = await send({ type: 'content:registrable-domains', hosts: [...guessed.keys()] });
    if (typeof reply !== 'object' || reply === null) throw new Error('no answer to the registrable-domains lookup');
    if (this.known.size + guessed.size > MAX_CACHED) this.known.clear();
    let wrong = false;
    for (const [host, guess] of guessed) {
      const site = (reply as Record<string, unknown>)[host];
      const answer = typeof site === 'string' ? site : null;
      this.known.set(host, answer);
      if (answer !== guess) wrong = true;
    }
    return wrong;
  }
}
