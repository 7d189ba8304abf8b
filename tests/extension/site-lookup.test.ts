// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analysePage } from '@/entrypoints/content/analysis';
import { parseHtml } from '@/cli/load-document';
import { matchPhraseRules } from '@/utils/analysis/phrase-rules';
import { publicSuffixSiteOf } from '@/utils/analysis/public-suffix';
import { registrableDomains } from '@/utils/extension/site-lookup-background';
import { guessSite } from '@/utils/extension/site-guess';
import { SiteLookup, type SitesRequest } from '@/utils/extension/site-lookup';

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

describe('the lookup: guesses first, checked with the background in one message', () => {
  const background = () => {
    const sent: SitesRequest[] = [];
    const send = async (msg: SitesRequest) => {
      sent.push(msg);
      return registrableDomains(msg.hosts);
    };
    return { sent, send };
  };

  it('answers with a guess, then asks only for the hosts it guessed, once', async () => {
    const lookup = new SiteLookup().startRun();
    const { sent, send } = background();
    expect(lookup.siteOf('www.benzinga.com')).toBe('benzinga.com');
    expect(lookup.siteOf('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(await lookup.checkGuesses(send)).toBe(false);
    expect(sent).toEqual([{ type: 'content:registrable-domains', hosts: ['www.benzinga.com', 'news.bbc.co.uk'] }]);
    expect(lookup.siteOf('www.benzinga.com')).toBe('benzinga.com');
    expect(await lookup.checkGuesses(send)).toBe(false);
    expect(sent).toHaveLength(1); // known hosts are not asked again
  });

  it('says when a guess was wrong, and from then on answers as the background did', async () => {
    const sites = new SiteLookup();
    const lookup = sites.startRun();
    const { send } = background();
    expect(lookup.siteOf('a.b.tokyo.jp')).toBe('tokyo.jp');
    expect(await lookup.checkGuesses(send)).toBe(true);
    expect(lookup.siteOf('a.b.tokyo.jp')).toBe('b.tokyo.jp');
    expect(sites.startRun().siteOf('a.b.tokyo.jp')).toBe('b.tokyo.jp'); // and so does every later run
  });

  it('keeps each run\'s guesses its own: an overlapping run neither takes nor hides another\'s wrong guess', async () => {
    const sites = new SiteLookup();
    const { sent, send } = background();
    const stale = sites.startRun();
    const fresh = sites.startRun();
    stale.siteOf('www.example.com');
    fresh.siteOf('a.b.tokyo.jp');
    expect(await stale.checkGuesses(send)).toBe(false);
    expect(await fresh.checkGuesses(send)).toBe(true);
    expect(sent.map((m) => m.hosts)).toEqual([['www.example.com'], ['a.b.tokyo.jp']]);
  });

  it('throws on a reply that is no answer, keeping nothing from it', async () => {
    const lookup = new SiteLookup().startRun();
    lookup.siteOf('www.example.com');
    await expect(lookup.checkGuesses(async () => undefined)).rejects.toThrow('no answer to the registrable-domains lookup');
  });

  it('never asks about a host no lookup would accept', async () => {
    const lookup = new SiteLookup().startRun();
    const { sent, send } = background();
    lookup.siteOf(`${'a'.repeat(300)}.com`);
    expect(await lookup.checkGuesses(send)).toBe(false);
    expect(sent).toEqual([]);
  });
});

describe("the page's analysis never depends on a guess", () => {
  // The canonical address is on another host of the same guessed site ("example.org"). Each test has a
  // site of its own: the content script's lookup remembers answers across analyses.
  const page = (site: string) =>
    parseHtml(
      `<html><head><title>Budget passes</title><link rel="canonical" href="https://other.${site}/budget"></head><body><article><h1>Budget passes</h1>${'<p>The council passed the budget on Tuesday after a long debate about roads, schools and the library.</p>'.repeat(6)}</article></body></html>`,
      `https://news.${site}/story`,
    );
  /** A background whose list makes every host its own site, so the guess "example.org" is wrong. */
  const everyHostItsOwnSite = async (msg: SitesRequest) => Object.fromEntries(msg.hosts.map((h) => [h, h]));

  it('runs again when the background says a guess was wrong', async () => {
    const asked: string[][] = [];
    const report = await analysePage(page('example.org'), 'https://news.example.org/story', {
      matchPhrases: matchPhraseRules,
      lookUpSites: async (msg) => {
        asked.push(msg.hosts);
        return everyHostItsOwnSite(msg);
      },
    });
    expect(asked[0]).toContain('news.example.org');
    expect(report.republication.isRepublished).toBe(true);
    expect(report.republication.originalUrl).toBe('https://other.example.org/budget');
  });

  it('keeps the guesses when they were right, or when the background does not answer', async () => {
    const right = await analysePage(page('example.net'), 'https://news.example.net/story', { matchPhrases: matchPhraseRules, lookUpSites: async (msg) => registrableDomains(msg.hosts) });
    expect(right.republication.isRepublished).toBe(false);
    const silent = await analysePage(page('example.info'), 'https://news.example.info/story', { matchPhrases: matchPhraseRules, lookUpSites: async () => Promise.reject(new Error('gone')) });
    expect(silent.republication.isRepublished).toBe(false);
    expect(silent.errors).toEqual([]);
  });

  it("counts sending the lookup in the report's time, not the wait for its answer", async () => {
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // the synchronous part of sendMessage: the message is copied on the page's thread
      }
    };
    const quick = await analysePage(page('example.biz'), 'https://news.example.biz/story', { matchPhrases: matchPhraseRules, lookUpSites: async (msg) => registrableDomains(msg.hosts) });
    const slowToSend = await analysePage(page('example.co'), 'https://news.example.co/story', {
      matchPhrases: matchPhraseRules,
      lookUpSites: (msg) => {
        busy(40);
        return new Promise((resolve) => setTimeout(() => resolve(registrableDomains(msg.hosts)), 300));
      },
    });
    expect(slowToSend.timings.totalMs).toBeGreaterThanOrEqual(40);
    expect(slowToSend.timings.totalMs).toBeLessThan(quick.timings.totalMs + 40 + 150);
  });
});
