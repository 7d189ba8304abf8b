import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';
import { AI_NOTICE_RULES } from '../utils/analysis/rules/ai-notices';
import { LEFTOVER_RULES } from '../utils/analysis/rules/chatbot-leftovers';
import { REPUBLICATION_RULES } from '../utils/analysis/rules/republication';
import { MENTIONS, NAME_LIST_SOURCES } from '../utils/analysis/rules/fragments';
import { foldForNeeds, formatNeeds, NEVER_MATCHES, type RuleNeeds } from '../utils/analysis/rules/needs';
import type { PhraseRule, RulePattern } from '../utils/analysis/rules/types';

/**
 * The words a rule cannot match without, read off its pattern.
 *
 * V8 compiles a regular expression the first time it runs, and the phrase rules are large: compiling
 * them is most of what the content script costs on a page. A rule whose needed words are nowhere
 * near a trigger word cannot match there, so the matcher skips it, uncompiled, after a few indexOf
 * calls. Reading the patterns in the page would cost more than it saves, so this script reads them
 * once and writes utils/analysis/rules/rule-needs.generated.ts; tests/core/rule-needs.test.ts fails
 * when that file is out of step with the rules.
 *
 * Sound by construction: a set is kept only where every way through the pattern passes one of its
 * strings (optional parts, classes and negative lookarounds need nothing), and strings are folded
 * as the page text is (foldForNeeds), so case-insensitive patterns lose nothing. A shared fragment
 * (fragments.ts, MENTIONS) is needed as its mark, which the matcher finds where the fragment matches.
 */

/** The rule lists the matcher runs, by the name of their needs in the generated module. */
export const RULE_LISTS: Readonly<Record<string, readonly PhraseRule[]>> = {
  AI_NOTICE_NEEDS: AI_NOTICE_RULES,
  REPUBLICATION_NEEDS: REPUBLICATION_RULES,
  LEFTOVER_NEEDS: LEFTOVER_RULES,
};

/** Sets kept per rule: the least likely one already rules out most pages, and the table ships in every page. */
const MAX_SETS = 1;
/** Longer sets cost the shipped table more than they save: most are lists of verbs that many pages hold. */
const MAX_SET_CHARS = 30;
/** A prefix of a needed string is needed too: shorter strings keep the shipped table small. */
const MAX_STRING = 6;
/** Names are cut a little longer: their first six letters ("automa", "benzin") are on many pages about AI. */
const MAX_NAME_STRING = 7;
/** Sets more likely than this to be on any page (by the estimate below) save nothing: not kept. */
const MAX_LIKELIHOOD = 0.2;
/**
 * Patterns shorter than this compile in a fraction of a millisecond: their needs would cost the content
 * script more bytes than they save time. Measured as the matcher compiles a pattern on a page that names
 * no AI system or model (name lists cut: phrase-matcher.ts), as most pages.
 */
const MIN_PATTERN_LENGTH = 1000;

/** A rule's pattern as compiled on a page that names no AI system or model, a masked fragment its token. */
function compiledLength(rule: PhraseRule): number {
  const masked = MENTIONS.reduce((source, m) => source.split(m.source).join(`q${m.token}+`), rule.pattern.source);
  return NAME_LIST_SOURCES.reduce((source, list) => source.split(list).join(NEVER_MATCHES), masked).length;
}

/** Longest list of words a part of a pattern is tracked with; more and only its sets are kept. */
const MAX_WORDS = 48;

/** What a part of a pattern needs. */
interface Needs {
  /** Every text the part can match, when they are few ("was|has been" × " generated"); null when not. */
  words: string[] | null;
  /** Sets of strings, one of each set in any text the part matches. */
  sets: string[][];
}

const NOTHING: Needs = { words: null, sets: [] };
const EMPTY: Needs = { words: [''], sets: [] };

export function needsOf(pattern: RulePattern): RuleNeeds {
  // A mention's fragment needs its mark, which the matcher finds there where the fragment matches.
  const source = MENTIONS.reduce((s, mention) => s.split(mention.source).join(`(?:${mention.mark})+`), pattern.source);
  const literal = parseRegExpLiteral(new RegExp(source, pattern.flags));
  const best = setsOf(ofAlternatives(literal.pattern.alternatives))
    .map((set) => tidy(set))
    .filter((set) => likelihood(set) <= MAX_LIKELIHOOD && set.join('|').length <= MAX_SET_CHARS)
    .sort((a, b) => likelihood(a) - likelihood(b) || a.length - b.length || a.join().localeCompare(b.join()));
  const kept: string[][] = [];
  for (const set of best) {
    if (kept.length >= MAX_SETS) break;
    if (!kept.some((k) => k.join('|') === set.join('|'))) kept.push(set);
  }
  return kept;
}

function setsOf(needs: Needs): string[][] {
  return needs.words ? [needs.words, ...needs.sets] : needs.sets;
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Needs {
  const each = alternatives.map((a) => ofSequence(a.elements));
  if (each.length === 1) return each[0] ?? NOTHING;
  const all = each.every((b) => b.words !== null) ? [...new Set(each.flatMap((b) => b.words ?? []))] : null;
  const words = all && all.length <= MAX_WORDS ? all : null;
  // One of the branches matches: a string every branch needs one of is the union of one set per branch.
  const union: string[] = [];
  for (const branch of each) {
    const pick = setsOf(branch)
      .map((set) => tidy(set))
      .filter((set) => set.length > 0)
      .sort((a, b) => likelihood(a) - likelihood(b))[0];
    if (!pick) return { words, sets: [] }; // a branch that needs nothing: the whole needs nothing
    union.push(...pick);
  }
  return { words, sets: [union] };
}

function ofSequence(elements: readonly AST.Element[]): Needs {
  const sets: string[][] = [];
  let run: string[] = [''];
  let finite = true;
  const endRun = () => {
    sets.push(run);
    run = [''];
  };
  for (const element of elements) {
    const needs = ofElement(element);
    sets.push(...needs.sets);
    if (needs.words === null) {
      finite = false;
      endRun();
      continue;
    }
    const next = joinWords(run, needs.words);
    if (next.length <= MAX_WORDS) run = next;
    else {
      finite = false;
      sets.push(run);
      run = needs.words;
    }
  }
  if (finite) return { words: run, sets };
  endRun();
  return { words: null, sets };
}

/** Every word of `a` followed by every word of `b`; folded text has one space for a run of white space. */
function joinWords(a: readonly string[], b: readonly string[]): string[] {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x.endsWith(' ') && y.startsWith(' ') ? x + y.slice(1) : x + y);
  return [...out];
}

/** A class of a few characters ("[’']"), as words. */
const MAX_CLASS_WORDS = 8;

function ofElement(element: AST.Element): Needs {
  if (isWhiteSpace(element)) return { words: [' '], sets: [] };
  switch (element.type) {
    case 'Character':
      return { words: [foldForNeeds(String.fromCodePoint(element.value))], sets: [] };
    case 'CharacterClass': {
      const chars = element.negate ? [] : element.elements.filter((e) => e.type === 'Character');
      if (chars.length === 0 || chars.length !== element.elements.length || chars.length > MAX_CLASS_WORDS) return NOTHING;
      return { words: [...new Set(chars.map((c) => foldForNeeds(String.fromCodePoint((c as AST.Character).value))))], sets: [] };
    }
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier': {
      const inner = ofElement(element.element);
      if (element.min === 1 && element.max === 1) return inner;
      // x? matches nothing or x; other optional parts are too many texts to list.
      if (element.min === 0) return element.max === 1 && inner.words ? { words: [...new Set(['', ...inner.words])], sets: [] } : NOTHING;
      // x{2,} matches "xx…": not a short list of texts, but whatever x needs.
      return { words: null, sets: setsOf(inner) };
    }
    case 'Assertion':
      // Zero-width: the text on either side is adjacent. What a positive lookaround looks at must be there.
      if ((element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate) return { words: [''], sets: setsOf(ofAlternatives(element.alternatives)) };
      return EMPTY;
    default:
      // Other classes and sets, back-references: too many texts.
      return NOTHING;
  }
}

/** Matches only white space, at least one character of it: "\s", "\s+", "[ \t]", "\n". */
function isWhiteSpace(element: AST.Element | AST.CharacterClassElement): boolean {
  switch (element.type) {
    case 'Character':
      return /^\s$/.test(String.fromCodePoint(element.value));
    case 'CharacterSet':
      return element.kind === 'space' && !element.negate;
    case 'CharacterClass':
      return !element.negate && element.elements.length > 0 && element.elements.every((e) => isWhiteSpace(e));
    case 'Quantifier':
      return element.min >= 1 && isWhiteSpace(element.element);
    default:
      return false;
  }
}

/** Short, distinct strings: a prefix of a needed string is needed, and a string holding another adds nothing. */
function tidy(set: readonly string[], length = MAX_STRING): string[] {
  const cut = [...new Set(set.map((s) => s.slice(0, length)))];
  // An option of only spaces is on every page: the set then rules nothing out.
  if (cut.length === 0 || cut.some((s) => s.trim().length === 0)) return [];
  return cut.filter((s) => !cut.some((other) => other !== s && s.includes(other))).sort();
}

/** A rough chance that a set turns up in a few lines of text: each string is less likely the longer it is. */
function likelihood(set: readonly string[]): number {
  if (set.length === 0) return 1;
  return Math.min(1, set.reduce((sum, s) => sum + (isMark(s) ? MARK_LIKELIHOOD : 0.45 ** Math.min(s.trim().length, 12)), 0));
}

/** Most lines near a trigger word mention no AI and do not name the article. */
const MARK_LIKELIHOOD = 0.05;

function isMark(s: string): boolean {
  return MENTIONS.some((m) => m.mark === s);
}

/** The generated module, as text: per rule list, one line per rule in its order (needs.ts, parseNeeds). */
export function generateNeedsModule(lists: Readonly<Record<string, readonly PhraseRule[]>> = RULE_LISTS): string {
  const exports = Object.entries(lists).map(([name, rules]) => {
    const lines = rules.map((rule) => (compiledLength(rule) >= MIN_PATTERN_LENGTH ? formatNeeds(needsOf(rule.pattern)) : ''));
    return `export const ${name} = ${JSON.stringify(lines.join('\n'))};`;
  });
  const nameLines = NAME_LIST_SOURCES.map((source) => formatNeeds(alternationNeeds(source)));
  return [
    '// Generated by `npm run gen:rule-needs` (scripts/rule-needs.ts) from the rule patterns. Do not edit:',
    '// tests/core/rule-needs.test.ts fails when this file is out of step with the rules.',
    '// One line per rule, in the order of its list; see needs.ts for the format.',
    '',
    ...exports,
    '',
    '// One line per name list (fragments.ts, NAME_LIST_SOURCES): strings one of which any match of the list needs.',
    `export const NAME_LIST_NEEDS = ${JSON.stringify(nameLines.join('\n'))};`,
    '',
  ].join('\n');
}

/**
 * What any match of an alternation needs, as one set: the longest literal of each of its branches (of
 * each branch of a branch that is one group). No set when a branch has no literal.
 */
export function alternationNeeds(source: string): RuleNeeds {
  const branches = topLevelBranches(source).flatMap((branch) => {
    const inner = /^\(\?:(.*)\)$/s.exec(branch)?.[1];
    return inner !== undefined && balanced(inner) ? topLevelBranches(inner) : [branch];
  });
  const set = branches.map(longestLiteral);
  return set.every(Boolean) ? [tidy(set, MAX_NAME_STRING)] : [];
}

/** Tokens of a pattern: an escape, a character class, or one character. */
const TOKENS = /\\.|\[(?:\\.|[^\]\\])*\]|[\s\S]/g;

/** Does every group opened in this pattern close in it, never closing one it did not open? */
function balanced(pattern: string): boolean {
  let depth = 0;
  for (const [token] of pattern.matchAll(TOKENS)) {
    depth += token === '(' ? 1 : token === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The branches of a pattern's top-level alternation: it splits on "|" outside groups and classes. */
export function topLevelBranches(source: string): string[] {
  const branches = [''];
  let depth = 0;
  for (const [token] of source.matchAll(TOKENS)) {
    if (token === '|' && depth === 0) branches.push('');
    else {
      depth += token === '(' ? 1 : token === ')' ? -1 : 0;
      branches[branches.length - 1] += token;
    }
  }
  return branches;
}

/**
 * The longest run of text that every match of a pattern without top-level "|" contains, folded: characters
 * outside groups that stand for themselves ("\." for a dot), less any a quantifier makes optional.
 * "A\.?\s?V\.? Club Bot" → " club bot".
 */
export function longestLiteral(pattern: string): string {
  let longest = '';
  let run = '';
  let depth = 0;
  for (const [token] of pattern.matchAll(TOKENS)) {
    if (depth === 0 && (token.length === 1 ? !/[.()[\]{}|?*+^$]/.test(token) : /^\\\W$/.test(token))) {
      run += token.slice(-1);
      continue;
    }
    if (/^[?*{]$/.test(token)) run = run.slice(0, -1); // the character before it may be left out
    if (run.length >= longest.length) longest = run;
    run = '';
    depth += token === '(' ? 1 : token === ')' ? -1 : 0;
  }
  return foldForNeeds(run.length >= longest.length ? run : longest);
}

export const GENERATED_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../utils/analysis/rules/rule-needs.generated.ts');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(GENERATED_FILE, generateNeedsModule());
  process.stdout.write(`wrote ${path.relative(process.cwd(), GENERATED_FILE)}\n`);
}
