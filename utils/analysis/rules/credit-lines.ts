import type { CreditRole } from '../types';

/**
 * Credit lines: "Written by X", "Engineered by X, Edited by Y", "(Reporting by X; Editing by
 * Y)", "Image by X via Shutterstock". Each verb maps to a role; the names follow it.
 */
export interface CreditVerb {
  pattern: string;
  role: CreditRole;
}

export const CREDIT_VERBS: CreditVerb[] = [
  { pattern: '(?:written|reported|reporting|words|story|text|compiled|researched|authored|posted|published)', role: 'author' },
  { pattern: '(?:engineered|generated|produced|created|drafted|composed)', role: 'author' },
  { pattern: String.raw`(?:edited|editing|reviewed|fact[- ]checked|fact-checking|copy[- ]edited|checked|verified|curated|overseen|supervised|edited\s+and\s+fact[- ]checked|reviewed\s+and\s+edited)`, role: 'editor' },
  { pattern: String.raw`(?:additional\s+reporting|contributed|with\s+reporting|contributions|research|translated|translation|graphics?|data\s+analysis|video)`, role: 'contributor' },
  { pattern: String.raw`(?:images?|photos?|photograph(?:y|s)?|pictures?|illustrations?|artwork|cover\s+(?:image|photo)|featured\s+image)`, role: 'image' },
];

/** "Verb by Names" at the start of a line, after "(" or ";", or after a comma following another credit. */
export const CREDIT_LINE = new RegExp(
  String.raw`(?:^|[(;]|,)[ \t]*(?<verb>${CREDIT_VERBS.map((v) => v.pattern).join('|')})\s+by\s*:?\s+(?<names>[^\n;()|]{2,120}?)(?=\s*(?:[;()|\n]|,\s*(?:${CREDIT_VERBS.map((v) => v.pattern).join('|')})\s+by\b|\s+(?:via|for|on|/)\s+[^\n]{0,60}$|$))`,
  'gimu',
);

export function roleOfVerb(verb: string): CreditRole {
  for (const v of CREDIT_VERBS) if (new RegExp(`^${v.pattern}$`, 'i').test(verb)) return v.role;
  return 'contributor';
}

/**
 * "edited by Navdeep Yadav", "reviewed by Jane Doe", "redigiert von ...": the person a notice
 * names as reviewer. Names are capitalised words on one line, so "by our editors" and
 * "by Benzinga editors" name no one.
 */
export const REVIEWER = new RegExp(
  String.raw`(?:[Ee]dited|[Rr]eviewed|[Ff]act[- ][Cc]hecked|[Cc]hecked|[Vv]erified|[Oo]verseen|[Ss]upervised|[Cc]urated|redigiert|geprüft|überprüft|bearbeitet|relu|vérifié|édité|revisado|editado|verificado)(?:\s*,?\s*(?:and|&|und|et|y)\s+[\p{L}-]+)*\s+(?:by|von|par|por)\s*:?\s+(?<name>(?!(?:Our|The|An?|Its|Their|Unsere?[mnrs]?|Der|Die|Notre|Nos|Le|La|Les|Nuestro|Nuestra|El|Los|Las)\b)\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:van|von|de|der|da|di|del|la|le|bin|al)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3})(?![ \t]*(?:editors?|staff|team|desk|newsroom|journalists?|reporters?|Redaktion|rédaction|redacción)\b)`,
  'u',
);

/** The notice says people looked at it, named or not. */
export const HUMAN_REVIEW =
  /\b(?:edited|reviewed|fact[- ]checked|checked|verified|overseen|supervised|curated|redigiert|geprüft|überprüft|redaktionell|kontrolliert|relu|vérifié|édité|révisé|revisado|editado|verificado|supervisado)\b/iu;
