import { describe, expect, it } from 'vitest';
import { ALNUM, CASED, LETTER, LOWER, UPPER } from '../../utils/analysis/letters';

/** Every UTF-16 code unit the class holds (the classes are BMP-only: they are used without the 'u' flag). */
function members(body: string): number[] {
  const inClass = new RegExp(`^[${body}]$`);
  const found: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (inClass.test(String.fromCharCode(cp))) found.push(cp);
  return found;
}

function inBlocks(property: RegExp, blocks: Array<[number, number]>): number[] {
  const found: number[] = [];
  for (const [from, to] of blocks) for (let cp = from; cp <= to; cp++) if (property.test(String.fromCharCode(cp))) found.push(cp);
  return found;
}

const hex = (cps: number[]) => cps.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCharCode(cp)}`);

/** The blocks whose cased letters the classes cover completely. */
const CASED_BLOCKS: Array<[number, number]> = [
  [0x0000, 0x017f], // ASCII, Latin-1, Latin Extended-A
  [0x1ea0, 0x1ef9], // Vietnamese
  [0x0386, 0x03ce], // Greek
  [0x0400, 0x045f], // Cyrillic
  [0x0531, 0x0588], // Armenian
];

describe('letter classes for the content script (utils/analysis/letters.ts)', () => {
  it('UPPER holds only capital letters, and every capital of Latin, Greek and Cyrillic', () => {
    const upper = members(UPPER);
    expect(hex(upper.filter((cp) => !/\p{Lu}/u.test(String.fromCharCode(cp))))).toEqual([]);
    const missing = inBlocks(/\p{Lu}/u, CASED_BLOCKS).filter((cp) => !upper.includes(cp));
    expect(hex(missing)).toEqual([]);
    expect(upper).toEqual(expect.arrayContaining([0x218, 0x21a])); // Ș Ț
  });

  it('LOWER holds only small letters, and every small letter of Latin, Greek and Cyrillic', () => {
    const lower = members(LOWER);
    expect(hex(lower.filter((cp) => !/\p{Ll}/u.test(String.fromCharCode(cp))))).toEqual([]);
    const missing = inBlocks(/\p{Ll}/u, CASED_BLOCKS).filter((cp) => !lower.includes(cp));
    expect(hex(missing)).toEqual([]);
  });

  it('LETTER holds only letters: the cased scripts, Vietnamese, Hebrew, Arabic, Devanagari, Thai, kana, CJK ideographs and Hangul', () => {
    const letter = members(LETTER);
    expect(hex(letter.filter((cp) => !/\p{L}/u.test(String.fromCharCode(cp))))).toEqual([]);
    for (const word of ['Müller', 'Łukasz', 'Ștefan', 'Nguyễn', 'Kaʻiulani', 'Ədalət', 'Արամ', 'Ελένη', 'Анна', 'ジョン', '李明', '김민준', 'Ōsaka', 'דוד', 'محمد', 'नमन', 'สมชาย']) {
      expect(new RegExp(`^[${LETTER}]+$`).test(word), word).toBe(true);
    }
    // Names taken apart as nameKey takes them (NFKD): Hangul into jamo.
    expect(new RegExp(`^[${LETTER}]+$`).test('김민준'.normalize('NFKD'))).toBe(true);
    // Not letters: the dot that joins Japanese names, punctuation, digits, spaces.
    for (const other of ['・', '-', "'", '1', ' ', '×', '÷']) expect(new RegExp(`^[${LETTER}]$`).test(other), other).toBe(false);
  });

  it('CASED holds only letters, every cased letter of Latin, Greek and Cyrillic in either case', () => {
    const cased = members(CASED);
    expect(hex(cased.filter((cp) => !/\p{L}/u.test(String.fromCharCode(cp))))).toEqual([]);
    const missing = inBlocks(/\p{Lu}|\p{Ll}/u, CASED_BLOCKS).filter((cp) => !cased.includes(cp));
    expect(hex(missing)).toEqual([]);
  });

  it('ALNUM adds the digits', () => {
    expect(new RegExp(`^[${ALNUM}]+$`).test('Agent007')).toBe(true);
  });
});
