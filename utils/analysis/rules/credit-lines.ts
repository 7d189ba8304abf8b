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
  'gim',
);

export function roleOfVerb(verb: string): CreditRole {
  for (const v of CREDIT_VERBS) if (new RegExp(`^${v.pattern}$`, 'i').test(verb)) return v.role;
  return 'contributor';
}
