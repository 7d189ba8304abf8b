/**
 * Turning credit strings into names: strip "By" and its translations, drop what is not a
 * name (dates, poster accounts such as "admin", e-mail addresses, URLs, whole sentences),
 * split "A, B and C".
 */

const BY_PREFIX =
  /^(?:(?:written|posted|published|reported|words|text|story|article|report|by|from)\s+by\b|by\b|von\b|par\b|por\b|di\b|da\b|door\b|av\b|af\b|przez\b|autor(?:in)?\b|author\b|auteur\b|text\b|texte\b|redakcja\b|written\b|posted\b)[\s:：\-–—]*/i;
const TRAILING_JUNK =
  /\s*(?:[|·•–—]\s.*|,?\s+(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)\b.*|,?\s+(?:on|am|le|el|den|il)\s+\d.*|\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*|\s+\d{4}-\d{2}-\d{2}.*)$/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\b\S+\.(?:com|org|net|de|fr|es|uk|io|co)\b/i;
const DATE_LIKE =
  /^(?:\d[\d\s./:-]*|(?:\w+\s+)?\d{1,2},?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)$/i;
/** Accounts a CMS shows as "author" that name no one. */
const POSTER_ACCOUNTS = new Set([
  'admin', 'administrator', 'administrador', 'administrateur', 'webmaster', 'root', 'guest', 'user',
  'author', 'editor', 'site admin', 'siteadmin', 'wpadmin', 'superadmin', 'sysadmin', 'moderator', 'default',
  'unknown', 'anonymous', 'null', 'undefined', 'system', 'wordpress', 'autoblog', 'bot admin', 'posts',
  'redaktion admin', 'none', 'n/a', 'na', 'test', 'demo', 'publisher', 'content team', 'editorial',
]);
/** Words that put a credit string in sentence territory rather than a name. */
const SENTENCE_WORDS =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|this|that|these|those|the article|our|your|we|you|they|it|which|who|when|where|about|because|click|read|share|follow|subscribe|comments?)\b/i;
const MAX_NAME_LENGTH = 70;
const MAX_NAME_WORDS = 6;

/** One cleaned name, or null when the string is not a name. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  for (let i = 0; i < 2; i++) name = name.replace(BY_PREFIX, '').trim();
  name = name.replace(TRAILING_JUNK, '').trim();
  name = name.replace(/^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/g, '').trim();
  name = name.replace(/\s*\((?:[^)]*@[^)]*|https?:[^)]*)\)\s*$/, '').trim();
  if (!name || name.length > MAX_NAME_LENGTH) return null;
  if (EMAIL.test(name) || URL_LIKE.test(name)) return null;
  if (DATE_LIKE.test(name)) return null;
  if (POSTER_ACCOUNTS.has(name.toLowerCase())) return null;
  if (!/\p{L}/u.test(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  if (/[.!?]$/.test(name) && words.length > 3) return null;
  if (words.length > 2 && SENTENCE_WORDS.test(name)) return null;
  return name;
}

const LIST_SEPARATOR = /\s*(?:,|;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+og\s+|\s+och\s+|\s+i\s+|\s+oraz\s+|、|・)\s*/i;

/** "By A, B and C" → ["A", "B", "C"]; junk entries are dropped. */
export function splitNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const stripped = raw.replace(/[\s\u00a0]+/g, ' ').trim().replace(BY_PREFIX, '');
  const names: string[] = [];
  for (const part of stripped.split(LIST_SEPARATOR)) {
    const name = cleanName(part);
    if (name && !names.some((n) => sameName(n, name))) names.push(name);
  }
  return names;
}

/** Name equality for merging: case, accents and punctuation do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
