// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analysePage } from '@/entrypoints/content/analysis';
import { parseHtml } from '@/cli/load-document';
import { matchPhraseRules } from '@/utils/analysis/phrase-rules';
import { publicSuffixSiteOf } from '@/utils/analysis/public-suffix';
import { checkGuesses } from '@/utils/extension/site-lookup-background';
import { guessSite } from '@/utils/extension/site-guess';
import { hasWrongGuess, parseSiteGuesses, type SiteGuesses, SiteLookup } from '@/utils/extension/site-lookup';
import type { MatchPhrases } from '@/utils/analysis/phrase-sets';
import type { ProvenanceReport } from '@/utils/analysis/types';

describe("the content script's guess at a registrable domain", () => {
  it('agrees with the Public Suffix List on ordinary hosts, country second levels and shared hosting', () => {
    const hosts = [
      'www.benzinga.com', 'benzinga.com', 'news.bbc.co.uk', 'www.abc.net.au', 'sub.example.com.au', 'news.yahoo.co.jp',
      'stats.govt.nz', 'www.westmercia.police.uk', 'www.spiegel.de', 'a.b.c.example.org', 'alice.github.io',
      'econnotes.blogspot.com', 'foo.hatenablog.jp', 'elpais.com', 'www.lemonde.fr', 'example.invalidtld',
      '127.0.0.1', 'localhost', '::1', 'xn--mnchen-3ya.de',
    ];
    for (const host of hosts) expect([host, guessSite(host)]).toEqual([host, publicSuffixSiteOf(host)]);
  });

  it('can be wrong where the list knows better, which is why the background checks it', () => {
    expect(guessSite('www.iij.ad.jp')).toBe('iij.ad.jp');
    expect(guessSite('a.b.tokyo.jp')).toBe('tokyo.jp');
    expect(publicSuffixSiteOf('a.b.tokyo.jp')).toBe('b.tokyo.jp');
  });
});

describe('the lookup: guesses first, checked by the background with the report', () => {
  /** The background's answer to a report's guesses (background.ts sends the same). */
  const answer = (guesses: SiteGuesses) => ({ kept: true, ...checkGuesses(guesses) });

  it('answers with a guess and hands out the hosts it guessed, once', () => {
    const sites = new SiteLookup();
    const lookup = sites.startRun();
    expect(lookup.siteOf('www.benzinga.com')).toBe('benzinga.com');
    expect(lookup.siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    const guesses = lookup.takeGuesses();
    expect(guesses).toEqual({ 'www.benzinga.com': 'benzinga.com', 'news.bbc.co.uk': 'bbc.co.uk' });
    expect(lookup.takeGuesses()).toEqual({});
    expect(sites.learn(guesses, answer(guesses))).toBe(false);
    const later = sites.startRun();
    expect(later.siteOf('www.benzinga.com')).toBe('benzinga.com');
    expect(later.takeGuesses()).toEqual({}); // known hosts are not guessed again
  });

  it('says when a guess was wrong, and from then on answers as the background did', () => {
    const sites = new SiteLookup();
    const lookup = sites.startRun();
    expect(lookup.siteOf('a.b.tokyo.jp')).toBe('tokyo.jp');
    const guesses = lookup.takeGuesses();
    expect(checkGuesses(guesses)).toEqual({ sites: { 'a.b.tokyo.jp': 'b.tokyo.jp' }, allRight: false });
    expect(sites.learn(guesses, answer(guesses))).toBe(true);
    expect(lookup.siteOf('a.b.tokyo.jp')).toBe('b.tokyo.jp');
    expect(sites.startRun().siteOf('a.b.tokyo.jp')).toBe('b.tokyo.jp'); // and so does every later run
  });

  it("keeps each run's guesses its own: an overlapping run neither takes nor hides another's wrong guess", () => {
    const sites = new SiteLookup();
    const stale = sites.startRun();
    const fresh = sites.startRun();
    stale.siteOf('www.example.com');
    fresh.siteOf('a.b.tokyo.jp');
    const staleGuesses = stale.takeGuesses();
    const freshGuesses = fresh.takeGuesses();
    expect([staleGuesses, freshGuesses]).toEqual([{ 'www.example.com': 'example.com' }, { 'a.b.tokyo.jp': 'tokyo.jp' }]);
    expect(sites.learn(staleGuesses, answer(staleGuesses))).toBe(false);
    expect(sites.learn(freshGuesses, answer(freshGuesses))).toBe(true);
  });

  it('throws on a reply that is no answer, keeping nothing from it', () => {
    const sites = new SiteLookup();
    const lookup = sites.startRun();
    lookup.siteOf('a.b.tokyo.jp');
    const guesses = lookup.takeGuesses();
    for (const reply of [undefined, true, { kept: true }, { sites: null }]) {
      expect(() => sites.learn(guesses, reply)).toThrow('no answer to the registrable-domains lookup');
    }
    expect(sites.startRun().siteOf('a.b.tokyo.jp')).toBe('tokyo.jp');
  });

  it('never hands out a host no lookup would accept', () => {
    const lookup = new SiteLookup().startRun();
    lookup.siteOf(`${'a'.repeat(300)}.com`);
    expect(lookup.takeGuesses()).toEqual({});
  });

  it('reads hosts named like object properties as hosts', () => {
    const sites = new SiteLookup();
    const lookup = sites.startRun();
    expect(lookup.siteOf('__proto__')).toBeNull();
    expect(lookup.siteOf('constructor')).toBeNull();
    const guesses = lookup.takeGuesses();
    expect(Object.keys(guesses)).toEqual(['__proto__', 'constructor']);
    expect(checkGuesses(guesses).allRight).toBe(true);
    expect(sites.learn(guesses, { sites: {} })).toBe(false);
  });

  it('is accepted by the background only in its own shape', () => {
    expect(parseSiteGuesses({ 'www.example.com': 'example.com', localhost: null })).toEqual({ 'www.example.com': 'example.com', localhost: null });
    for (const bad of [null, [], 'example.com', { 'www.example.com': 42 }, { '': 'x' }, { [`${'a'.repeat(300)}.com`]: null }]) {
      expect(parseSiteGuesses(bad)).toBeNull();
    }
  });
});

describe("the page's analysis never depends on a guess", () => {
  // The canonical address is on another host of the same guessed site ("example.org"). Each test has a
  // site of its own: the content script's lookup remembers answers across analyses.
  const page = (site: string, note = '') =>
    parseHtml(
      `<html><head><title>Budget passes</title><link rel="canonical" href="https://other.${site}/budget"></head><body><article><h1>Budget passes</h1>${'<p>The council passed the budget on Tuesday after a long debate about roads, schools and the library.</p>'.repeat(6)}${note}</article></body></html>`,
      `https://news.${site}/story`,
    );
  /** A background that answers as background.ts does, from the list `siteOf` stands for; it records what it was given. */
  const background = (siteOf: (host: string) => string | null) => {
    const delivered: { report: ProvenanceReport; guesses: SiteGuesses }[] = [];
    const deliver = async (report: ProvenanceReport, guesses: SiteGuesses) => {
      delivered.push({ report, guesses });
      const sites = Object.fromEntries(Object.keys(guesses).map((host) => [host, siteOf(host)]));
      return { kept: !hasWrongGuess(guesses, sites), sites };
    };
    return { delivered, deliver };
  };
  /** A notice, so that the analysis asks the phrase rules (the tests below hook in there). */
  const NOTICE = '<p>This article was generated with the help of AI and reviewed by our editors.</p>';
  /** A list that makes every host its own site, so the guess "example.org" is wrong. */
  const everyHostItsOwnSite = (host: string) => host;

  it('runs again when the background says a guess was wrong, and hands it the new report', async () => {
    const { delivered, deliver } = background(everyHostItsOwnSite);
    const report = await analysePage(page('example.org'), 'https://news.example.org/story', { matchPhrases: matchPhraseRules, deliver });
    expect(delivered).toHaveLength(2);
    expect(delivered[0]?.guesses).toMatchObject({ 'news.example.org': 'example.org', 'other.example.org': 'example.org' });
    expect(delivered[0]?.report.republication.isRepublished).toBe(false); // on the guess: one site
    expect(delivered[1]?.guesses).toEqual({}); // every host is known now
    expect(delivered[1]?.report).toBe(report);
    expect(report.republication.isRepublished).toBe(true);
    expect(report.republication.originalUrl).toBe('https://other.example.org/budget');
  });

  it('keeps the guesses when they were right, when the background does not answer, or when no one is told', async () => {
    const right = background(publicSuffixSiteOf);
    const kept = await analysePage(page('example.net'), 'https://news.example.net/story', { matchPhrases: matchPhraseRules, deliver: right.deliver });
    expect(right.delivered.map((d) => d.report)).toEqual([kept]);
    expect(kept.republication.isRepublished).toBe(false);
    const silent = await analysePage(page('example.info'), 'https://news.example.info/story', { matchPhrases: matchPhraseRules, deliver: async () => Promise.reject(new Error('gone')) });
    expect(silent.republication.isRepublished).toBe(false);
    expect(silent.errors).toEqual([]);
    const stale = await analysePage(page('example.biz'), 'https://news.example.biz/story', { matchPhrases: matchPhraseRules, deliver: async () => undefined });
    expect(stale.republication.isRepublished).toBe(false);
  });

  it("counts a run thrown away for a wrong guess in the report's time: that work was done for this page", async () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // work on the page's thread, in the first run only
      }
    };
    let calls = 0;
    const slowFirstRun: MatchPhrases = (requests) => {
      if (calls++ === 0) busy(40);
      return matchPhraseRules(requests);
    };
    const { delivered, deliver } = background(everyHostItsOwnSite);
    const report = await analysePage(page('example.co', NOTICE), 'https://news.example.co/story', { matchPhrases: slowFirstRun, deliver });
    expect(delivered).toHaveLength(2);
    expect(calls).toBe(2);
    expect(delivered[0]?.report.timings.totalMs).toBeGreaterThanOrEqual(40);
    expect(report.timings.totalMs).toBeGreaterThanOrEqual(40);
  });

  it('stops after three runs and has the last one kept as it is', async () => {
    // Each run meets a host no earlier run guessed: a list that is never what the guess says.
    const { delivered, deliver } = background((host) => `other-${host}`);
    let run = 0;
    const newHostEachRun = (doc: Document) => {
      run++;
      doc.querySelector('link[rel=canonical]')?.setAttribute('href', `https://run${run}.example.dev/budget`);
    };
    const doc = page('example.dev', NOTICE);
    newHostEachRun(doc);
    await analysePage(doc, 'https://news.example.dev/story', {
      matchPhrases: (requests) => {
        newHostEachRun(doc);
        return matchPhraseRules(requests);
      },
      deliver,
    });
    expect(delivered).toHaveLength(3);
    expect(delivered[2]?.guesses).toEqual({});
  });
});
