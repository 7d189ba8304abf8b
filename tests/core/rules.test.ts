// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PhraseMatcher, ruleMatches } from '../../utils/analysis/phrase-matcher';
import { AI_MODELS, findAiModel } from '../../utils/analysis/rules/ai-models';
import { AI_NOTICE_RULES } from '../../utils/analysis/rules/ai-notices';
import { AI_SYSTEMS, aiSystemNamed, findAiSystem, MACHINE_NAME_EXAMPLES, machineNamed } from '../../utils/analysis/rules/ai-systems';
import { LEFTOVER_RULES } from '../../utils/analysis/rules/chatbot-leftovers';
import { REPUBLICATION_RULES } from '../../utils/analysis/rules/republication';
import type { PhraseRule } from '../../utils/analysis/rules/types';
import { WIRE_AGENCIES, wireAgency } from '../../utils/analysis/rules/wire-agencies';
import { AI_HARD_NEGATIVES, REPUBLICATION_HARD_NEGATIVES } from './rules-data';

const RULE_SETS: Array<[string, readonly PhraseRule[]]> = [
  ['ai-notices', AI_NOTICE_RULES],
  ['republication', REPUBLICATION_RULES],
  ['chatbot-leftovers', LEFTOVER_RULES],
];

const anyMatch = (rules: readonly PhraseRule[], text: string) => rules.filter((rule) => ruleMatches(rule, text)).map((rule) => rule.id);

describe.each(RULE_SETS)('%s rules', (_name, rules) => {
  it('have unique ids of the form <language>.<slug> matching their language', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z]{2,3}\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(rule.id.split('.')[0]).toBe(rule.language);
    }
  });

  it('are grouped by language: each language forms one run', () => {
    const runs = rules.map((rule) => rule.language).filter((language, i, all) => i === 0 || all[i - 1] !== language);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('compile with the flags the matcher adds', () => {
    for (const rule of rules) {
      const flags = [...new Set(`${rule.pattern.flags}gm`)].join('');
      expect(() => new RegExp(rule.pattern.source, flags), rule.id).not.toThrow();
      expect(rule.pattern.flags, rule.id).not.toContain('g');
    }
  });

  it('carry at least one positive and one hard negative each', () => {
    for (const rule of rules) {
      expect(rule.matches.length, rule.id).toBeGreaterThan(0);
      expect(rule.rejects.length, rule.id).toBeGreaterThan(0);
    }
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it.each(rule.matches)('matches %j', (text) => {
        expect(ruleMatches(rule, text)).toBe(true);
      });
      it.each(rule.rejects)('rejects %j', (text) => {
        expect(ruleMatches(rule, text)).toBe(false);
      });
    });
  }
});

describe('the whole rule sets against hard negatives', () => {
  it.each(AI_HARD_NEGATIVES)('no AI notice or leftover rule matches %j', (text) => {
    expect(anyMatch(AI_NOTICE_RULES, text)).toEqual([]);
    expect(anyMatch(LEFTOVER_RULES, text)).toEqual([]);
  });
  it.each(REPUBLICATION_HARD_NEGATIVES)('no republication rule matches %j', (text) => {
    expect(anyMatch(REPUBLICATION_RULES, text)).toEqual([]);
  });
});

describe('each notice rule wins on its own positives', () => {
  // The matcher keeps the earlier rule on overlap: a positive must not be taken by a rule listed before it
  // with a different level or scope, or the narrower reading would be lost.
  for (const [name, rules] of [['ai-notices', AI_NOTICE_RULES]] as const) {
    it(`${name}: the first rule matching each example reads it the same way`, () => {
      const matcher = new PhraseMatcher(rules);
      for (const rule of rules) {
        for (const text of rule.matches) {
          const first = matcher.match(text)[0]?.rule;
          expect(first, `${rule.id}: ${text}`).toBeDefined();
          expect({ level: first?.level, scope: first?.scope }, `${rule.id}: ${text} (taken by ${first?.id})`).toEqual({ level: rule.level, scope: rule.scope });
        }
      }
    });
  }
});

describe('AI systems', () => {
  it('are sorted by name and unique', () => {
    const names = AI_SYSTEMS.map((s) => s.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('number at least 40, each with publisher, domains and examples', () => {
    expect(AI_SYSTEMS.length).toBeGreaterThanOrEqual(40);
    for (const system of AI_SYSTEMS) {
      expect(system.publisher.length, system.name).toBeGreaterThan(0);
      expect(system.domains.length, system.name).toBeGreaterThan(0);
      for (const domain of system.domains) expect(domain, system.name).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
      expect(system.matches.length, system.name).toBeGreaterThan(0);
      expect(system.rejects.length, system.name).toBeGreaterThan(0);
      expect(system.pattern.flags, system.name).not.toContain('g');
    }
  });

  it('each name a word that every example it must match contains, so a text without it skips the pattern', () => {
    for (const system of AI_SYSTEMS) {
      expect(system.words.length, system.name).toBeGreaterThan(0);
      for (const word of system.words) expect(word, system.name).toBe(word.toLowerCase());
      for (const example of system.matches) expect(system.words.some((w) => example.toLowerCase().includes(w)), `${system.name}: ${example}`).toBe(true);
    }
  });

  for (const system of AI_SYSTEMS) {
    describe(system.name, () => {
      it.each(system.matches)('is found in %j', (text) => {
        expect(findAiSystem(text)?.name).toBe(system.name);
      });
      it.each(system.rejects)('is not found in %j, nor is it a credit to it', (text) => {
        expect(findAiSystem(text)?.name).not.toBe(system.name);
        expect(aiSystemNamed(text)).toBeNull();
      });
    });
  }
});

describe('machine names: a credit that calls itself a machine', () => {
  it.each(MACHINE_NAME_EXAMPLES.matches)('%j is one', (name) => expect(machineNamed(name)).toBe(true));
  it.each(MACHINE_NAME_EXAMPLES.rejects)('%j is none', (name) => expect(machineNamed(name)).toBe(false));
});

describe('AI models', () => {
  it('are unique by name', () => {
    const names = AI_MODELS.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it('each name a word that every example it must match contains', () => {
    for (const model of AI_MODELS) {
      for (const word of model.words) expect(word, model.name).toBe(word.toLowerCase());
      for (const example of model.matches) expect(model.words.some((w) => example.toLowerCase().includes(w)), `${model.name}: ${example}`).toBe(true);
    }
  });
  for (const model of AI_MODELS) {
    describe(model.name, () => {
      it.each(model.matches)('is found in %j', (text) => {
        const found = findAiModel(text);
        expect(found).not.toBeNull();
        expect(found?.toLowerCase()).toContain(model.name.toLowerCase().split(/[ -]/)[0]);
      });
      it.each(model.rejects)('is not found in %j', (text) => {
        expect(findAiModel(text)).toBeNull();
      });
    });
  }
  it('normalises GPT versions', () => {
    expect(findAiModel('The GPT-4-based Benzinga Neuro content generation system')).toBe('GPT-4');
    expect(findAiModel('written with gpt4o')).toBe('GPT-4o');
    expect(findAiModel('Image generated with DALL·E 3 by the author')).toBe('DALL-E 3');
    expect(findAiModel('made with DALL-E')).toBe('DALL-E');
    expect(findAiModel('Photo illustration created with Adobe Firefly')).toBe('Adobe Firefly');
  });
});

describe('wire agencies', () => {
  it('are named from the words a line uses', () => {
    expect(wireAgency('The Associated Press')?.name).toBe('The Associated Press');
    expect(wireAgency('AP')?.name).toBe('The Associated Press');
    expect(wireAgency('Thomson Reuters')?.name).toBe('Reuters');
    expect(wireAgency('agencies')).toBeNull();
  });
  it('have unique names and own domains', () => {
    const names = WIRE_AGENCIES.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const agency of WIRE_AGENCIES) expect(agency.domains.length, agency.name).toBeGreaterThan(0);
  });
});

describe('languages covered', () => {
  const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'no', 'da', 'pl', 'ja'];
  it.each(REQUIRED)('%s has AI notice rules for the article, its images and its summary', (language) => {
    const rules = AI_NOTICE_RULES.filter((rule) => rule.language === language);
    expect(rules.some((rule) => rule.level === 'generated')).toBe(true);
    expect(rules.some((rule) => rule.level === 'assisted')).toBe(true);
    expect(rules.some((rule) => rule.level === 'media')).toBe(true);
  });
  it.each(REQUIRED)('%s has republication rules, including the WordPress/Yoast feed footer', (language) => {
    const rules = REPUBLICATION_RULES.filter((rule) => rule.language === language);
    expect(rules.some((rule) => rule.kind === 'appeared-first')).toBe(true);
  });
  it.each(['de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh'])('%s has chatbot leftover rules', (language) => {
    expect(LEFTOVER_RULES.some((rule) => rule.language === language)).toBe(true);
  });
});
