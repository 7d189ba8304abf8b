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

  it('reads nothing on a page without a trigger word', () => {
    expect(new PhraseMatcher([rule('any', /weather/i)], gates).match(filler(5))).toEqual([]);
  });
});
