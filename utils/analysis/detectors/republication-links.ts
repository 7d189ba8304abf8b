import type { Detector } from '../detector';
import { firstMeta, jsonLdArticles, jsonLdNames, jsonLdString, jsonLdTypes, type JsonObject } from '../metadata';
import type { Page } from '../page';
import { httpUrl, registrableDomain, sameSite } from '../urls';
import { wordsOf } from '../letters';

/** Hosts of code and data: an isBasedOn pointing there cites a dataset, not an original article. */
const DATA_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|huggingface\.co|kaggle\.com|zenodo\.org|doi\.org|arxiv\.org|figshare\.com|data\.gov|wikipedia\.org|wikidata\.org)$/i;
const ARTICLE_LIKE_TYPES = /Article|BlogPosting|Report|NewsArticle|Posting/;
/** A date with its zone ("2025-02-11T18:02:00-05:00", "...Z"): comparable across sites without guessing. */
const ZONED_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/;
/** How much later a copy must say it was published than the JSON-LD's original: more than a re-stamp on the same day. */
const LATER_COPY_MS = 12 * 60 * 60 * 1000;

/**
 * rel=canonical or og:url on another site, <meta name="syndication-source|original-source">,
 * JSON-LD isBasedOn an article elsewhere. Sites compared by registrable domain, so
 * www.benzinga.com and benzinga.com are one site and news.bbc.co.uk is bbc.co.uk.
 */
export const republicationLinks: Detector = {
  id: 'republication-links',
  detect(page, findings) {
    // A saved file has no real address to compare against.
    if (!httpUrl(page.url)) return;
    const foreign = (href: string | null) => {
      const url = httpUrl(href, page.url);
      return url && !sameSite(url, page.url, page.siteOf) ? url : null;
    };
    const canonical = foreign(page.metadata.canonical);
    if (canonical) findings.republication.push({ kind: 'canonical', text: `<link rel="canonical" href="${canonical}">`, url: canonical, publisher: null, location: null });
    const ogUrl = foreign(firstMeta(page.metadata, 'og:url'));
    if (ogUrl) findings.republication.push({ kind: 'og-url', text: `<meta property="og:url" content="${ogUrl}">`, url: ogUrl, publisher: null, location: null });
    for (const key of ['syndication-source', 'original-source']) {
      const source = foreign(firstMeta(page.metadata, key));
      if (source) findings.republication.push({ kind: 'syndication-source', text: `<meta name="${key}" content="${source}">`, url: source, publisher: null, location: null });
    }
    if (!canonical && !ogUrl) {
      const elsewhere = jsonLdElsewhere(page, foreign);
      if (elsewhere) findings.republication.push({ kind: 'canonical', text: elsewhere.text, url: elsewhere.url, publisher: elsewhere.publisher, location: null });
    }
    for (const article of jsonLdArticles(page.metadata)) {
      const basis = article.isBasedOn;
      for (const item of [basis].flat().slice(0, 5)) {
        const url = basedOnArticleUrl(item as JsonObject | string | undefined, foreign);
        if (url) findings.republication.push({ kind: 'is-based-on', text: `"isBasedOn": "${url}"`, url, publisher: null, location: null });
      }
    }
  },
};

function basedOnArticleUrl(item: JsonObject | string | undefined, foreign: (href: string | null) => string | null): string | null {
  if (!item) return null;
  if (typeof item === 'string') {
    const url = foreign(item);
    if (!url) return null;
    const { hostname, pathname } = new URL(url);
    // An article's address ends in a slug of words, not a dataset or a home page.
    return !DATA_HOSTS.test(hostname) && /[a-z]+-[a-z]+-[a-z]+/i.test(pathname) ? url : null;
  }
  if (typeof item === 'object' && jsonLdTypes(item).some((t) => ARTICLE_LIKE_TYPES.test(t))) {
    const href = typeof item.url === 'string' ? item.url : typeof item['@id'] === 'string' ? item['@id'] : null;
    return foreign(href);
  }
  return null;
}

/**
 * JSON-LD that puts this page's article at another site's address, published there by that site: its url or
 * mainEntityOfPage, and its publisher's url, on one other registrable domain (schema.org's mainEntityOfPage is
 * the article's canonical address). JSON-LD addresses disagree with a page's own for harmless reasons (AMP,
 * mirrors, www or not, staging hosts) that move the address but keep the rest, so this counts only when:
 * - the JSON-LD describes this page's article (its headline is the page's) and names its publisher's site;
 * - every address it gives the article is on that other site;
 * - the page declares no address of its own (no canonical or og:url on its own site), or it declares its own
 *   publication at least LATER_COPY_MS after the JSON-LD's (article:published_time): a mirror, an AMP or a
 *   staging copy carries the original's date, a copy made later its own.
 */
function jsonLdElsewhere(page: Page, foreign: (href: string | null) => string | null): { text: string; url: string; publisher: string | null } | null {
  const ownAddress = [page.metadata.canonical, firstMeta(page.metadata, 'og:url')].some((href) => {
    const url = httpUrl(href, page.url);
    return url !== null && sameSite(url, page.url, page.siteOf);
  });
  const titles = pageTitles(page);
  for (const article of jsonLdArticles(page.metadata).slice(0, 10)) {
    const headline = jsonLdString(article.headline) ?? jsonLdString(article.name);
    if (!headline || !titles.has(titleKey(headline))) continue;
    const addresses = [jsonLdString(article.url), jsonLdString(article.mainEntityOfPage)].filter((a): a is string => a !== null).map((a) => httpUrl(a, page.url));
    const publisher = resolve(page, [article.publisher].flat().find((p): p is JsonObject => !!p && typeof p === 'object' && !Array.isArray(p)));
    const publisherUrl = publisher ? httpUrl(typeof publisher.url === 'string' ? publisher.url : typeof publisher['@id'] === 'string' ? publisher['@id'] : null) : null;
    const site = publisherUrl && foreign(publisherUrl) ? registrableDomain(publisherUrl, page.siteOf) : null;
    if (!site || addresses.length === 0) continue;
    if (!addresses.every((a) => a !== null && foreign(a) !== null && registrableDomain(a, page.siteOf) === site)) continue;
    if (ownAddress && !publishedLater(firstMeta(page.metadata, 'article:published_time'), jsonLdString(article.datePublished))) continue;
    const url = addresses[0] as string;
    const name = publisher ? (jsonLdNames(publisher)[0] ?? null) : null;
    return { text: `JSON-LD "url": "${url}", "publisher": {"url": "${publisherUrl}"}`, url, publisher: name?.trim() || null };
  }
  return null;
}

/** A reference into the page's @graph ({"@id": "https://site/#organization"}) as the object it names, when the page has it. */
function resolve(page: Page, obj: JsonObject | undefined): JsonObject | undefined {
  const id = obj?.['@id'];
  if (!obj || typeof id !== 'string' || Object.keys(obj).length > 1) return obj;
  return page.metadata.jsonLd.find((o) => o !== obj && o['@id'] === id && Object.keys(o).length > 1) ?? obj;
}

/** The page's own title, as its <h1>, og:title and <title> give it (the <title> may add " | Site name"). */
function pageTitles(page: Page): Set<string> {
  const titles = new Set<string>();
  const h1 = page.doc.querySelector('h1')?.textContent;
  for (const t of [h1, firstMeta(page.metadata, 'og:title'), page.doc.title, page.doc.title.replace(/\s+[|–—-]\s+[^|–—-]*$/, '')]) {
    if (t?.trim()) titles.add(titleKey(t));
  }
  return titles;
}

/** Title words, case and punctuation aside. */
function titleKey(s: string): string {
  return wordsOf(s).join(' ');
}

/** Does the page say it published its copy well after the original's date? Both dates must carry their zone. */
function publishedLater(own: string | null, original: string | null): boolean {
  if (!own || !original || !ZONED_DATE.test(own.trim()) || !ZONED_DATE.test(original.trim())) return false;
  const later = Date.parse(own.trim()) - Date.parse(original.trim());
  return Number.isFinite(later) && later >= LATER_COPY_MS;
}
