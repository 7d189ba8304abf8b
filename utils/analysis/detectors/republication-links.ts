import type { Detector } from '../detector';
import { firstMeta, jsonLdArticles, jsonLdTypes, type JsonObject } from '../metadata';
import { httpUrl, sameSite } from '../urls';

/** Hosts of code and data: an isBasedOn pointing there cites a dataset, not an original article. */
const DATA_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|huggingface\.co|kaggle\.com|zenodo\.org|doi\.org|arxiv\.org|figshare\.com|data\.gov|wikipedia\.org|wikidata\.org)$/i;
const ARTICLE_LIKE_TYPES = /Article|BlogPosting|Report|NewsArticle|Posting/;

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
