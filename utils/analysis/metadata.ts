/** Page metadata from <meta>, <link> and JSON-LD, read once per analysis. */

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

export interface PageMetadata {
  /** <meta name|property|itemprop=KEY content=...>, keys lower-cased, values in page order. */
  meta: Map<string, string[]>;
  /** Every object in every JSON-LD block, @graph flattened, nested objects included. */
  jsonLd: JsonObject[];
  /** <link rel=canonical href>, as written. */
  canonical: string | null;
  lang: string | null;
}

/** Bound on JSON-LD: a page can hold megabytes of it, and we only need the article's own. */
const MAX_JSON_LD_CHARS = 500_000;
const MAX_JSON_LD_OBJECTS = 2_000;

export function readMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      for (const k of key.split(/\s+/)) {
        const list = meta.get(k);
        if (list) list.push(content);
        else meta.set(k, [content]);
      }
    }
  }
  const canonical = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href')?.trim() || null;
  const lang =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    doc.documentElement?.getAttribute('xml:lang')?.trim() ||
    meta.get('og:locale')?.[0]?.replace('_', '-') ||
    meta.get('content-language')?.[0] ||
    null;
  return { meta, jsonLd: readJsonLd(doc), canonical, lang: lang || null };
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
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    const source = script.textContent ?? '';
    if (source.length > budget) break;
    budget -= source.length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue; // broken JSON-LD is common; it simply says nothing
    }
    collectObjects(parsed, objects, 0);
  }
  return objects;
}

function collectObjects(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 12 || out.length >= MAX_JSON_LD_OBJECTS) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
    return;
  }
  if (value && typeof value === 'object') {
    const obj = value as JsonObject;
    out.push(obj);
    for (const child of Object.values(obj)) {
      if (child && typeof child === 'object') collectObjects(child, out, depth + 1);
    }
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
