/**
 * Sets of strings, one of each set must be in a text for a rule to match there (scripts/rule-needs.ts
 * reads them off the patterns). An empty list needs nothing.
 */
export type RuleNeeds = readonly (readonly string[])[];

/**
 * Text as the needs are written: lower case, any run of white space (line breaks too) one space. The
 * one letter that case-insensitive patterns fold to another but toLowerCase keeps is the long s
 * ("ſ" matches /s/iu).
 */
export function foldForNeeds(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/** Does the folded text hold one string of every set? */
export function meetsNeeds(folded: string, needs: RuleNeeds): boolean {
  return needsMet(needs, (s) => folded.includes(s));
}

/** Does one string of every set pass `has`? */
export function needsMet(needs: RuleNeeds, has: (s: string) => boolean): boolean {
  return needs.every((set) => set.some(has));
}

// The shipped form is compact, as it loads on every page: sets joined by "&", a set's strings by "|".
// No needed string holds either character: the generator leaves such strings out (formatNeeds).
const SETS = '&';
const STRINGS = '|';

export function formatNeeds(needs: RuleNeeds): string {
  return needs
    .filter((set) => set.every((s) => !s.includes(SETS) && !s.includes(STRINGS) && !s.includes('\n')))
    .map((set) => set.join(STRINGS))
    .join(SETS);
}

/**
 * One line per rule, in the rules' order. Null when the count is not the rules' (a list edited without
 * regenerating): then no rule is skipped, which costs time but never a match.
 */
export function parseNeeds(lines: string, ruleCount: number): RuleNeeds[] | null {
  const parsed = lines.split('\n').map((line) => (line ? line.split(SETS).map((set) => set.split(STRINGS)) : []));
  return parsed.length === ruleCount ? parsed : null;
}

/**
 * A long alternation inside many rules (the AI system and model names), and strings one of which any match
 * of it needs (null: it can match without any; scripts/rule-needs.ts reads them off). Where the text holds
 * none of them, the matcher compiles the rules without the list: a third of their pattern text, on most
 * pages. The list is kept whole or dropped whole, so a rule compiles to one of a few sources, which V8
 * caches across the pages of a tab.
 */
export interface PrunableAlternation {
  source: string;
  needs: readonly string[] | null;
}

/**
 * A fragment many rules hold ("AI" in a language, or what an English notice calls the article), named in
 * their needs by one mark: where the fragment matches near a trigger, the mark is there. The words alone
 * ("ai", "this", "story") are on every page. A masked fragment is also matched once per page rather than
 * in each rule that holds it: those rules read its token off a masked text (phrase-matcher.ts).
 */
export interface Mention {
  /** A private-use character, as the needs name the fragment; the matcher looks it up among the mentions, never in the page text. */
  mark: string;
  source: string;
  /** The letter of its token in a masked text ("q", then this letter to the length of the match). */
  token: string;
}

/** A pattern that never matches: what a dropped alternation becomes. */
export const NEVER_MATCHES = '(?!)';

/** The alternation as the matcher compiles it for this folded text: whole, or NEVER_MATCHES. */
export function prunedSource(alternation: PrunableAlternation, folded: string): string {
  return alternation.needs === null || alternation.needs.some((s) => folded.includes(s)) ? alternation.source : NEVER_MATCHES;
}
