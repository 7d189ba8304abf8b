import type { Detector } from '../detector';
import type { Page } from '../page';
import { firstMeta } from '../metadata';
import { declaredLanguages, PhraseMatcher } from '../phrase-matcher';
import { REPUBLICATION_TRIGGER, LANGUAGE_MARKERS } from '../rules/triggers';
import { REPUBLICATION_RULES } from '../rules/republication';
import { wireAgency } from '../rules/wire-agencies';
import { blocksBetween } from '../text-index';
import { evidenceAt } from '../text-evidence';
import { httpUrl, registrableDomain, sameSite } from '../urls';

const matcher = new PhraseMatcher(REPUBLICATION_RULES, { trigger: REPUBLICATION_TRIGGER, languages: LANGUAGE_MARKERS });
/** Words that name no publisher: "originally published on this site" says where only through its link. */
const NO_PUBLISHER =
  /^(?:this\s+(?:site|blog|website|page)|here|my\s+(?:own\s+)?(?:site|blog|website)|our\s+(?:site|blog|website)|the\s+(?:site|blog|web)|(?:the\s+)?original\s+site|(?:\w+\s+)?\d{1,4}(?:[:.,/\s-]+\d{1,4})*\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)\w*\.?(?:\s+\d.*)?|(?:today|yesterday|print|the\s+print\s+edition))$/i;
/** Site-wide lines in the page footer ("Associated Press articles: Copyright ...") say nothing about this article. */
const SITE_WIDE_KINDS = new Set(['wire-agency', 'provided-by']);
/** Share of the page title's words the "The post X appeared first on Y" line must repeat to be about this page. */
const MIN_TITLE_OVERLAP = 0.5;
/** Link texts that point at the original rather than at the publisher's home page. */
const ORIGINAL_LINK_TEXT = /\b(?:this\s+site|original|here|read\s+(?:the\s+)?(?:original|more|full)|source|article)\b/i;

/** "This post was originally published on this site", "The post X appeared first on Y", and the rest. */
export const republicationLines: Detector = {
  id: 'republication-lines',
  detect(page, findings) {
    const pageIsWeb = httpUrl(page.url) !== null;
    const matches = matcher.match(page.text.text, declaredLanguages(page));
    const feedFooters = matches.filter((m) => m.rule.kind === 'appeared-first').length;
    for (const match of matches) {
      const evidence = evidenceAt(page, match.start, match.end);
      if (evidence.region.quoted || evidence.region.comments || evidence.quotedInProse) continue;
      if (evidence.region.footer && SITE_WIDE_KINDS.has(match.rule.kind)) continue;
      // Several feed footers, or one in a list, belong to a feed of other posts ("The post <other
      // title> appeared first on ..."): only one that repeats this page's title is about this page.
      if (match.rule.kind === 'appeared-first' && (feedFooters > 1 || inListItem(page, match.start)) && !repeatsTitle(page, text(page, match.start, match.end))) continue;
      const publisherText = cleanPublisher(match.groups.publisher);
      const links = linksAround(page, match.start, evidence.quoteEnd);
      const foreign = links.filter((l) => !pageIsWeb || !sameSite(l.url, page.url, page.siteOf));
      const own = links.filter((l) => pageIsWeb && sameSite(l.url, page.url, page.siteOf));

      if (match.rule.kind === 'wire-agency') {
        const agency = wireAgency(publisherText ?? '');
        const site = registrableDomain(page.url, page.siteOf);
        if (agency && site && agency.domains.includes(site)) continue; // the agency's own page
      }
      // An author's own site saying where a piece first appeared, linking to itself, is not a copy.
      if (foreign.length === 0 && own.length > 0) continue;
      const original = pickOriginal(foreign, publisherText);
      if (match.rule.needsForeignLink && !original && (!publisherText || NO_PUBLISHER.test(publisherText))) continue;

      findings.republication.push({
        kind: match.rule.kind,
        text: evidence.quote,
        url: original?.url ?? null,
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
      if (url) links.push({ url, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim() });
    }
  }
  return links;
}

/**
 * The link to the original article: one labelled as such ("this site", "Read the original
 * article"), else the one with the most article-like address. A link on the publisher's name
 * usually goes to its home page or a section, not to the article.
 */
function pickOriginal(links: FoundLink[], publisher: string | null): FoundLink | null {
  const labelled = links.find((l) => ORIGINAL_LINK_TEXT.test(l.text));
  if (labelled) return labelled;
  const named = (l: FoundLink) => publisher !== null && l.text.length > 0 && publisher.toLowerCase().includes(l.text.toLowerCase());
  const ranked = [...links].sort((a, b) => Number(named(a)) - Number(named(b)) || pathDepth(b.url) - pathDepth(a.url));
  return ranked[0] ?? null;
}

/** Path segments, with a word-slug counting extra: "/2024/03/why-bees-matter/" beats "/blog". */
function pathDepth(url: string): number {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return segments.length + (segments.some((seg) => /[\p{L}\d]+-[\p{L}\d]+-[\p{L}\d]+/u.test(seg)) ? 2 : 0);
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
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
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
    .replace(/\s+(?:and|und|et|y|e)\s+(?:can|is|was|has|have|may|will|ist|wird|est|a|fue|es)\b.*$/i, '') // "... and can be read here"
    .replace(/^[\s"'“”„«»]+|[\s"'“”„«».,:;]+$/g, '')
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .trim();
  return cleaned.length > 0 && cleaned.length <= 100 ? cleaned : null;
}
