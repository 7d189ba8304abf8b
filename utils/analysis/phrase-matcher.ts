import { foldForNeeds, type Mention, NEVER_MATCHES, needsMet, type PrunableAlternation, prunedSource, type RuleNeeds } from './rules/needs';
import { isWordMarker, MIN_MARKER_WORDS } from './rules/triggers';
import type { PhraseRule } from './rules/types';
import { globalCopy, type PhraseRequest, spanInWindow, toPageSpan, windowsNear, windowTexts } from './phrase-windows';

/** One rule matched over a text. Offsets index that text (the page's TextIndex string, or a request's subject). */
export interface PhraseMatch<R> {
  rule: R;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

interface CompiledRule<R> {
  rule: R;
  needs: RuleNeeds;
  /** The mentions whose fragments it holds: it runs on the text with them masked (MentionsInText). */
  masks: readonly Mention[];
  forms: Forms;
}

/**
 * A pattern's compiled forms, by the name lists a page keeps (bit i set: list i kept). Where the matcher
 * lives on (the extension's background) they stay compiled: V8 keeps a live RegExp's code. Looked up by
 * a number, not by source: a page's lookups then cost nothing, where building a rule's source again
 * (pruned and masked: several KB of text) cost as much as matching it.
 */
interface Forms {
  /** The lists the pattern holds: only their bits tell its forms apart. */
  lists: number;
  built: Map<number, RegExp>;
}

const LEADING_PUNCTUATION = /^[\s"'“”„«»([|·•:,;.!?–—-]*/u;

/** Bound on the matches one rule can produce on one page: a hostile page cannot flood us. */
const MAX_MATCHES_PER_RULE = 50;

/**
 * Rules compiled once, matched over a whole text in rule order. Where matches overlap, the
 * earlier rule wins, so rule lists put narrower readings first.
 */
export interface MatcherGates {
  /** A line must hold (or neighbour a line that holds) one of these words for any rule to run on it. */
  trigger: RegExp;
  /** Function words per language: a rule runs only where its language's words appear. */
  languages: Record<string, RegExp>;
  /** Long alternations inside the rules (the name lists), left out of them on a page that holds none of their names. */
  prunable?: readonly PrunableAlternation[];
  /** Fragments many rules hold: their needs name each by its mark, and they read it off a masked text (MentionsInText). */
  mentions?: readonly Mention[];
}

export class PhraseMatcher<R extends PhraseRule> {
  private readonly compiled: CompiledRule<R>[];
  private readonly byMark: ReadonlyMap<string, Mention>;
  private readonly mentionForms: ReadonlyMap<Mention, Forms>;

  /**
   * `needs`, one per rule in order, are the strings each rule cannot match without (rule-needs.generated.ts):
   * a rule whose needs are not near a trigger is skipped before V8 compiles it, the main cost of a page.
   */
  constructor(
    rules: readonly R[],
    private readonly gates?: MatcherGates,
    needs?: readonly RuleNeeds[] | null,
  ) {
    const mentions = gates?.mentions ?? [];
    const formsOf = (source: string): Forms => ({ lists: listsIn(source, gates?.prunable ?? []), built: new Map() });
    this.compiled = rules.map((rule, i) => ({
      rule,
      needs: needs?.[i] ?? [],
      masks: masksOf(rule, mentions),
      forms: formsOf(rule.pattern.source),
    }));
    this.byMark = new Map(mentions.map((mention) => [mention.mark, mention]));
    this.mentionForms = new Map(mentions.map((mention) => [mention, formsOf(mention.source)]));
  }

  /**
   * Every non-overlapping match in `text`, in text order. `declared` are languages the page says it is in
   * (its lang attribute): their rules run even where the words near a notice are too few to tell.
   */
  match(text: string, declared: readonly string[] = []): PhraseMatch<R>[] {
    const windowed = windowsNear(text, this.gates?.trigger ?? null, declared);
    if (!windowed) return [];
    return this.matchRequest(windowed.request).map((m) => ({ ...m, ...toPageSpan(windowed, m.start, m.end) }));
  }

  /** Every non-overlapping match in a request's windows, in order; offsets index `request.joined`. */
  matchRequest(request: PhraseRequest): PhraseMatch<R>[] {
    const found: PhraseMatch<R>[] = [];
    const subjectText = asTwoByte(request.joined);
    const languages = this.gates ? languagesIn(windowTexts(request), this.gates.languages, request.declared) : null;
    const folded = foldForNeeds(subjectText);
    const kept = (this.gates?.prunable ?? []).reduce((bits, list, i) => (prunedSource(list, folded) === list.source ? bits | (1 << i) : bits), 0);
    const mentions = new MentionsInText(subjectText, (mention) => this.mentionRegex(mention, kept));
    // A mark is there where its fragment matches.
    const has = (s: string) => (this.byMark.has(s) ? mentions.spans(this.byMark.get(s) as Mention).length > 0 : folded.includes(s));
    for (const entry of this.compiled) {
      const { rule, needs, masks } = entry;
      if (languages && !languages.has(rule.language)) continue;
      if (!needsMet(needs, has)) continue;
      const regex = this.ruleRegex(entry, kept);
      const subject = masks.length > 0 ? mentions.masked(masks) : subjectText;
      let count = 0;
      regex.lastIndex = 0;
      for (let m = regex.exec(subject); m && count < MAX_MATCHES_PER_RULE; m = regex.exec(subject)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const span = spanInWindow(request, m.index, m.index + m[0].length);
        if (span === null) {
          regex.lastIndex = m.index + 1; // spans two windows: not one run of page text
          continue;
        }
        count++;
        // Leading "\n" or punctuation that a pattern uses as an anchor is not part of the quote.
        const lead = LEADING_PUNCTUATION.exec(m[0])?.[0].length ?? 0;
        const start = span.start + (lead < m[0].length ? lead : 0);
        const { end } = span;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        found.push({ rule, start, end, groups: { ...(m.groups ?? {}) } });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /**
   * Compile every rule in every form a page can ask for (each name list kept or left out), a rule per
   * step, ahead of the pages that need them. Only where the matcher lives on: the background runs it
   * in its idle time (phrase-matching-background.ts). V8 compiles a pattern on its first run (see AHEAD_SUBJECT).
   */
  *compileAll(): Generator<void, void, void> {
    const lists = this.gates?.prunable ?? [];
    for (let kept = 0; kept < 1 << lists.length; kept++) {
      // Each form once: the forms of a pattern are told apart only by the lists it holds.
      const ownForm = (forms: Forms) => (kept & forms.lists) === kept;
      for (const mention of this.byMark.values()) if (ownForm(this.forms(mention))) runOnce(this.mentionRegex(mention, kept));
      for (const entry of this.compiled) {
        if (!ownForm(entry.forms)) continue;
        runOnce(this.ruleRegex(entry, kept));
        yield;
      }
    }
  }

  /** How many patterns are compiled (each rule in each form it was asked for): for the tests of compileAll. */
  get compiledForms(): number {
    return [...this.compiled.map((entry) => entry.forms), ...this.mentionForms.values()].reduce((sum, forms) => sum + forms.built.size, 0);
  }

  /** A rule as it runs: name lists pruned, the fragments it masks read as their tokens. */
  private ruleRegex(entry: CompiledRule<R>, kept: number): RegExp {
    return this.form(entry.forms, kept, (prune) => {
      const source = entry.masks.reduce((s, { source, token }) => s.split(prune(source)).join(`q${token}+`), prune(entry.rule.pattern.source));
      return compile(source, unique(`${entry.rule.pattern.flags}gm`));
    });
  }

  private mentionRegex(mention: Mention, kept: number): RegExp {
    return this.form(this.forms(mention), kept, (prune) => compile(prune(mention.source), 'giu'));
  }

  private forms(mention: Mention): Forms {
    return this.mentionForms.get(mention) as Forms;
  }

  /** The pattern in the form a page asks for, built on first use (most rules never run on a page). Global: reset before use. */
  private form(forms: Forms, kept: number, build: (prune: (source: string) => string) => RegExp): RegExp {
    const key = kept & forms.lists;
    let regex = forms.built.get(key);
    if (!regex) {
      const lists = this.gates?.prunable ?? [];
      regex = build(pruner(lists.map((list, i) => [list.source, key & (1 << i) ? list.source : NEVER_MATCHES])));
      forms.built.set(key, regex);
    }
    return regex;
  }
}

/** The name lists (bit i: list i) a pattern holds. */
function listsIn(source: string, lists: readonly PrunableAlternation[]): number {
  return lists.reduce((bits, list, i) => (source.includes(list.source) ? bits | (1 << i) : bits), 0);
}

/** Replaces each alternation (its source) with what this page keeps of it. */
function pruner(pruned: ReadonlyArray<readonly [string, string]>): (source: string) => string {
  return (source) => pruned.reduce((s, [whole, kept]) => (whole === kept ? s : s.split(whole).join(kept)), source);
}

/**
 * What the patterns are run on ahead of the pages. V8 compiles a pattern to machine code at once for a
 * subject of 1,000 characters or more (to bytecode first below that), and separately for text of
 * one-byte characters and for text with others: the form with others ("’", "—", "“" are on nearly
 * every page) is the one compiled ahead, and the matcher reads every text in it (asTwoByte). Letters,
 * not line breaks: those would make every pattern that starts "(?:^|\n)\s*" try each of them to the end.
 */
const AHEAD_SUBJECT = `\u2019${'x'.repeat(999)}`;

/**
 * The same text, held by V8 as two-byte characters, the form the patterns are compiled ahead for
 * (AHEAD_SUBJECT). A request reaches the background as a new string, one-byte wherever its characters
 * allow (a page's notice lines often do); on such a text every rule would compile again. A slice of a
 * two-byte string shares its characters, so it stays two-byte.
 */
function asTwoByte(text: string): string {
  return `\u2019${text}`.slice(1);
}

function runOnce(regex: RegExp): void {
  regex.lastIndex = 0;
  regex.exec(AHEAD_SUBJECT);
  regex.lastIndex = 0;
}

/**
 * Where the mentions' fragments match in one text (found on first need), and the text with them masked:
 * each match of a fragment replaced, to the same length, by the fragment's token, "q" and then one letter
 * over and over ("qxxxx"), a run no English text holds. A rule that holds the fragment reads the token in
 * its place, so the fragment is matched once per page, not once in every rule that holds it: "AI" in
 * English and what a notice calls the article are half of the English notice rules. Tokens are letters,
 * so \b, \w and word classes read them as the words they stand for, and offsets stay the text's.
 */
class MentionsInText {
  private readonly found = new Map<Mention, Array<readonly [number, number]>>();
  private readonly masks = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly regexOf: (mention: Mention) => RegExp,
  ) {}

  /** Where the fragment matches, in text order. */
  spans(mention: Mention): ReadonlyArray<readonly [number, number]> {
    let spans = this.found.get(mention);
    if (!spans) {
      spans = [];
      const regex = this.regexOf(mention);
      regex.lastIndex = 0;
      for (let m = regex.exec(this.text); m; m = regex.exec(this.text)) {
        if (m[0].length === 0) regex.lastIndex++;
        else spans.push([m.index, m.index + m[0].length]);
      }
      this.found.set(mention, spans);
    }
    return spans;
  }

  /** The text with these mentions masked; where two overlap, the one listed first keeps its place. */
  masked(mentions: readonly Mention[]): string {
    const key = mentions.map((m) => m.token).join('');
    let text = this.masks.get(key);
    if (text === undefined) {
      const taken: Array<readonly [number, number, string]> = [];
      // Characters already masked: linear in the text, however many mentions a hostile page holds.
      const covered = new Uint8Array(this.text.length);
      for (const mention of mentions) {
        for (const [start, end] of this.spans(mention)) {
          if (covered.subarray(start, end).some(Boolean)) continue;
          covered.fill(1, start, end);
          taken.push([start, end, mention.token]);
        }
      }
      text = '';
      let at = 0;
      for (const [start, end, token] of taken.sort((a, b) => a[0] - b[0])) {
        text += `${this.text.slice(at, start)}q${token.repeat(end - start - 1)}`;
        at = end;
      }
      text = asTwoByte(text + this.text.slice(at));
      this.masks.set(key, text);
    }
    return text;
  }
}

/**
 * The mentions a rule reads off a masked text: the fragments it holds. A case-sensitive rule reads the
 * text as is: its fragment matches less than the masked one did. (No rule that holds one has named
 * groups, which would read a token: tests/core/phrase-matcher.test.ts.)
 */
function masksOf(rule: PhraseRule, mentions: readonly Mention[]): Mention[] {
  const { source, flags } = rule.pattern;
  return flags.includes('i') ? mentions.filter((mention) => source.includes(mention.source)) : [];
}

// The two functions below are for the rule tests; as functions, not methods, they stay out of the build.

/** Would the gates let this text through to a rule in this language? */
export function passesGates(gates: MatcherGates, language: string, text: string): boolean {
  return gates.trigger.test(text) && languagesIn([text], gates.languages).has(language);
}

/** Does the rule's pattern, compiled as the matcher compiles it, match this text? */
export function ruleMatches(rule: PhraseRule, text: string): boolean {
  return compile(rule.pattern.source, unique(`${rule.pattern.flags}m`)).test(text);
}

/**
 * The languages whose function words appear in the windows, and those the page declares. Too few words
 * to tell: the declared language and English (notices in English turn up on pages in any language), or,
 * on a page that declares none, every language written in the Latin script. A language told by a script
 * of its own (Japanese, Chinese, Korean) cannot be there when none of its characters is.
 */
function languagesIn(texts: string[], markers: Record<string, RegExp>, declared: readonly string[] = []): Set<string> {
  const present = new Set<string>();
  for (const [language, marker] of Object.entries(markers)) {
    if (texts.some((t) => hasMarkers(t, marker))) present.add(language);
  }
  if (present.size === 0) {
    const told = declared.filter((language) => language in markers);
    const wordLanguages = Object.keys(markers).filter((language) => isWordMarker(markers[language] as RegExp));
    for (const language of told.length > 0 ? [...told, 'en'] : wordLanguages) present.add(language);
  }
  for (const language of declared) present.add(language);
  present.add('und');
  return present;
}


/** Enough different function words of a language (or one character of its own script). */
export function hasMarkers(text: string, marker: RegExp): boolean {
  if (!isWordMarker(marker)) return marker.test(text);
  const global = globalCopy(marker);
  global.lastIndex = 0;
  const seen = new Set<string>();
  for (let m = global.exec(text); m; m = global.exec(text)) {
    seen.add(m[0].toLowerCase());
    if (seen.size >= MIN_MARKER_WORDS) return true;
  }
  return false;
}

/** Letters of the Latin, Greek and Cyrillic scripts: what \\p{L} means in the rules that run without 'u'. */
const LETTERS = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u017F\\u0391-\\u03A9\\u0410-\\u042F';

/**
 * Compile a rule for matching. V8 compiles and runs case-insensitive patterns slower with the 'u' flag,
 * and a pattern without \\p{…}, \\u{…} or characters outside the Basic Multilingual Plane means the same
 * without it (the CJK names in the AI system list are in that plane): those compile without it. Patterns
 * whose \\p{L} / \\p{Lu} only need to cover alphabetic scripts are rewritten with explicit ranges and
 * compiled without it too; that rewrite would break a CJK rule's \\p{L}. Anything else keeps its flags.
 */
function compile(pattern: string, flags: string): RegExp {
  if (!flags.includes('u') || /\\u\{|[\ud800-\udfff]/.test(pattern)) return new RegExp(pattern, flags);
  if (!pattern.includes('\\p{')) return new RegExp(pattern, flags.replace('u', ''));
  if (/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]|\\p\{(?!Lu?\})/.test(pattern)) return new RegExp(pattern, flags);
  const source = pattern
    .replace(/\[\\p\{L\}/g, `[${LETTERS}`)
    .replace(/\[\\p\{Lu\}/g, `[${UPPER}`)
    .replace(/\\p\{L\}/g, `[${LETTERS}]`)
    .replace(/\\p\{Lu\}/g, `[${UPPER}]`);
  try {
    return new RegExp(source, flags.replace('u', ''));
  } catch {
    return new RegExp(pattern, flags);
  }
}

function unique(flags: string): string {
  return [...new Set(flags)].join('');
}
