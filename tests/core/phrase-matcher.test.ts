import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../utils/analysis/phrase-matcher';
import { AI_MODELS } from '../../utils/analysis/rules/ai-models';
import { AI_SYSTEMS } from '../../utils/analysis/rules/ai-systems';
import { AI_NOTICE_RULES } from '../../utils/analysis/rules/ai-notices';
import { LEFTOVER_RULES } from '../../utils/analysis/rules/chatbot-leftovers';
import { AI_EN, MENTIONS, NAME_LISTS, SELF_EN } from '../../utils/analysis/rules/fragments';
import { REPUBLICATION_RULES } from '../../utils/analysis/rules/republication';
import { foldForNeeds, prunedSource } from '../../utils/analysis/rules/needs';
import { alternationNeeds, longestLiteral } from '../../scripts/rule-needs';
import type { PhraseRule } from '../../utils/analysis/rules/types';

const rule = (id: string, pattern: RegExp): PhraseRule => ({ id, language: 'und', pattern, matches: [], rejects: [] });
/** Only lines near the word "robot" are read (the real gates use AI words; this keeps the test small). */
const gates = { trigger: /robot/i, languages: {} };
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler line ${i} about the weather.`).join('\n');

describe('PhraseMatcher: each rule runs once over the lines near trigger words', () => {
  it('reports matches at their places in the page text, in every window', () => {
    const text = ['A robot wrote this line.', filler(20), 'Another robot wrote this one.', filler(20)].join('\n');
    const found = new PhraseMatcher([rule('wrote', /robot wrote/i)], gates).match(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['robot wrote', 'robot wrote']);
    expect(found[1]?.start).toBe(text.indexOf('Another robot') + 'Another '.length);
  });

  it('never joins two distant windows into one match', () => {
    const text = ['The robot began here', filler(20), 'and the robot ended here.'].join('\n');
    const found = new PhraseMatcher([rule('span', /began[^.]*ended/i)], gates).match(text);
    expect(found).toEqual([]);
  });

  it('lets a pattern end at the end of the last line, with or without its line break', () => {
    const text = `${filler(3)}\nMade by a robot`;
    const found = new PhraseMatcher([rule('line-end', /made by a robot(?:\n|$)/i)], gates).match(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Made by a robot']);
  });

  it('where too few words tell the language, runs the Latin-script languages, not those with a script of their own', () => {
    const languages = { en: /\b(?:the|was|and)\b/i, de: /\b(?:der|die|und)\b/i, ja: /[\u3040-\u30ff\u4e00-\u9fff]/ };
    const rules = [
      { ...rule('en', /robot label/i), language: 'en' },
      { ...rule('de', /robot label/i), language: 'de' },
      { ...rule('ja', /robot label/i), language: 'ja' },
    ];
    const ids = (text: string) => new PhraseMatcher(rules, { trigger: /robot/i, languages }).match(text).map((f) => f.rule.id);
    expect(ids('Robot label')).toEqual(['en']); // en and de may run (en, listed first, wins the overlap); ja may not
    expect(new PhraseMatcher([rules[2] as PhraseRule], { trigger: /robot/i, languages }).match('Robot label')).toEqual([]);
    expect(new PhraseMatcher([rules[1] as PhraseRule], { trigger: /robot/i, languages }).match('Robot label')).toHaveLength(1);
    expect(new PhraseMatcher([rules[2] as PhraseRule], { trigger: /robot/i, languages }).match('ロボット Robot label')).toHaveLength(1);
  });

  it('reads nothing on a page without a trigger word', () => {
    expect(new PhraseMatcher([rule('any', /weather/i)], gates).match(filler(5))).toEqual([]);
  });
});

describe('PhraseMatcher: languages where too few words tell', () => {
  const languages = { en: /\b(?:the|was|and)\b/i, de: /\b(?:der|die|und)\b/i, pl: /\b(?:przez|jest|się)\b/i };
  const rules = (['en', 'de', 'pl'] as const).map((language) => ({ ...rule(language, /robot label/i), language }));
  const ran = (text: string, declared: string[]) =>
    rules.filter((r) => new PhraseMatcher([r], { trigger: /robot/i, languages }).match(text, declared).length > 0).map((r) => r.language);

  it('runs the language the page declares, and English, not every Latin-script language', () => {
    expect(ran('Robot label', ['pl'])).toEqual(['en', 'pl']);
  });

  it('runs every Latin-script language on a page that declares none', () => {
    expect(ran('Robot label', [])).toEqual(['en', 'de', 'pl']);
  });

  it('runs the languages whose words are there, whatever the page declares', () => {
    expect(ran('Der robot label und die Zeit', ['pl'])).toEqual(['de', 'pl']);
  });
});

describe('PhraseMatcher: name lists left out on pages that hold none of the names', () => {
  const source = 'Benzinga Neuro|Chat ?GPT|(?:Retresco|textengine\\.io)';
  const names = { source, needs: alternationNeeds(source)[0] ?? null };
  const credit = rule('credit', new RegExp(`\\b(?:engineered|generated)\\s+by\\s+(?:AI|${names.source})`, 'i'));
  const match = (text: string) => new PhraseMatcher([credit], { ...gates, trigger: /by/i, prunable: [names] }).match(text).map((f) => text.slice(f.start, f.end));

  it('still matches each name the page holds', () => {
    expect(match('Engineered by Benzinga Neuro, Edited by Navdeep Yadav')).toEqual(['Engineered by Benzinga Neuro']);
    expect(match('Generated by textengine.io')).toEqual(['Generated by textengine.io']);
    expect(match('Generated by Chat GPT.')).toEqual(['Generated by Chat GPT']);
  });

  it('still matches the rest of the rule on a page that holds no name', () => {
    expect(match('Generated by AI.')).toEqual(['Generated by AI']);
    expect(match('Generated by a reporter.')).toEqual([]);
  });

  it('keep the whole list where the text holds one of its names, and drop it where it holds none', () => {
    expect(prunedSource(names, 'engineered by benzinga neuro')).toBe(names.source);
    expect(prunedSource(names, 'made with textengine.io')).toBe(names.source);
    expect(prunedSource(names, 'a page about the weather')).toBe('(?!)');
  });

  it('read the longest run of plain text each branch cannot match without', () => {
    expect(longestLiteral('Chat ?GPT')).toBe('chat');
    expect(longestLiteral('\\bAsk FT\\b')).toBe('ask ft');
    expect(longestLiteral('GPT-?\\d[\\w.]*')).toBe('gpt');
    expect(longestLiteral('textengine\\.io')).toBe('textengine.io');
    expect(longestLiteral('A\\.?\\s?V\\.? Club Bot')).toBe(' club bot');
    expect(longestLiteral('Narrativa(?= AI| NLG)')).toBe('narrativa');
    expect(longestLiteral('(?:big|small) robot')).toBe(' robot');
    expect(longestLiteral('(?=x)')).toBe('');
    expect(alternationNeeds('robot|(?:(?:big|small) robot|\\w+)')).toEqual([]); // a branch with no plain text: never dropped
    expect(alternationNeeds('robot|(?:(?:big|small) robot|droid)')).toEqual([['droid', 'robot']]); // " robot" holds "robot": left out
  });

  it('keep every AI system and model list on the examples that name one of its entries', () => {
    for (const list of NAME_LISTS) {
      const whole = new RegExp(list.source, 'i');
      for (const example of [...AI_SYSTEMS.flatMap((s) => s.matches), ...AI_MODELS.flatMap((m) => m.matches)]) {
        if (whole.test(example)) expect(prunedSource(list, foldForNeeds(example)), example).toBe(list.source);
      }
    }
  });
});

describe('PhraseMatcher: shared fragments ("AI", "this article") compiled once per page, not in every rule', () => {
  const AI = MENTIONS.find((m) => m.source === AI_EN);
  const wide = { trigger: /^/m, languages: {}, prunable: NAME_LISTS };
  const made = { ...rule('made', new RegExp(String.raw`\b${SELF_EN}\s+was\s+written\s+by\s+${AI_EN}`, 'i')), language: 'en' };
  const quotes = (matcher: PhraseMatcher<PhraseRule>, text: string) => matcher.match(text, ['en']).map((f) => text.slice(f.start, f.end));

  it('match where the rule holding them matches, at the same places in the page text', () => {
    const text = 'Editor’s note: This story was written by ChatGPT, and checked by our staff. Later, the AI team met.';
    const masked = new PhraseMatcher([made], { ...wide, mentions: MENTIONS });
    expect(quotes(masked, text)).toEqual(['This story was written by ChatGPT']);
    expect(quotes(masked, 'This story was written by Jane Doe.')).toEqual([]);
  });

  it('give every rule that holds one the same matches on its examples as the rule read as written', () => {
    const rules = [...AI_NOTICE_RULES, ...REPUBLICATION_RULES, ...LEFTOVER_RULES].filter((r) => r.pattern.flags.includes('i') && MENTIONS.some((m) => r.pattern.source.includes(m.source)));
    expect(rules.length).toBeGreaterThan(10);
    for (const r of rules) {
      const asWritten = new PhraseMatcher([r], wide);
      const masked = new PhraseMatcher([r], { ...wide, mentions: MENTIONS });
      for (const text of [...r.matches, ...r.rejects]) {
        expect(masked.match(text, [r.language]).map((f) => [f.start, f.end]), `${r.id}: ${text}`).toEqual(asWritten.match(text, [r.language]).map((f) => [f.start, f.end]));
      }
      // A named group would read the fragment's token, not the page's words.
      expect(r.pattern.source, r.id).not.toMatch(/\(\?<[a-z]/i);
    }
  });

  it('skip a rule whose needs name a fragment on a page where the fragment matches nowhere', () => {
    const generated = { ...rule('generated', /\bgenerated\b/i), language: 'en' };
    const matcher = new PhraseMatcher([generated], { ...wide, mentions: MENTIONS }, [[[AI?.mark ?? '']]]);
    expect(quotes(matcher, 'The report was generated by hand.')).toEqual([]);
    expect(quotes(matcher, 'The report was generated by AI.')).toEqual(['generated']);
  });
});
