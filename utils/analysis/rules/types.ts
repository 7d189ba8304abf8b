import type { DisclosureLevel, DisclosureScope, RepublicationSignalKind } from '../types';

/**
 * A rule's pattern as text. The matcher builds the RegExp on first use (most rules never run on a page)
 * and in the form the page needs (name lists kept or left out, fragments masked). A RegExp fits too.
 */
export interface RulePattern {
  readonly source: string;
  readonly flags: string;
}

/**
 * A rule is data: a pattern plus examples that must match and examples that must not.
 * tests/core/rules.test.ts runs every example, so a rule cannot drift from what it claims.
 */
export interface PhraseRule {
  /** "<language>.<what it catches>", unique. */
  id: string;
  /** BCP 47 primary language tag of the wording. */
  language: string;
  /** Matched over the page's text, where "\n" separates blocks. */
  pattern: RulePattern;
  /** Whole texts that must contain a match. */
  matches: string[];
  /** Whole texts that must not contain a match. */
  rejects: string[];
}

export interface AiNoticeRule extends PhraseRule {
  level: DisclosureLevel;
  scope: DisclosureScope;
  /** When set, the notice must be a short block of its own (a label), not a sentence in prose. */
  maxBlockLength?: number;
  /** The notice itself holds a quotation (an image prompt): quotation marks around it are not someone else's words. */
  quotesPrompt?: boolean;
}

export interface RepublicationRule extends PhraseRule {
  kind: RepublicationSignalKind;
  /**
   * False for lines that say "first published here" on the author's own site only when a
   * link to the same site is present; true when the line itself proves a copy.
   */
  needsForeignLink: boolean;
}

export interface LeftoverRule extends PhraseRule {}

export interface AiSystem {
  /** Display name ("Benzinga Neuro"). */
  name: string;
  /**
   * Lower-case words one of which every match of the pattern contains. A text is lower-cased and looked
   * through for them before the pattern runs, so a page compiles only the patterns of names it mentions.
   */
  words: string[];
  /** Matches the name and its variants in running text; word boundaries are added. */
  pattern: RegExp;
  /** Who runs it. */
  publisher: string;
  /** Sites of the publisher, for naming the original of a republished copy. */
  domains: string[];
  kind: 'newsroom-system' | 'vendor' | 'persona' | 'assistant';
  /** What a credit to this system means when no notice says more. */
  level: DisclosureLevel;
  /** Credits that look like this name but are people or something else. */
  rejects: string[];
  matches: string[];
}

export interface AiModel {
  name: string;
  /** As AiSystem's: lower-case words one of which every match contains, looked for before the pattern runs. */
  words: string[];
  pattern: RegExp;
  kind: 'text' | 'image' | 'audio' | 'video';
  matches: string[];
  rejects: string[];
}
