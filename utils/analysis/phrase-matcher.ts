import type { PhraseRule } from './rules/types';

/** One rule matched over the page text. Offsets index the TextIndex string. */
export interface PhraseMatch<R extends PhraseRule> {
  rule: R;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
}

interface CompiledRule<R> {
  rule: R;
  global: RegExp;
}

const LEADING_PUNCTUATION = /^[\s"'“”„«»(\[|·•:,;.!?–—-]*/u;

/** Bound on the matches one rule can produce on one page: a hostile page cannot flood us. */
const MAX_MATCHES_PER_RULE = 50;

/**
 * Rules compiled once, matched over a whole text in rule order. Where matches overlap, the
 * earlier rule wins, so rule lists put narrower readings first.
 */
export class PhraseMatcher<R extends PhraseRule> {
  private readonly compiled: CompiledRule<R>[];

  constructor(rules: readonly R[]) {
    this.compiled = rules.map((rule) => ({
      rule,
      global: new RegExp(rule.pattern.source, unique(`${rule.pattern.flags}gm`)),
    }));
  }

  /** Every non-overlapping match, in text order. */
  match(text: string): PhraseMatch<R>[] {
    const found: PhraseMatch<R>[] = [];
    for (const { rule, global } of this.compiled) {
      global.lastIndex = 0;
      let count = 0;
      for (let m = global.exec(text); m && count < MAX_MATCHES_PER_RULE; m = global.exec(text)) {
        if (m[0].length === 0) {
          global.lastIndex++;
          continue;
        }
        count++;
        // Leading "\n" or punctuation that a pattern uses as an anchor is not part of the quote.
        const lead = LEADING_PUNCTUATION.exec(m[0])?.[0].length ?? 0;
        const start = m.index + (lead < m[0].length ? lead : 0);
        const end = m.index + m[0].length;
        if (found.some((f) => f.start < end && start < f.end)) continue;
        found.push({ rule, start, end, groups: { ...(m.groups ?? {}) } });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  }

  /** Does the rule's own pattern match this text? (Used by the rule tests.) */
  static test(rule: PhraseRule, text: string): boolean {
    return new RegExp(rule.pattern.source, unique(`${rule.pattern.flags}m`)).test(text);
  }
}

function unique(flags: string): string {
  return [...new Set(flags)].join('');
}
