/** Page metadata from <meta>, <link> and JSON-LD, read once per analysis. */

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface PageMetadata {
  /** <meta name|property|itemprop=KEY content=...>, keys lower-cased, values in page order. */
  meta: Map<string, string[]>;
  /**
   * <meta name|property=KEY value=...>, which some CMSs write instead of content=: [key lower-cased,
   * value] in page order. Read in the same walk; bylines.ts uses them where content= says nothing.
   */
  metaValues: Array<[string, string]>;
  /** Every object in every JSON-LD block, @graph flattened, nested objects included. */
  jsonLd: JsonObject[];
  /** <link rel=canonical href>, as written. */
  canonical: string | null;
  lang: string | null;
}

/** Bound on JSON-LD: a page can hold megabytes of it, and we only need the article's own. */
export const MAX_JSON_LD_CHARS = 500_000;
export const MAX_JSON_LD_OBJECTS = 2_000;
const JSON_LD_TYPE = 'application/ld+json';
/** JSON-LD blocks read at most; the article's own comes early. */
export const MAX_JSON_LD_BLOCKS = 50;
/** Nesting followed inside one JSON-LD block (@graph, author objects, images: a handful deep). */
export const MAX_JSON_LD_DEPTH = 12;
/** <meta> tags read at most, and the length kept of each one's content. */
export const MAX_META_TAGS = 2_000;
export const MAX_META_CHARS = 4_000;

const EMPTY: PageMetadata = { meta: new Map(), metaValues: [], jsonLd: [], canonical: null, lang: null };

/**
 * Everything the page says about itself in markup. Never throws: a page whose DOM getters are
 * broken simply declares less (each part is read on its own).
 */
export function readMetadata(doc: Document): PageMetadata {
  const { meta, metaValues } = attempt(() => readMeta(doc), { meta: new Map<string, string[]>(), metaValues: [] });
  const canonical = attempt(() => clip(readCanonical(doc)), null);
  const lang = attempt(
    () =>
      clip(
        attr(doc.documentElement, 'lang') ||
          attr(doc.documentElement, 'xml:lang') ||
          meta.get('og:locale')?.[0]?.replace('_', '-') ||
          meta.get('content-language')?.[0] ||
          null,
        100,
      ),
    null,
  );
  return { ...EMPTY, meta, metaValues, jsonLd: attempt(() => readJsonLd(doc), []), canonical, lang: lang || null };
}

/*
 * getElementsByTagName and a test in code rather than attribute selectors: the same elements,
 * and on large or deep pages far cheaper (in jsdom an `[attr i]` selector costs a full match
 * per element; a tag-name list is one walk).
 */

function readMeta(doc: Document): Pick<PageMetadata, 'meta' | 'metaValues'> {
  const meta = new Map<string, string[]>();
  const metaValues: Array<[string, string]> = [];
  const elements = doc.getElementsByTagName('meta');
  const count = Math.min(elements.length, MAX_META_TAGS);
  for (let i = 0; i < count; i++) {
    const el = elements[i];
    const value = clip(attr(el, 'value'));
    if (value) metaValues.push([(el?.getAttribute('name') ?? el?.getAttribute('property') ?? '').toLowerCase(), value]);
    const content = clip(attr(el, 'content'));
    if (!content) continue;
    for (const name of ['name', 'property', 'itemprop']) {
      const key = attr(el, name)?.toLowerCase();
      if (!key || key.length > 200) continue;
      for (const k of key.split(/\s+/)) {
        const list = meta.get(k);
        if (list) list.push(content);
        else meta.set(k, [content]);
      }
    }
  }
  return { meta, metaValues };
}

/** <link rel=canonical href>: the first link whose rel tokens include "canonical" (any case). */
function readCanonical(doc: Document): string | null {
  const links = doc.getElementsByTagName('link');
  const count = Math.min(links.length, MAX_META_TAGS);
  for (let i = 0; i < count; i++) {
    const link = links[i];
    const rel = attr(link, 'rel');
    if (!rel?.toLowerCase().split(/\s+/).includes('canonical')) continue;
    const href = attr(link, 'href');
    if (href) return href;
    if (link?.hasAttribute('href')) return null; // the first canonical link wins, even if empty
  }
  return null;
}

/** A trimmed attribute value as a string, or null (also when the page broke getAttribute). */
function attr(el: Element | null | undefined, name: string): string | null {
  if (!el) return null;
  try {
    const value: unknown = el.getAttribute(name);
    return typeof value === 'string' ? value.trim() || null : null;
  } catch {
    return null;
  }
}

function clip(value: string | null, max = MAX_META_CHARS): string | null {
  return value && value.length > max ? value.slice(0, max) : value;
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function firstMeta(metadata: PageMetadata, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = metadata.meta.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

function readJsonLd(doc: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  let budget = MAX_JSON_LD_CHARS;
  const scripts = doc.getElementsByTagName('script');
  let blocks = 0;
  for (let i = 0; i < scripts.length && blocks < MAX_JSON_LD_BLOCKS && objects.length < MAX_JSON_LD_OBJECTS; i++) {
    const script = scripts[i];
    if (attr(script, 'type')?.toLowerCase() !== JSON_LD_TYPE) continue;
    blocks++;
    let source: unknown;
    try {
      source = script?.textContent;
    } catch {
      continue;
    }
    if (typeof source !== 'string') continue;
    if (source.length > budget) break;
    budget -= source.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; it simply says nothing
    }
    collectObjects(parsed, objects);
  }
  return objects;
}

/**
 * Every object in a parsed block, in document (depth-first) order, bounded in depth and count.
 * An explicit stack rather than recursion, and children are only pushed while there is room.
 */
function collectObjects(root: unknown, out: JsonObject[]): void {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0 && out.length < MAX_JSON_LD_OBJECTS) {
    const top = stack.pop();
    if (!top) break;
    const [value, depth] = top;
    if (depth > MAX_JSON_LD_DEPTH || !value || typeof value !== 'object') continue;
    const children: unknown[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && children.length < MAX_JSON_LD_OBJECTS; i++) children.push(value[i]);
    } else {
      out.push(value as JsonObject);
      for (const key in value) {
        if (children.length >= MAX_JSON_LD_OBJECTS) break;
        if (!Object.hasOwn(value, key)) continue;
        const child = (value as JsonObject)[key];
        if (child && typeof child === 'object') children.push(child);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], depth + 1]);
  }
}

/** The @type of a JSON-LD object as a list ("NewsArticle", ...). */
export function jsonLdTypes(obj: JsonObject): string[] {
  const type = obj['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'Report', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'ReportageNewsArticle', 'ReviewNewsArticle', 'BackgroundNewsArticle', 'AskPublicNewsArticle',
  'ScholarlyArticle', 'TechArticle', 'SocialMediaPosting', 'LiveBlogPosting', 'Review', 'SatiricalArticle',
  'MedicalScholarlyArticle', 'AdvertiserContentArticle', 'DiscussionForumPosting', 'Blog',
]);

/** The JSON-LD objects that describe an article, most specific first. */
export function jsonLdArticles(metadata: PageMetadata): JsonObject[] {
  return metadata.jsonLd.filter((obj) => jsonLdTypes(obj).some((t) => ARTICLE_TYPES.has(t)));
}

/** A JSON-LD value as plain strings: names of objects, strings as they are. */
export function jsonLdNames(value: JsonValue | undefined): string[] {
  if (value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => jsonLdNames(v));
  if (typeof value === 'object') {
    const name = value.name ?? value.alternateName;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return jsonLdNames(name);
  }
  return [];
}

export function jsonLdString(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return jsonLdString(value[0]);
  if (value && typeof value === 'object') {
    const v = value['@id'] ?? value.url ?? value.name;
    return typeof v === 'string' ? v.trim() || null : null;
  }
  return null;
}
