import type { Detector } from '../detector';
import type { Page } from '../page';
import { firstMeta } from '../metadata';
import { wireAgency } from '../rules/wire-agencies';
import { compactKey } from '../names';
import { regionOf } from '../page-regions';
import { blocksBetween } from '../text-index';
import { evidenceAt, isQuotedInProse } from '../text-evidence';
import { httpUrl, registrableDomain, sameSite } from '../urls';
import { ALNUM, CASED, LETTER, UPPER, wordsOf } from '../letters';

/** Words that name no publisher: "originally published on this site" says where only through its link. */
const NO_PUBLISHER =
  /^(?:this\s+(?:site|blog|website|page)|here|my\s+(?:own\s+)?(?:site|blog|website)|our\s+(?:site|blog|website)|the\s+(?:site|blog|web)|(?:the\s+)?original\s+site|(?:\w+\s+)?\d{1,4}(?:[:.,/\s-]+\d{1,4})*\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*\.?(?:\s+\d.*)?|(?:today|yesterday|print|the\s+print\s+edition))$/i;
/** Site-wide lines in the page footer ("Associated Press articles: Copyright ...") say nothing about this article. */
const SITE_WIDE_KINDS = new Set(['wire-agency', 'provided-by']);
/** Share of the page title's words the "The post X appeared first on Y" line must repeat to be about this page. */
const MIN_TITLE_OVERLAP = 0.5;
/**
 * A path segment that is a slug of three words or more: "why-bees-matter", "apple_home_delay".
 * Linear: a match may start only where a word starts, so a long run of letters is read once.
 */
const SLUG = new RegExp(`(?<![${ALNUM}])[${ALNUM}]+[-_][${ALNUM}]+[-_][${ALNUM}]`);
/** Longer path segments are junk or hostile, never an article's slug: they are not read. */
const MAX_SEGMENT = 200;
/**
 * Link texts that say "the original article" in the languages of the rules, on a line of its own under a note:
 * "Read the original", "Zum Originalartikel", "Lire l'article original", "元記事を読む", "阅读原文", "원문 보기".
 */
const ORIGINAL_LINK_BELOW =
  /\b(?:read\s+(?:the\s+)?original|original\s+(?:article|story|post|version)|(?:zum\s+)?Original(?:artikel|beitrag|text)|article\s+original|artículo\s+original|articolo\s+originale|artigo\s+original|oorspronkelijke\s+artikel|originele\s+artikel|originalartikel)\b|元記事|元の記事|原文|원문/i;
/** A line below a note this long is more than a link to the original. */
const LINK_LINE_CHARS = 80;
/** Links in a republication note that ask something of the reader ("Sign up for their newsletters"): never the original. */
const CALL_TO_ACTION = /\b(?:sign\s+up|subscribe|newsletters?|donate|support\s+(?:us|them)|follow\s+(?:us|them))\b/i;
/** Link texts that point at the original rather than at the publisher's home page. */
const ORIGINAL_LINK_TEXT = /\b(?:this\s+site|original|here|read\s+(?:the\s+)?(?:original|more|full)|source|article)\b/i;
/** Hosts whose pages are not articles to copy: papers, code, encyclopedia entries, videos, social posts. */
const NOT_ARTICLE_HOST = /(?:^|\.)(?:doi\.org|arxiv\.org|github\.com|wikipedia\.org|youtube\.com|x\.com|twitter\.com|facebook\.com|instagram\.com)$/i;
/**
 * Hosts and paths a "Source:" line cites rather than copies: a study in a journal, a preprint, a
 * government release, a university or an international body ("Source: <a href=nature.com/articles/...>Nature</a>").
 */
const CITED_SOURCE =
  /^(?:[^/]*\.)?(?:nature\.com\/articles\/|science\.org\/doi\/|sciencedirect\.com\/|(?:link\.)?springer\.com\/|(?:onlinelibrary\.)?wiley\.com\/|plos\.org\/|arxiv\.org\/|(?:pubmed\.)?ncbi\.nlm\.nih\.gov\/|jamanetwork\.com\/|thelancet\.com\/|nejm\.org\/|bmj\.com\/|cell\.com\/)|^[^/]*\.(?:gov|edu|int|(?:gov|edu|ac)\.[a-z]{2})\//i;
/** Words of a print edition ("print issue", "Printausgabe", "édition papier", "edición impresa") or a newsletter and, below, words around it that name no publication. */
const PRINT = new RegExp(`^(?:print\\w*|issue|edition|paper|[${CASED}]*ausgabe|heft|édition|edición|edição|papier|impres\\w*|magazin|newsletter|[${CASED}]*zeitung)$`, 'i');
const NOT_A_NAME = new RegExp(
  `^(?:the|our|der|die|das|des|la|le|el|spring|summer|fall|autumn|winter|may|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[${CASED}]*|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|domingo|sábado|dimanche|samedi)$`,
  'i',
);
/** A publisher named with a possessive ("our Morning Briefing newsletter", "unserem Magazin", "notre édition"): the site's own. */
const POSSESSIVE = new RegExp(`^(?:our|my|unser[${CASED}]*|mein[${CASED}]*|notre|nos|nuestr[oa]s?|noss[oa]s?)\\s`, 'i');
/** Articles a domain may begin with ("theatlantic", "lemonde"); only "the" is stripped without the site's name showing it. */
const ARTICLE_PREFIX = new RegExp(`^(?:the|le|la|el|il|die|der|das|de|het)(?=[${LETTER}])`);
const STARTS_UPPER = new RegExp(`^[${UPPER}]`);
/** A sentence that starts after a name ending in a full stop: "netzpolitik.org. Er steht …". */
const SENTENCE_AFTER_NAME = new RegExp(`(?<=[${LETTER}]{3})\\.\\s+[${UPPER}].*$`);
/** Kinds that name a partner, whose page on this site the line may link ("Provided by <a href=/partners/leeds>"): a link home is no proof of an original here. */
const PARTNER_KINDS = new Set(['provided-by', 'republished-from']);
/** What may follow an article's last line: an aside, an author's box. */
const AFTERWORD = 'aside,[class*=author],[class*=bio]';
/** A "Source:" line right under one of these credits its data. */
const FIGURE = 'figure,table,img,picture,svg,iframe,canvas,video';
/** A paragraph this long after a line means the article goes on. */
const PROSE_CHARS = 100;
/** Embedded posts are blockquotes too ("twitter-tweet", "instagram-media"): their words are the poster's. */
const EMBED = /twitter|tweet|instagram|tiktok|bluesky|mastodon|threads|facebook|reddit|embed|social/i;
/** A blockquote longer than this is a quoted passage, not a note set in a quote box. */
const NOTE_QUOTE_CHARS = 400;

/** "This post was originally published on this site", "The post X appeared first on Y", and the rest. */
export const republicationLines: Detector = {
  id: 'republication-lines',
  detect(page, findings) {
    const pageIsWeb = httpUrl(page.url) !== null;
    // A saved file has no site of its own: every link on it is another site's.
    const isForeign = (link: FoundLink) => !pageIsWeb || !sameSite(link.url, page.url, page.siteOf);
    const matches = page.phrases.republication;
    const feedFooters = matches.filter((m) => m.rule.kind === 'appeared-first').length;
    const perRule = (id: string) => matches.filter((m) => m.rule.id === id).length;
    for (const match of matches) {
      const { rule } = match;
      const evidence = evidenceAt(page, match.start, match.end);
      const block = blocksBetween(page.text, match.start, match.start + 1)[0];
      // A figure's caption speaks of the figure ('"Bridge" by Ann Lee, Flickr, is licensed under ...').
      if (evidence.region.comments || evidence.region.caption) continue;
      if (evidence.region.quoted && !(block && (isClosingNoteQuote(block) || isOpeningNoteQuote(block)))) continue;
      if (evidence.quotedInProse && !quotesOnlyATitle(page, match.start, match.end)) continue;
      if (evidence.region.footer && SITE_WIDE_KINDS.has(rule.kind)) continue;
      // Several feed footers, or one in a list, belong to a feed of other posts ("The post <other
      // title> appeared first on ..."): only one that repeats this page's title is about this page.
      if (rule.kind === 'appeared-first' && (feedFooters > 1 || inListItem(page, match.start)) && !repeatsTitle(page, text(page, match.start, match.end))) continue;
      if (rule.oncePerPage && perRule(rule.id) > 1) continue;
      if (rule.closingLine && (!block || evidence.region.navigation || !closesArticle(block))) continue;
      const publisherText = cleanPublisher(match.groups.publisher);
      const links = linksAround(page, match.start, evidence.quoteEnd);
      // An address the line spells out without a link ("Original post: blog.example.dev/posts/one-year-in").
      const spelled = spelledAddress(match.groups.url);
      if (spelled && !links.some((l) => l.url === spelled)) links.push({ url: spelled, text: 'original' });
      // "本記事は…を転載したものです。" with "元記事を読む" linked on the line below: the link the note points to.
      if (block && !links.some(isForeign)) links.push(...originalLinkBelow(page, block));
      const foreign = links.filter(isForeign);
      const own = links.filter((l) => !isForeign(l));

      if (rule.kind === 'wire-agency') {
        const agency = wireAgency(publisherText ?? '');
        const site = registrableDomain(page.url, page.siteOf);
        if (agency && site && agency.domains.includes(site)) continue; // the agency's own page
      }
      // "...in the Spring 2023 print issue of Northwest Quarterly" on its own site: printed there first, not copied.
      if (foreign.length === 0 && publisherText && isOwnPublication(page, publisherText)) continue;
      // An author's own site saying where a piece first appeared, linking to itself, is not a copy.
      if (foreign.length === 0 && own.length > 0 && !PARTNER_KINDS.has(rule.kind)) continue;
      // A closing "Source:" line that links a study or a government release cites it; it does not copy it.
      const candidates = rule.closingLine ? foreign.filter((l) => !isCitedSource(l.url)) : foreign;
      const original = pickOriginal(rule.needsArticleLink ? candidates.filter((l) => isArticleUrl(l.url)) : candidates, publisherText);
      if (rule.needsArticleLink && !original) continue;
      if (rule.needsForeignLink && !original && (!publisherText || NO_PUBLISHER.test(publisherText))) continue;
      // The same paragraph read by two rules ("... republished from X. Read the original article.") is one signal.
      if (findings.republication.some((f) => f.location && f.text === evidence.quote)) continue;

      findings.republication.push({
        kind: rule.kind,
        text: evidence.quote,
        // A link to a home page proves the copy came from elsewhere, but is not the original's address.
        url: original && new URL(original.url).pathname.length > 1 ? original.url : null,
        publisher: publisherText && !NO_PUBLISHER.test(publisherText) ? (wireAgency(publisherText)?.name ?? publisherText) : null,
        location: evidence.location,
      });
    }
  },
};

interface FoundLink {
  url: string;
  text: string;
}

/** The http(s) links inside the blocks that hold a match. */
function linksAround(page: Page, start: number, end: number): FoundLink[] {
  const links: FoundLink[] = [];
  for (const block of blocksBetween(page.text, start, end)) {
    const anchors = block.tagName.toUpperCase() === 'A' ? [block] : Array.from(block.querySelectorAll('a[href]'));
    const parentLink = block.closest('a[href]');
    if (parentLink && !anchors.includes(parentLink)) anchors.push(parentLink);
    for (const a of anchors.slice(0, 10)) {
      const url = httpUrl(a.getAttribute('href'), page.url);
      const linkText = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (url && !isLicence(a, url, linkText)) links.push({ url, text: linkText });
    }
  }
  return links;
}

/**
 * The link to the original article: one labelled as such ("this site", "Read the original
 * article"), else the one with the most article-like address. A link on the publisher's name
 * usually goes to its home page or a section, not to the article.
 */
function pickOriginal(all: FoundLink[], publisher: string | null): FoundLink | null {
  const links = all.filter((l) => !CALL_TO_ACTION.test(l.text));
  const labelled = links.find((l) => ORIGINAL_LINK_TEXT.test(l.text));
  if (labelled) return labelled;
  // The publisher's name links its home page more often than the article, unless the address is an article's.
  const named = (l: FoundLink) => publisher !== null && l.text.length > 0 && publisher.toLowerCase().includes(l.text.toLowerCase()) && !isArticleUrl(l.url);
  const ranked = [...links].sort((a, b) => Number(named(a)) - Number(named(b)) || pathDepth(b.url) - pathDepth(a.url));
  return ranked[0] ?? null;
}

/** A licence link ("CC BY-NC-SA 4.0", rel=license): the terms of reuse, never the original. */
function isLicence(a: Element, url: string, linkText: string): boolean {
  return /licen[cs]e/i.test(a.getAttribute('rel') ?? '') || /creativecommons\.org/i.test(url) || /^(?:CC[\s-]|Creative Commons)/i.test(linkText);
}

/** The address of an article, not of a home page, a section, a profile or a social post: a slug of words, a dated path, a long id. */
export function isArticleUrl(url: string): boolean {
  const { hostname, pathname } = new URL(url);
  const segments = pathname.split('/').filter(Boolean);
  // Each test is linear in the segment: a hostile address cannot stall the page.
  const longId = (seg: string) => /^[a-z\d]+(?:\.html?)?$/i.test(seg) && /\d{5}/.test(seg);
  return (
    !NOT_ARTICLE_HOST.test(hostname) &&
    segments.some(
      (seg, i) => seg.length <= MAX_SEGMENT && (SLUG.test(seg) || longId(seg) || (i < segments.length - 1 && /^(?:(?:19|20)\d\d|articles?|stor(?:y|ies)|posts?|p|newsroom|(?:news-|press-)?releases?)$/i.test(seg))),
    )
  );
}

/** A study, a preprint or an official release: cited by a "Source:" line, not copied. */
export function isCitedSource(url: string): boolean {
  try {
    const { hostname, pathname } = new URL(url);
    return CITED_SOURCE.test(`${hostname}${pathname}`);
  } catch {
    return false;
  }
}

function textOf(el: Element): string {
  return (el.textContent ?? '').trim();
}

/**
 * Is this line the article's last words? No paragraph follows it before the article ends (reader
 * comments, navigation, asides, author boxes and the page footer aside), and it does not sit in or
 * right under a figure, a table, a chart or a recipe card.
 */
function closesArticle(block: Element): boolean {
  const before = block.previousElementSibling;
  if (block.closest('figure,table,[class*=chart],[class*=recipe]')) return false; // a credit for data or a recipe
  if (before && (before.matches(FIGURE) || (textOf(before).length < PROSE_CHARS && before.querySelector(FIGURE)))) return false;
  return !proseBeside(block, 'after');
}

/**
 * Does the article's prose (not comments, navigation, footers or afterwords) come after (or before) `start`,
 * looking at its siblings and those of its parents up to the article?
 */
function proseBeside(start: Element, side: 'after' | 'before'): boolean {
  const step = (el: Element) => (side === 'after' ? el.nextElementSibling : el.previousElementSibling);
  let el: Element | null = start;
  for (let depth = 0; el && depth < 3 && !/^(?:ARTICLE|MAIN|BODY)$/i.test(el.tagName); depth++, el = el.parentElement) {
    for (let sibling = step(el); sibling; sibling = step(sibling)) {
      for (const p of sibling.matches('p') ? [sibling] : Array.from(sibling.querySelectorAll('p')).slice(0, 20)) {
        const region = regionOf(p);
        if (textOf(p).length >= PROSE_CHARS && !region.comments && !region.navigation && !region.footer && !p.closest(AFTERWORD)) return true;
      }
    }
  }
  return false;
}

/**
 * The blockquote around `block` when it reads as a note (a CMS quote block styled as a box), not a
 * quotation: a quotation names its source (<cite>, a <footer>), is an embedded post, or runs longer than a note.
 */
function noteQuoteOf(block: Element): Element | null {
  const quote = block.closest('blockquote');
  if (!quote || block.closest('q')) return null;
  if (EMBED.test(`${quote.getAttribute('class') ?? ''} ${quote.getAttribute('id') ?? ''}`) || quote.querySelector('cite,footer,iframe,script')) return null;
  return textOf(quote).length > NOTE_QUOTE_CHARS ? null : quote;
}

/** A note in a blockquote as the article's last block: the article's own words (not a media column quoting another site's note). */
function isClosingNoteQuote(block: Element): boolean {
  return noteQuoteOf(block) !== null && closesArticle(block);
}

/**
 * A note in a blockquote as the article's first block (Medium's pull quote, a forum's quote box above a mirrored
 * post), with no prose before it in the article. A forum's quote of another post names its poster (Discourse's
 * <aside class="quote" data-username> with a title).
 */
function isOpeningNoteQuote(block: Element): boolean {
  const quote = noteQuoteOf(block);
  if (!quote) return false;
  const box = quote.parentElement?.closest('aside,div');
  if (box && (box.hasAttribute('data-username') || box.hasAttribute('data-post') || box.querySelector(':scope > .title'))) return false;
  return !proseBeside(quote, 'before');
}

/** An address a rule captured as text (group `url`), as an http(s) URL. */
function spelledAddress(raw: string | undefined): string | null {
  if (!raw) return null;
  return httpUrl(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
}

/**
 * The link on the line right under a note, when that line is only a link to "the original article": notes that name
 * the outlet in words and put the link below them ("…転載したものです。" / "東洋経済オンラインで元記事を読む").
 */
function originalLinkBelow(page: Page, block: Element): FoundLink[] {
  const next = block.nextElementSibling;
  if (!next || textOf(next).length > LINK_LINE_CHARS) return [];
  const anchors = next.matches('a[href]') ? [next] : Array.from(next.querySelectorAll('a[href]'));
  if (anchors.length !== 1) return [];
  const a = anchors[0] as Element;
  const linkText = textOf(a).replace(/\s+/g, ' ');
  const url = httpUrl(a.getAttribute('href'), page.url);
  if (!url || !ORIGINAL_LINK_BELOW.test(linkText) || isLicence(a, url, linkText)) return [];
  return [{ url, text: linkText }];
}

/**
 * A line that opens with a quoted title and closes the quotation itself ('"Title" by Ann Lee,
 * Grist, is licensed ...') quotes a title, not someone else's words.
 */
function quotesOnlyATitle(page: Page, start: number, end: number): boolean {
  const all = page.text.text;
  const lineStart = all.lastIndexOf('\n', start - 1) + 1;
  return /^[\s"“„«]+$/.test(all.slice(lineStart, start)) && !isQuotedInProse(all.slice(lineStart, end));
}

/** A publication's key without its leading article: "The Atlantic" gives "atlantic", "netzpolitik.org" "netzpolitikorg". */
function publicationKey(s: string): string {
  return compactKey(s.replace(/^(?:the|le|la|el|il|die|der|das|de|het)\s+/i, ''));
}

/**
 * Does the line name the page's own publication? Its own print edition with no other name ("our
 * Autumn 2023 print issue", "der Printausgabe"), or its own name ("...print issue of Northwest
 * Quarterly" on northwestquarterly.com, "der gedruckten Ausgabe des Tagesspiegels" on tagesspiegel.de).
 */
function isOwnPublication(page: Page, publisher: string): boolean {
  if (POSSESSIVE.test(publisher)) return true;
  const words = publisher.split(/[\s,.]+/);
  const print = words.some((w) => PRINT.test(w));
  const key = publicationKey(print ? words.filter((w) => STARTS_UPPER.test(w) && !PRINT.test(w) && !NOT_A_NAME.test(w)).join(' ') : publisher);
  if (!key) return print;
  const domain = httpUrl(page.url) ? registrableDomain(page.url, page.siteOf) : null;
  const label = domain?.split('.')[0] ?? '';
  const siteName = firstMeta(page.metadata, 'og:site_name') ?? '';
  // "theatlantic" is The Atlantic, "lemonde" Le Monde (when the site calls itself so), but "latimes" is not "Times".
  const article = ARTICLE_PREFIX.exec(label)?.[0];
  const bare = article && (article === 'the' || siteName.toLowerCase().startsWith(`${article} `)) ? label.slice(article.length) : label;
  const site = [domain ?? '', label, bare, siteName].map(publicationKey);
  return key.length > 2 && site.some((s) => s === key || `${s}s` === key);
}

/** Path segments, with a word-slug counting extra: "/2024/03/why-bees-matter/" beats "/blog". */
function pathDepth(url: string): number {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return segments.length + (segments.some((seg) => seg.length <= MAX_SEGMENT && SLUG.test(seg)) ? 2 : 0);
  } catch {
    return 0;
  }
}

function text(page: Page, start: number, end: number): string {
  return page.text.text.slice(start, end);
}

function inListItem(page: Page, offset: number): boolean {
  const block = blocksBetween(page.text, offset, offset + 1)[0];
  return block?.closest('li') != null;
}

function titleWords(s: string): string[] {
  return wordsOf(s).filter((w) => w.length > 2);
}

/** Does a footer line repeat enough of the page's title to be about this page? Pages without a title pass. */
function repeatsTitle(page: Page, line: string): boolean {
  const have = new Set(titleWords(line));
  const titles = [page.doc.querySelector('h1')?.textContent, firstMeta(page.metadata, 'og:title'), page.doc.title].filter((t): t is string => !!t);
  if (titles.length === 0) return true;
  return titles.some((title) => {
    const wanted = new Set(titleWords(title));
    let shared = 0;
    for (const w of wanted) if (have.has(w)) shared++;
    return wanted.size === 0 || shared / wanted.size >= MIN_TITLE_OVERLAP;
  });
}

function cleanPublisher(raw: string | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw
    .replace(/[.,;]\s+(?:read|click|see|view|find|lesen|lire|leer|leia)\b.*$/i, '') // "Futurism. Read the original article"
    .replace(SENTENCE_AFTER_NAME, '') // "netzpolitik.org. Er steht unter der Lizenz ..."
    .replace(/^.*?\b(?:issue|edition|column|section)s?\s+(?:of|in)\s+(?=\S)/i, '') // "the March 2024 issue of The Atlantic", "Ann Lee's column in the Eastside Reporter"
    .replace(/\s+(?:and|und|et|y|e)\s+(?:can|is|was|has|have|may|will|ist|wird|est|a|fue|es)\b.*$/i, '') // "... and can be read here"
    .replace(/,\s+(?:an?|the)\s+[\w'’-]+\s.*$/i, '') // "KFF Health News, a national newsroom covering health", "Capital B News, a Black-led nonprofit"
    .replace(/\s+on\s+(?:[a-z]+\.?\s+)?\d.*$/i, '') // "www.example.com on November 18, 2011"
    .replace(/^[\s"'“”„«»]+|[\s"'“”„«».,:;]+$/g, '')
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .trim();
  return cleaned.length > 0 && cleaned.length <= 100 ? cleaned : null;
}
