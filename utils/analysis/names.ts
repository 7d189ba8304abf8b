import { ALNUM, CASED, isAscii, LETTER, LOWER, UPPER, wordsOf } from './letters';

/**
 * Turning credit strings into names: strip "By" and its translations, cut what follows the name
 * (dates, job titles, "| Site", e-mail addresses), drop what is not a name (dates, poster accounts
 * such as "admin", e-mail addresses, URLs, whole sentences), split "A, B and C".
 *
 * Every pattern is compiled once, here, and without \p{…} (letters.ts says why).
 */

/** "By", "Written by", "Von", "Par", "Por", "Door", "Av", "Di", "Autor:", "投稿者：", "文●" ... at the start. */
const BY_PREFIX = new RegExp(
  '^(?:' +
    [
      // "Reported and written by", "Tested & written by", "Words and photos by": the writer, whatever came first.
      String.raw`(?:(?:reported|researched|tested|reviewed|compiled|photographed|words|text|photos?)\s+(?:and|&)\s+(?:written|words|text|photos?|reported)\s+)?(?:(?:written|posted|published|reported|words|text|story|article|report|photos?|video|recipe)\s+)?by\b`,
      String.raw`(?:geschrieben|verfasst|erstellt)\s+von\b`,
      String.raw`(?:écrit|publié|rédigé)\s+par\b`,
      String.raw`(?:escrito|publicado)\s+por\b`,
      String.raw`(?:scritto|pubblicato)\s+da\b`,
      String.raw`(?:geschreven)\s+door\b`,
      String.raw`(?:von|par|por|door|av|af|di|da|przez|od|от|автор)\b`,
      String.raw`(?:autor(?:in|en)?|author|auteur|autore|verfasser(?:in)?|redakteur(?:in)?|reporter|writer|texte?|words|posted|written|written\s+and\s+produced|reporting|story)\s*[:：]`,
      String.raw`(?:post\s+author|beitrag|artikel|publiziert|posted|written|geschrieben)\s*(?:by|von|par|por)\b`,
      String.raw`(?:autor(?:in|en)?|author|auteur|autore|verfasser(?:in)?)\b`,
      String.raw`(?:取材[・、](?:文|執筆|構成)(?:[・、](?:写真|撮影))?|投稿者|作者|著者|执笔|作者名|記者|文|筆者|撰文|編集(?!部)|编辑(?!部))(?:\s*[:：●]|\s)?`,
    ].join('|') +
    String.raw`)[\s:：\-–—●]*`,
  'i',
);

/** Words that say when, after a name: "Updated", "Published", "aktualisiert" … */
const DATED_WORDS = String.raw`updated|published|posted|last\s+updated|aktualisiert|veröffentlicht|erschienen|mis\s+à\s+jour|publié|actualizado|publicado|pubblicato|aggiornato|bijgewerkt|gepubliceerd`;
/** "on", "am", "le" … before a date. */
const DATE_PREPOSITIONS = 'on|am|le|el|den|il|vom';

/** What follows the name on a byline line: separators, dates, places, "Updated ...". */
const TRAILING_JUNK = new RegExp(
  String.raw`\s*(?:` +
    [
      String.raw`\s[|·•]\s*.*`,
      String.raw`\s[–—]\s.*`,
      String.raw`\s+\/(?:\s.*)?`,
      String.raw`\s*\d{4}\s*年.*`,
      String.raw`\s-\s.*`,
      String.raw`,?\s+(?:${DATED_WORDS})\b.*`,
      String.raw`,?\s+(?:${DATE_PREPOSITIONS}|at|um|à)\s+\d.*`,
      String.raw`,?\s+(?:${DATE_PREPOSITIONS})\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\b.*`,
      String.raw`,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*`,
      String.raw`,?\s+\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\w*\.?\s+\d{4}.*`,
      String.raw`,?\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*`,
      String.raw`,?\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}.*`,
      String.raw`,?\s+\d{1,2}:\d{2}.*`,
      String.raw`,?\s+\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b.*`,
      String.raw`\s*\d+\s+(?:min(?:ute)?s?|Min\.?)\s+(?:read|Lesezeit|de\s+lecture|de\s+lectura)\b.*`,
      String.raw`\s*\(?(?:https?:\/\/|www\.)\S*\)?.*`,
      String.raw`\s*\(?[\w.+-]+@[\w-]+\.[\w.-]+\)?.*`,
      String.raw`\s*\(?@\w+\)?(?:\s.*)?`,
      String.raw`\s+in\s+[${CASED}].*`,
      String.raw`\s*[»«›>→].*`,
    ].join('|') +
    ')$',
  'i',
);

/**
 * What TRAILING_JUNK needs to match at all: a digit, one of its marks, a web address, or a space before one
 * of its words. Looked for first: the pattern is large (about 3 ms to compile in a new process) and most
 * bylines are a bare name.
 */
const MAY_END_IN_JUNK = new RegExp(String.raw`[\d|·•–—/@»«›>→]|\s-\s|www\.|\s(?:in|${DATE_PREPOSITIONS}|${DATED_WORDS})`, 'i');

/** The string without what follows the name (TRAILING_JUNK). */
export function withoutTrailingJunk(s: string): string {
  return MAY_END_IN_JUNK.test(s) ? s.replace(TRAILING_JUNK, '') : s;
}

/**
 * ", Staff Writer", ", Senior Correspondent", ", Benzinga's AI writer", ", our chief editor": a job title
 * after a comma, with whose it is, not another name.
 */
const JOB_TITLE =
  /^(?:(?:an?|the|our|its|their|his|her|[^\s,]+['’]s?)\s+){0,2}(?:(?:senior|chief|deputy|associate|assistant|contributing|staff|managing|executive|political|foreign|national|sports?|business|tech(?:nology)?|science|health|investigative|special|freelance|guest|lead|news|white\s+house|washington|global|digital|social\s+media|editorial|former|AI|markets?|data|weather|finance|financial|features?|local|metro|opinion|climate|energy|education|courts?|automated|software|product|program|principal|developer|android|research|marketing|communications|reviews?|products?|deals|travel|food|culture|arts|books|music|film|style|fashion|audience|video|photo|graphics|newsletter|podcast|visual|investigations|security|privacy|gaming|shopping|home|kitchen|personal|consumer|legal|medical)\s+)*(?:writer|reporter|editor|engineer|developers?|scientist|manager|designer|researcher|advocate|evangelist|correspondent|columnist|contributor|journalist|critic|producer|analyst|photographer|director|intern|fellow|blogger|author|staff|desk|reviewer|tester|expert|specialist|strategist|meteorologist|economist|consultant|bureau\s+chief|editor-at-large|editor\s+at\s+large|redakteur(?:in)?|korrespondent(?:in)?|journaliste|periodista|redacteur|redactie|redaktion|rédaction|redacción|correspondant|reportero|chefredakteur(?:in)?)(?:\s+(?:at|for|of|and)\s+.*)?$/i;

/** Letters after a name's comma that are a qualification, not a second name: "Mariana Teixeira, CFP®", "Jane Doe, PhD". */
const CREDENTIAL = /^(?:Ph\.?\s?D\.?|M\.?D\.?|MBA|CPA|CFA|CFP|CFP®|RN|JD|Esq\.?|MSc|BSc|MA|MS|MPH|RD|CPT|CMT|ChFC|CLU)(?:®|™)?$/;

/** A possessive followed by common words ("StockPulse's automated news engine"). */
const DESCRIPTION = new RegExp(`[${LETTER}]['’]s\\s+[${LOWER}]`);

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\b\S+\.(?:com|org|net|de|fr|es|it|nl|uk|io|co|at|ch|jp|ru|info|biz|gov|edu)\b/i;
const DATE_LIKE =
  /^(?:\d[\d\s./:-]*|(?:\w+\s+)?\d{1,2},?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|heute|gestern)$/i;
/** Accounts a CMS shows as "author" that name no one. */
const POSTER_ACCOUNTS = new Set([
  'admin', 'administrator', 'administrador', 'administrateur', 'webmaster', 'root', 'guest', 'user',
  'author', 'editor', 'site admin', 'siteadmin', 'wpadmin', 'superadmin', 'sysadmin', 'moderator', 'default',
  'unknown', 'anonymous', 'null', 'undefined', 'system', 'wordpress', 'autoblog', 'bot admin', 'posts',
  'redaktion admin', 'none', 'n/a', 'na', 'test', 'demo', 'publisher', 'content team', 'editorial',
  'staff', 'admin user', 'adminuser', 'administrator account', 'wp admin', 'blog admin', 'site editor',
  'super user', 'superuser', 'admin admin', 'redakteur', 'posted', 'written', 'published', 'anonym', 'gast',
  'by', 'von', 'par', 'por', 'autor', 'auteur', 'written by', 'posted by', 'share', 'follow', 'email', 'more',
]);
/** Words that put a credit string in sentence territory rather than a name. */
const SENTENCE_WORDS =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|this|that|these|those|the article|our|your|we|you|they|it|which|who|when|where|about|because|click|read|share|follow|subscribe|comments?|ist|sind|war|wird|hat|haben|nicht|est|sont|une?|les|des)\b/i;
/** Labels and UI words a byline element often carries besides the name. */
const UI_WORDS = /^(?:(?:view|see|get|show)\s+(?:the\s+)?(?:full\s+)?(?:author|bio|profile|all|more|archive|posts|rss)|alle\s+(?:beiträge|artikel|posts)|weitere\s+(?:beiträge|artikel)|more\s+(?:by|from|articles|stories)|all\s+(?:posts|articles|stories)|view\s+(?:all|profile)|see\s+all|follow|email|e-mail|twitter|facebook|linkedin|instagram|bio|profile|contact|alle\s+artikel|mehr\s+von|artikel\s+von|read\s+more|show\s+more|close|menu|search|home|news|login|sign\s+in|subscribe|abonnieren|teilen|share|print|drucken|kommentare?|comments?)\b/i;

/** "@janedoe": a social handle, not a name (the page's name for the person is elsewhere). */
const HANDLE = /^@\w+$/;
/** "kj": two lower-case letters are someone's initials (a desk's shorthand), which name no one to a reader. */
const INITIALS = new RegExp(`^[${LOWER}]{2}\\.?$`);
/** A company or association by its legal form: clearly no person. */
const ORGANISATION =
  /(?:^|\s)(?:GmbH|gGmbH|mbH|AG|KG|OHG|e\.\s?V\.?|Inc\.?|Ltd\.?|LLC|L\.L\.C\.|Corp\.?|Corporation|plc|PLC|S\.A\.|S\.L\.|SAS|SARL|B\.V\.|N\.V\.|Pty|Bundesverband|Verband|Ministerium|Bundesamt|Landesamt)(?:\s|$|,)/;
const MAX_NAME_LENGTH = 70;
const MAX_NAME_WORDS = 6;
const SPACES = /[\s\u00a0\u200b\u3000]+/g;
const EDGE_PUNCTUATION = /^[\s,;:·•|–—\-[\]《》【】()"“”„'’]+|[\s,;:·•|–—\-[\]《》【】()"“”„]+$/g;
const PARENTHESISED = /\s*\([^)]*\)\s*$/;
/** A letter of any script; an ASCII one is looked for first (the Unicode class compiles only where needed). */
function hasLetter(s: string): boolean {
  return /[a-z]/i.test(s) || (!isAscii(s) && /\p{L}/u.test(s));
}
const TRAILING_SENTENCE = /[.!?]$/;

/** Collapse whitespace (including no-break and ideographic spaces) and trim. */
export function collapse(raw: string): string {
  return raw.replace(SPACES, ' ').trim();
}

/** Strip "By", "Von", "投稿者：" ... (up to twice: "Posted by: By X"). */
export function stripByPrefix(raw: string): string {
  let s = raw;
  for (let i = 0; i < 2; i++) {
    const next = s.replace(BY_PREFIX, '').trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

/** True when the string starts with "By", "Von", "Par", ... followed by something. */
export function hasByPrefix(raw: string): boolean {
  const s = collapse(raw);
  return BY_PREFIX.test(s) && s.replace(BY_PREFIX, '').trim().length > 0;
}

/** One cleaned name, or null when the string is not a name. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = stripByPrefix(collapse(raw));
  name = withoutTrailingJunk(name).trim();
  name = name.replace(EDGE_PUNCTUATION, '').trim();
  name = stripByPrefix(name);
  // "Jane Doe (@janedoe)", "Bradley Kuhn (http://...)": a handle or address in brackets.
  if (PARENTHESISED.test(name) && /[@/.]|^\s*\(\s*\)/.test(name.match(PARENTHESISED)?.[0] ?? '')) name = name.replace(PARENTHESISED, '').trim();
  if (!name || name.length > MAX_NAME_LENGTH) return null;
  if (EMAIL.test(name) || URL_LIKE.test(name)) return null;
  if (DATE_LIKE.test(name)) return null;
  if (POSTER_ACCOUNTS.has(name.toLowerCase())) return null;
  if (UI_WORDS.test(name)) return null;
  if (JOB_TITLE.test(name) || CREDENTIAL.test(name)) return null;
  // "StockPulse's automated news engine": a description of someone's something, not a name.
  if (DESCRIPTION.test(name)) return null;
  if (HANDLE.test(name) || INITIALS.test(name) || ORGANISATION.test(name)) return null;
  if (!hasLetter(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  if (TRAILING_SENTENCE.test(name) && words.length > 3) return null;
  if (words.length > 2 && SENTENCE_WORDS.test(name)) return null;
  return name;
}

/** Separators of a list of names, captured: a comma may introduce a publisher (isOutletAfterComma). */
const LIST_SEPARATOR_KEPT = /(\s*(?:,|;|\s&\s|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+en\s+|\s+og\s+|\s+och\s+|\s+oraz\s+|、|，|\s+with\s+|\s+mit\s+|\s+avec\s+|\s+con\s+)\s*)/i;
/** "January 17, 2017 at 6:08 PM ET by Kori Schulman": a date, then the byline. */
const LEADING_DATE_BY = new RegExp(`^.{0,60}?\\d.{0,40}?\\s(?:by|von|par|por|door)\\s+(?=[${UPPER}])`);
/** "Jane Doe (Brussels bureau)": a place or desk in brackets after the names, closed or not. */
const TRAILING_BRACKET = /\s*\([^)]*\)?\s*$/;
/** "Jane Doe, CNN": a short all-caps outlet after the comma. */
const OUTLET_AFTER_COMMA = new RegExp(`^[${UPPER}]{2,6}$`);
/** "The Markup", "The Seattle Times". */
const THE_OUTLET = new RegExp(`^The\\s+[${UPPER}]`);
/** Words that make a name a publisher's ("KFF Health News", "University of Leeds"), not a person's. */
const OUTLET_WORDS =
  /\b(?:News|Times|Media|Magazine|Journal|Herald|Tribune|Gazette|Network|Agency|Radio|University|College|Institute|Foundation|Cent(?:er|re)|Society|Insider|Chronicle|Observer|Telegraph|Bulletin|Dispatch|Newsroom|Zeitung|Nachrichten|Labs|Council|Association|Project|Bureau|Channel|Universit(?:ät|é|à|ad|y)|Today|Daily|Weekly|Report|Monitor|Review|Press|Wire|Courier|Ledger|Sentinel|Examiner|Inquirer|Enquirer|Register|Independent|Globe|Express)\b/;
/** "Evan Brooks The Seattle Times": a publisher run onto the name without a comma. */
const RUN_ON_OUTLET = new RegExp(`^([${UPPER}]\\S*(?:\\s+[${UPPER}]\\S*){1,3})\\s+The\\s+[${UPPER}].*$`);
/** A brand in one word ("CalMatters", "Reuters") after a full name. */
const ONE_WORD = new RegExp(`^[${UPPER}][${ALNUM}&.'’-]*$`);

/**
 * After a comma, a publisher rather than a co-author: "By Dana Whitfield, The Markup", "By Carmen
 * Ruiz, KFF Health News", "by Kate Whitmore, University of Leeds", "By Rosa Delgado, CalMatters".
 * Lists joined by "and" are names ("By Jane Doe and John Roe").
 */
function isOutletAfterComma(part: string, previous: string): boolean {
  const p = part.trim();
  if (OUTLET_AFTER_COMMA.test(p) || THE_OUTLET.test(p) || OUTLET_WORDS.test(p)) return true;
  return ONE_WORD.test(p) && previous.trim().split(/\s+/).length >= 2;
}

/** "By Sarah Kim with AI", "and ChatGPT": the machine a byline shares credit with is not a person (the notice rules read it). */
const AI_NOT_A_PERSON =
  /^(?:(?:the\s+)?help\s+(?:of|from)\s+)?(?:an?\s+)?(?:AI|A\.I\.|KI|IA|gen(?:erative)?\s*AI|artificial\s+intelligence|ChatGPT|GPT-?\d[\w.]*|Copilot)(?:\s+(?:tools?|models?|assistant|system))?$/i;

/** "By A, B and C" → ["A", "B", "C"]; junk entries are dropped. */
export function splitNames(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let stripped = stripByPrefix(collapse(raw).replace(LEADING_DATE_BY, ''));
  stripped = withoutTrailingJunk(stripped).replace(TRAILING_BRACKET, '').trim();
  const names: string[] = [];
  const parts = stripped.split(LIST_SEPARATOR_KEPT);
  for (let i = 0; i < parts.length; i += 2) {
    let part = parts[i] ?? '';
    const separator = parts[i - 1] ?? '';
    if (i > 0 && separator.trim() === ',' && isOutletAfterComma(part, parts[i - 2] ?? '')) continue;
    if (AI_NOT_A_PERSON.test(part.trim())) continue;
    part = part.replace(RUN_ON_OUTLET, '$1');
    const name = cleanName(part);
    if (name && !names.some((n) => sameName(n, name))) names.push(name);
  }
  return names;
}

/** Name equality for merging: case, accents and punctuation do not matter, in any script. */
export function nameKey(name: string): string {
  // "é" → "e" + U+0301, then the mark goes (ASCII has neither).
  return wordsOf(isAscii(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, '')).join(' ');
}

/** nameKey without the spaces: "StarsInsider", "Stars Insider" and "stars-insider" are one brand. */
export function compactKey(name: string): string {
  return nameKey(name).replace(/ /g, '');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
