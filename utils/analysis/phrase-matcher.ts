import { foldForNeeds, type Mention, NEVER_MATCHES, needsMet, type PrunableAlternation, prunedSource, type RuleNeeds } from './rules/needs';
import { MIN_MARKER_WORDS } from './rules/triggers';
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
  /**
   * Every pattern built so far, by flags and source: a rule has at most four (its name lists kept or
   * left out). Where the matcher lives on (the extension's background) they stay compiled: V8 keeps a
   * live RegExp's code, but a pattern built again after a garbage collection is compiled again.
   */
  private readonly regexes = new Map<string, RegExp>();

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
    this.compiled = rules.map((rule, i) => ({
      rule,
      needs: needs?.[i] ?? [],
      masks: masksOf(rule, mentions),
    }));
    this.byMark = new Map((gates?.mentions ?? []).map((mention) => [mention.mark, mention]));
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
    const subjectText = request.joined;
    const languages = this.gates ? languagesIn(windowTexts(request), this.gates.languages, request.declared) : null;
    const folded = foldForNeeds(subjectText);
    const prune = pruner((this.gates?.prunable ?? []).map((alternation) => [alternation.source, prunedSource(alternation, folded)]));
    const mentions = new MentionsInText(subjectText, (mention) => this.regex(prune(mention.source), 'giu'));
    // A mark is there where its fragment matches.
    const has = (s: string) => (this.byMark.has(s) ? mentions.spans(this.byMark.get(s) as Mention).length > 0 : folded.includes(s));
    for (const entry of this.compiled) {
      const { rule, needs, masks } = entry;
      if (languages && !languages.has(rule.language)) continue;
      if (!needsMet(needs, has)) continue;
      const regex = this.ruleRegex(entry, prune);
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
      const prune = pruner(lists.map((list, i) => [list.source, kept & (1 << i) ? list.source : NEVER_MATCHES]));
      for (const mention of this.byMark.values()) runOnce(this.regex(prune(mention.source), 'giu'));
      for (const entry of this.compiled) {
        // A rule without name lists is the same in every form.
        if (kept > 0 && !lists.some((list) => entry.rule.pattern.source.includes(list.source))) continue;
        runOnce(this.ruleRegex(entry, prune));
        yield;
      }
    }
  }

  /** How many patterns are compiled (each rule in each form it was asked for): for the tests of compileAll. */
  get compiledForms(): number {
    return this.regexes.size;
  }

  /** A rule as it runs: name lists pruned, the fragments it masks read as their tokens. */
  private ruleRegex({ rule, masks }: CompiledRule<R>, prune: (source: string) => string): RegExp {
    const source = masks.reduce((s, { source, token }) => s.split(prune(source)).join(`q${token}+`), prune(rule.pattern.source));
    return this.regex(source, unique(`${rule.pattern.flags}gm`));
  }

  /** The pattern compiled, built on first use (most rules never run on a page). Global: reset before use. */
  private regex(source: string, flags: string): RegExp {
    const key = `${flags}/${source}`;
    let regex = this.regexes.get(key);
    if (!regex) this.regexes.set(key, (regex = compile(source, flags)));
    return regex;
  }
}

/** Replaces each alternation (its source) with what this page keeps of it. */
function pruner(pruned: ReadonlyArray<readonly [string, string]>): (source: string) => string {
  return (source) => pruned.reduce((s, [whole, kept]) => (whole === kept ? s : s.split(whole).join(kept)), source);
}

/**
 * What the patterns are run on ahead of the pages. V8 compiles a pattern to machine code at once for a
 * subject of 1,000 characters or more (to bytecode first below that), and separately for text of
 * one-byte characters and for text with others; a page's text nearly always has others ("’", "—",
 * "“"), so that is the form compiled ahead (a one-byte text compiles its own on first use, then keeps
 * it). Letters, not line breaks: those would make every pattern that starts "(?:^|\n)\s*" try each of
 * them to the end.
 */
const AHEAD_SUBJECT = `\u2019${'x'.repeat(999)}`;

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
      text += this.text.slice(at);
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

/** Markers made of words (\b-delimited), as opposed to one character of a script of its own. */
function isWordMarker(marker: RegExp): boolean {
  return /\\b/.test(marker.source);
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
