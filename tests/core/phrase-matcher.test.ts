import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../utils/analysis/phrase-matcher';
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
