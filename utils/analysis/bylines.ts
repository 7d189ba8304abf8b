/**
 * The visible byline: which element on the page says who wrote the article, and the names in it.
 *
 * One pass over the body's elements (bounded) collects byline candidates from generic signals:
 * schema.org microdata (itemprop=author/creator), rel=author links, byline/author class and id
 * names, hCard (.vcard .fn, .p-author), and short "By X" / "Von X" / "Par X" lines just after the
 * headline. Each candidate is read for names (its author links and name elements when it has
 * them, its text otherwise) and scored: near the headline, inside the article, agreeing with the
 * page's structured data. Candidates in comments, navigation, related-story lists and the site
 * footer are never read.
 */
import { jsonLdArticles, type JsonObject, type JsonValue, type PageMetadata } from './metadata';
import { cleanName, collapse, compactKey, hasByPrefix, nameKey, splitNames } from './names';

/** Class or id names of byline containers, matched anywhere in the token ("c-byline__name", "articleAuthor"). */
const BYLINE_CLASS = /by-?line|author|autor|auteur|autore|writer|verfasser|reporter|journalist|contributor/i;
/** ... but not the author's photo, biography or social links, nor comment authors. */
const NOT_BYLINE_CLASS =
  /avatar|image|img|photo|picture|thumb|bio(?:graphy)?\b|description|desc\b|about|social|share|follow|twitter|facebook|email|mail|more-?(?:by|from|stories)|other|related|comment|reply|widget|box-?title|date|time|title|headline|label|icon|role|position|job|tag|count|posts/i;
/** Name elements inside a byline: itemprop=name, "…__name", "author-name", hCard "fn". */
const NAME_CLASS = /(?:^|[\s_-])(?:fn|p-name|name|author-?name|byline-?name|authorname|autor-?name|author__name|byline__name|byline__author)(?:$|[\s_-])/i;
/** Author-page links: the name is the link text. */
export const AUTHOR_HREF =
  /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|writers?|reporters?|journalists?|contributors?|editors|staff|people|person|profiles?|redaktion|mitarbeiter|by|u|users?|members?)\/[^/?#]+\/?(?:[?#].*)?$|\/@[\w.-]+\/?(?:[?#].*)?$|[?&](?:author|autor)=/i;
/** The block around an author link is short when the link is a byline, long when it is a link in prose. */
const MAX_LINK_CONTEXT = 300;
const HEADING = /^H[1-2]$/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'HEAD', 'META', 'LINK']);

/** Bounds: a huge page must not stall the scan. */
const MAX_ELEMENTS = 25_000;
const MAX_CANDIDATES = 40;
/** Elements after the headline in which a "By X" line counts as the byline. */
const AFTER_HEADLINE_WINDOW = 60;
/** Longer than this, an element is a block of prose or a whole author box, not a byline. */
const MAX_BYLINE_TEXT = 200;
const MAX_LINE_TEXT = 120;
/** Ancestors looked at for a candidate's surroundings (comments, navigation, hidden). */
const MAX_ANCESTORS = 40;

export interface BylineCandidate {
  names: string[];
  /** The text the names were read from, whitespace collapsed. */
  text: string;
  score: number;
  /** Element index in document order, for tests and tie-breaks. */
  order: number;
}

interface RawCandidate {
  el: Element;
  order: number;
  /** How the element was recognised. */
  kind: 'microdata' | 'rel' | 'class' | 'line';
}

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'TIME']);
/**
 * Class tokens of what a reader never sees: text only screen readers get ("Post author"), and
 * elements hidden outright ("hide", "hidden", "is-hidden", "rich-snippet-hidden": the author
 * markup themes keep for search engines).
 */
const HIDDEN_TOKEN = /^(?:screen-reader-text|sr-only|visually-?hidden|a11y-only|offscreen|hide|(?:[\w-]*[-_])?hidden)$/i;
/** ... but not "overflow-hidden", which only clips, nor classes that hide on some screens only ("mobile-hidden", "hidden-xs"). */
const NOT_HIDDEN_TOKEN = /overflow|responsive|mobile|tablet|desktop|phone|print|small|large|(?:^|[-_])(?:xs|sm|md|lg|xl|xxl)(?:$|[-_])/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** The element itself is hidden: the hidden attribute, an inline display:none, or a hiding class. */
function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return true;
  const tokens = (el.getAttribute('class') ?? '').split(/\s+/);
  return tokens.some((t) => HIDDEN_TOKEN.test(t) && !NOT_HIDDEN_TOKEN.test(t));
}

/** The element or one of its ancestors is hidden: a byline no reader sees is no byline. */
function hiddenFromReaders(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_ANCESTORS; depth++) {
    if (node.tagName.toUpperCase() === 'BODY') return false;
    if (hidden(node)) return true;
    node = node.parentElement;
  }
  return false;
}
const MAX_TEXT_NODES = 200;

/**
 * The element's text as lines: a block element or <br> ends a line, and other element boundaries
 * count as a space, so "<span>By</span><a>Jane Doe</a><div>Dec 13</div>" reads "By Jane Doe" and
 * "Dec 13" rather than "ByJane DoeDec 13". Null when the element holds more than `max` characters.
 */
function linesOf(el: Element, max: number): string[] | null {
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  const walk = (node: Node): boolean => {
    if (++nodes > MAX_TEXT_NODES) return false;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      length += v.length;
      if (length > max * 4) return false;
      parts.push(v);
      return true;
    }
    if (node.nodeType !== 1) return true;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || hidden(child)) return true;
    const block = BLOCK_TAGS.has(tag);
    parts.push(block ? '\n' : ' ');
    for (let c = child.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    parts.push(block ? '\n' : ' ');
    return true;
  };
  for (let c = el.firstChild; c; c = c.nextSibling) if (!walk(c)) return null;
  const lines = parts
    .join('')
    .split('\n')
    .map(collapse)
    .filter((l) => l.length > 0);
  return lines.join(' ').length > max ? null : lines;
}

/** A line that continues a list of names from the line before ("and Jane Doe", ", John Roe"). */
const CONTINUATION = /^(?:and|&|und|et|y|e|,)\s/i;

/** Names from a byline's lines: the first line that names someone, and lines continuing its list. */
function namesFromLines(lines: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (names.length > 0 && !CONTINUATION.test(line)) break;
    // "By" alone on its line, the name on the next.
    const merged = hasByPrefix(`${line} x`) && !hasByPrefix(line) && i + 1 < lines.length ? `${line} ${lines[++i]}` : line;
    for (const name of splitNames(merged)) if (!names.some((n) => nameKey(n) === nameKey(name))) names.push(name);
  }
  return names;
}

/** The words that give the next name another role than author: "Edited by", "Photos by", "Illustration:". */
const OTHER_ROLE_BEFORE =
  /(?:\b(?:edited|reviewed|fact[- ]?checked|copy[- ]?edited|photos?|photographs?|photography|illustrations?|illustrated|graphics?|videos?|translated|translation|designed|design|produced|data|maps?|charts?|additional\s+reporting|contributions?)\s+(?:by|from)|\b(?:editor|editing|photos?|photography|illustration|graphics?|video|translation|design|producer)\s*:)\s*$/i;

/** The text just before `link` inside `root`, back to the previous link: what the byline says of that name. */
function textBefore(link: Element, root: Element): string {
  let text = '';
  for (let node: Node | null = link; node && node !== root && text.length < 80; node = node.parentNode) {
    for (let prev = node.previousSibling; prev && text.length < 80; prev = prev.previousSibling) {
      text = (prev.textContent ?? '') + text;
      if (prev.nodeType === 1 && ((prev as Element).tagName === 'A' || (prev as Element).querySelector('a'))) return text;
    }
  }
  return text;
}

/** Names the element's own markup singles out: itemprop=name, name classes, author links. `rejected` counts junk ones ("admin"). */
function markedNames(el: Element): { names: string[]; rejected: number } {
  const names: string[] = [];
  let rejected = 0;
  const push = (raw: string | null | undefined) => {
    const name = cleanName(raw);
    if (!name) {
      if (raw?.trim()) rejected++;
      return;
    }
    if (!names.some((n) => nameKey(n) === nameKey(name))) names.push(name);
  };
  const inner = el.getElementsByTagName('*');
  const limit = Math.min(inner.length, 200);
  // itemprop=name first: the most explicit.
  for (let i = 0; i < limit; i++) {
    const child = inner[i];
    if (child?.getAttribute('itemprop') === 'name') push(child.getAttribute('content') ?? child.textContent);
  }
  if (names.length > 0) return { names, rejected };
  for (let i = 0; i < limit; i++) {
    const child = inner[i];
    if (!child) continue;
    if (child.tagName === 'A') {
      const href = child.getAttribute('href') ?? '';
      // "By <a>Jane Doe</a> · Edited by <a>Tom Roe</a>": a link after another role's words is not an author.
      if (OTHER_ROLE_BEFORE.test(textBefore(child, el))) continue;
      if (AUTHOR_HREF.test(href) || /(?:^|\s)author(?:\s|$)/i.test(child.getAttribute('rel') ?? '')) push(child.textContent);
    } else if (NAME_CLASS.test(child.getAttribute('class') ?? '') && !child.querySelector('a, [class*="name" i]')) {
      push(child.textContent);
    }
  }
  return { names, rejected };
}

/** The names in one byline element. */
function namesIn(el: Element, lines: string[]): string[] {
  if (el.getAttribute('itemprop') === 'author' || el.getAttribute('itemprop') === 'creator') {
    const content = el.getAttribute('content');
    if (content) return splitNames(content);
  }
  if (el.tagName === 'A') return splitNames(lines.join(' '));
  const marked = markedNames(el);
  // The byline's author link names a poster account ("By admin"): the byline names no one.
  if (marked.names.length === 0 && marked.rejected > 0) return [];
  const fromText = namesFromLines(lines);
  if (marked.names.length > 0) {
    // The text may hold more names than are linked ("By A and B" with only A linked): keep the text's.
    if (fromText.length > marked.names.length && marked.names.every((m) => fromText.some((t) => nameKey(t) === nameKey(m)))) return fromText;
    return marked.names;
  }
  return fromText;
}

/** Names the page's structured data gives for the article's author (JSON-LD, then meta tags). */
export function structuredAuthorKeys(metadata: PageMetadata): Set<string> {
  const keys = new Set<string>();
  for (const article of jsonLdArticles(metadata)) {
    for (const raw of jsonLdPeople(metadata, article.author as JsonValue | undefined).concat(jsonLdPeople(metadata, article.creator as JsonValue | undefined))) {
      for (const name of splitNames(raw.name)) keys.add(nameKey(name));
    }
  }
  for (const key of META_AUTHOR_KEYS) for (const raw of metadata.meta.get(key) ?? []) for (const name of splitNames(raw)) keys.add(nameKey(name));
  return keys;
}

export const META_AUTHOR_KEYS = ['author', 'byl', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'cxenseparse:author', 'article.author', 'og:article:author', 'twitter:data1:author'];

export interface JsonLdPerson {
  name: string;
  /** The @type says Organization (or a kind of one): a newsroom, not a person. */
  organization: boolean;
  /** The @type says Person. */
  person: boolean;
}

const ORG_TYPES = /Organization|NewsMediaOrganization|Corporation|LocalBusiness|WebSite|Brand|GovernmentOrganization|EducationalOrganization/;

/**
 * A JSON-LD author value as people: strings, Person objects, arrays of either, and {"@id": ...}
 * references resolved against the page's other JSON-LD objects (Yoast's @graph).
 */
export function jsonLdPeople(metadata: PageMetadata, value: JsonValue | undefined, depth = 0): JsonLdPerson[] {
  if (value == null || depth > 4) return [];
  if (typeof value === 'string') return value.trim() ? [{ name: value, organization: false, person: false }] : [];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdPeople(metadata, v, depth + 1));
  if (typeof value !== 'object') return [];
  let obj: JsonObject = value;
  if (obj.name == null && typeof obj['@id'] === 'string') {
    const id = obj['@id'];
    const found = metadata.jsonLd.find((o) => o !== obj && o['@id'] === id && o.name != null);
    if (found) obj = found;
  }
  const { organization, person } = jsonLdKind(obj);
  const name = obj.name ?? obj.alternateName;
  if (typeof name === 'string') return name.trim() ? [{ name, organization, person }] : [];
  if (Array.isArray(name)) return name.filter((n): n is string => typeof n === 'string').map((n) => ({ name: n, organization, person }));
  if (name && typeof name === 'object') {
    const inner = (name as JsonObject)['@value'];
    if (typeof inner === 'string') return [{ name: inner, organization, person }];
  }
  return [];
}

function jsonLdKind(obj: JsonObject): { organization: boolean; person: boolean } {
  const types = ([] as JsonValue[]).concat(obj['@type'] ?? []).filter((t): t is string => typeof t === 'string');
  const person = types.some((t) => /Person/.test(t));
  return { organization: !person && types.some((t) => ORG_TYPES.test(t)), person };
}

/**
 * Some CMSs write <meta name=KEY value=...> with no content attribute (readMetadata keeps those
 * apart, in metaValues). Their values for `keys`, used only when no content= tag gives any of them.
 */
export function valuedMeta(metadata: PageMetadata, keys: readonly string[]): string[] {
  if (keys.some((key) => metadata.meta.has(key))) return [];
  return metadata.metaValues.filter(([key]) => keys.includes(key)).map(([, value]) => value);
}

/**
 * The names the site goes by, as compact keys (names.ts): og:site_name, application-name, and the
 * JSON-LD publisher, WebSite and Organization names. An author credit equal to one of them is
 * the site crediting itself ("《ScanNetSecurity》", "Recipe by Eat What Tonight"), not a byline.
 * A publisher the JSON-LD says is a Person is a personal site named after its author, so that
 * name stays an author.
 */
export function siteNameKeys(metadata: PageMetadata): Set<string> {
  const keys = new Set<string>();
  const add = (name: string | null | undefined) => {
    const key = name ? compactKey(name) : '';
    if (key) keys.add(key);
  };
  for (const key of SITE_NAME_KEYS) for (const name of metadata.meta.get(key) ?? []) add(name);
  for (const name of valuedMeta(metadata, SITE_NAME_KEYS)) add(name);
  const personalPublishers: string[] = [];
  for (const obj of metadata.jsonLd) {
    if (jsonLdKind(obj).organization && typeof obj.name === 'string') add(obj.name);
    if (obj.publisher == null) continue;
    for (const publisher of jsonLdPeople(metadata, obj.publisher)) {
      if (publisher.person) personalPublishers.push(publisher.name);
      else add(publisher.name);
    }
  }
  for (const name of personalPublishers) keys.delete(compactKey(name));
  return keys;
}
const SITE_NAME_KEYS = ['og:site_name', 'application-name'];

/** og:type values of pieces of writing ("article", "blog", "tumblr-feed:entry"), and "website", which many news sites say. */
const ARTICLE_OG_TYPE = /article|website|blog|post|entry|story|news/i;

/**
 * The page says in og:type that it is something other than an article: a code repository
 * ("object"), a profile, a product, a book, a video. The person its markup attaches to it is
 * its owner or subject, not the author of an article.
 */
export function declaresNonArticle(metadata: PageMetadata): boolean {
  const type = metadata.meta.get('og:type')?.[0]?.trim();
  return !!type && !ARTICLE_OG_TYPE.test(type);
}

/**
 * Every byline candidate on the page, best first. `structured` holds the nameKeys of the
 * structured-data authors, which raise a candidate that agrees with them.
 */
export function findBylines(doc: Document, structured: Set<string>): BylineCandidate[] {
  const body = doc.body;
  if (!body) return [];
  const all = body.getElementsByTagName('*');
  const total = Math.min(all.length, MAX_ELEMENTS);
  const raw: RawCandidate[] = [];
  let headline = -1;
  let skipUntil: Node | null = null;
  for (let i = 0; i < total && raw.length < MAX_CANDIDATES * 2; i++) {
    const el = all[i];
    if (!el) continue;
    if (skipUntil) {
      if (skipUntil.contains(el)) continue;
      skipUntil = null;
    }
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) {
      skipUntil = el;
      continue;
    }
    if (headline < 0 && tag === 'H1') headline = i;
    const itemprop = el.getAttribute('itemprop');
    if (itemprop && /(?:^|\s)(?:author|creator)(?:\s|$)/.test(itemprop)) {
      raw.push({ el, order: i, kind: 'microdata' });
      continue;
    }
    if (tag === 'A' && /(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) {
      raw.push({ el, order: i, kind: 'rel' });
      continue;
    }
    // A link to an author page just under the headline: the byline, whatever its classes say.
    if (
      tag === 'A' &&
      headline >= 0 &&
      i - headline <= AFTER_HEADLINE_WINDOW &&
      AUTHOR_HREF.test(el.getAttribute('href') ?? '') &&
      (el.parentElement?.textContent?.length ?? 0) < MAX_LINK_CONTEXT
    ) {
      raw.push({ el, order: i, kind: 'rel' });
      continue;
    }
    const names = classAndId(el);
    if (names.length > 1 && BYLINE_CLASS.test(names) && !NOT_BYLINE_CLASS.test(names.replace(BYLINE_CLASS_TOKEN_SAFE, ''))) {
      raw.push({ el, order: i, kind: 'class' });
      continue;
    }
    if (headline >= 0 && i - headline <= AFTER_HEADLINE_WINDOW && !HEADING.test(tag) && el.firstChild?.nodeType === 3 && hasByPrefix(el.firstChild.nodeValue ?? '')) {
      raw.push({ el, order: i, kind: 'line' });
    }
  }

  // Read each candidate once; nested candidates ("div.byline > a[rel=author]") give one byline, the outermost readable one.
  const candidates: BylineCandidate[] = [];
  const used: Element[] = [];
  for (const c of raw) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (used.some((u) => u.contains(c.el))) continue;
    if (outsideArticle(c.el) || hiddenFromReaders(c.el)) continue;
    const lines = linesOf(c.el, c.kind === 'line' ? MAX_LINE_TEXT : MAX_BYLINE_TEXT);
    if (lines === null) continue; // an author box or article wrapper: its inner candidates are read instead
    const text = lines.join(' ');
    const names = namesIn(c.el, lines);
    if (names.length === 0) continue;
    used.push(c.el);
    candidates.push({ names, text, order: c.order, score: scoreOf(c, text, names, headline, structured) });
  }
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  return candidates;
}

/** Whole class/id tokens of the places a byline never is: comments, navigation, teaser lists, the site footer. */
const EXCLUDED_TOKEN =
  /^(?:comments?|comment-?list|commentlist|comments?-?(?:area|section|wrapper|container)|disqus(?:_thread)?|respond|replies|user-?comments?|guest-?book|condolences?|nav|navbar|navigation|menu|main-?menu|breadcrumbs?|related|related-?(?:posts|stories|articles|content|links|news)|relatedposts|recommended|recommendations?|more-?(?:stories|news|articles|from)|trending|popular|most-?(?:read|popular|viewed)|read-?(?:next|more|also)|also-?read|see-?also|teasers?|sidebar|widget|widget-?area|outbrain|taboola|newsletter|site-?footer|page-?footer|global-?footer|footer|colophon)$/i;
const EXCLUDED_TAGS = new Set(['NAV', 'MENU', 'BLOCKQUOTE', 'Q']);

function outsideArticle(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_ANCESTORS; depth++) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (EXCLUDED_TAGS.has(tag)) return true;
    const role = node.getAttribute('role');
    if (role === 'navigation' || role === 'contentinfo' || role === 'complementary') return true;
    if (tag === 'FOOTER' && !node.parentElement?.closest('article, main')) return true;
    const names = classAndId(node).trim();
    if (names) for (const token of names.split(/\s+/)) if (EXCLUDED_TOKEN.test(token)) return true;
    node = node.parentElement;
  }
  return false;
}

/** Class tokens like "author-name" must not be vetoed by their own "-name"/"-title" parts. */
const BYLINE_CLASS_TOKEN_SAFE = /\b(?:author|byline|autor)[-_]+(?:name|info|link|wrapper|container)\b/gi;

function scoreOf(c: RawCandidate, text: string, names: string[], headline: number, structured: Set<string>): number {
  let score = 0;
  if (c.kind === 'microdata') score += 3;
  else if (c.kind === 'rel') score += 2;
  else if (c.kind === 'line') score += 2;
  else score += /by-?line/i.test(classAndId(c.el)) ? 3 : 1;
  if (hasByPrefix(text)) score += 2;
  if (headline >= 0) {
    const distance = c.order - headline;
    if (distance >= 0 && distance <= AFTER_HEADLINE_WINDOW) score += 3;
    else if (distance < 0 && distance >= -20) score += 1;
    else if (distance > 400) score -= 2;
  }
  if (c.el.closest('article, main, [role="main"], [itemprop="articleBody"]')) score += 1;
  if (c.el.closest('aside')) score -= 3;
  if (structured.size > 0) {
    const agree = names.filter((n) => structured.has(nameKey(n))).length;
    if (agree === names.length) score += 6;
    else if (agree > 0) score += 3;
  }
  return score;
}
