import { roundMs } from '../analysis/page';
import type { ProvenanceReport } from '../analysis/types';
import type { SiteOf } from '../analysis/urls';
import { guessSite } from './site-guess';

/**
 * Registrable domains for the content script. The Public Suffix List (tldts, ~48 KB gzipped)
 * lives in the background only (site-lookup-background.ts; never import it here, or it lands in
 * the content script): the content script analyses with guesses and hands the background the hosts
 * it guessed with the report it sends anyway; the background keeps the report only if every guess
 * was right, and answers with the exact domains, so a wrong guess means a run again (SiteLookup below).
 */

/** Hosts a run guessed, each with its guess (null: no registrable domain, like an IP address). */
export type SiteGuesses = Record<string, string | null>;
/** The background's answer: each host's registrable domain from the Public Suffix List (null: none). */
export type SitesReply = Record<string, string | null>;

const MAX_HOSTS = 2000;
const MAX_HOST_CHARS = 253;

const isHost = (host: string): boolean => host.length > 0 && host.length <= MAX_HOST_CHARS;

/** Guesses as the background accepts them from a message, or null for anything else. */
export function parseSiteGuesses(value: unknown): SiteGuesses | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_HOSTS) return null;
  if (!entries.every(([host, guess]) => isHost(host) && (guess === null || typeof guess === 'string'))) return null;
  return Object.fromEntries(entries) as SiteGuesses;
}

/** The answer for one host, read as an own property only (a host may be called "__proto__"). */
export function siteIn(sites: object, host: string): string | null {
  const site = Object.hasOwn(sites, host) ? (sites as Record<string, unknown>)[host] : null;
  return typeof site === 'string' ? site : null;
}

/** True when one of the guesses is not what the background's list says. */
export function hasWrongGuess(guesses: SiteGuesses, sites: SitesReply): boolean {
  return Object.entries(guesses).some(([host, guess]) => siteIn(sites, host) !== guess);
}

/**
 * The report with the content script's own work for it counted in its timings: analysis runs thrown
 * away because a registrable domain was guessed wrong (their work was done for this page too). The
 * core times only its own run.
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
  /** The hosts this run guessed so far, with its guesses; each is handed out once. */
  takeGuesses(): SiteGuesses;
}

/**
 * The content script's lookup: a cache filled by the background, and a guess (site-guess.ts) for each
 * host it does not know yet. An analysis runs on those guesses; its run's guesses then go to the
 * background with the report, and `learn` takes the answer: a wrong guess means the analysis must run
 * again. An analysis compares one host or two, so the background is asked about those, not every host
 * on the page. Each run keeps its own guesses: when a single-page app navigates mid-analysis, the stale
 * run and the fresh one never check (or miss) each other's.
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
        if (guessed.size < MAX_HOSTS && isHost(host)) guessed.set(host, guess);
        return guess;
      },
      takeGuesses: () => {
        const taken = Object.fromEntries(guessed);
        guessed = new Map();
        return taken;
      },
    };
  }

  /**
   * Remember the background's answer to a run's guesses; true when one of them was wrong. Throws,
   * remembering nothing, on a reply that is no answer.
   */
  learn(guesses: SiteGuesses, reply: unknown): boolean {
    const sites = typeof reply === 'object' && reply !== null ? (reply as { sites?: unknown }).sites : undefined;
    if (typeof sites !== 'object' || sites === null) throw new Error('no answer to the registrable-domains lookup');
    const hosts = Object.keys(guesses);
    if (this.known.size + hosts.length > MAX_CACHED) this.known.clear();
    for (const host of hosts) this.known.set(host, siteIn(sites, host));
    return hasWrongGuess(guesses, sites as SitesReply);
  }
}
