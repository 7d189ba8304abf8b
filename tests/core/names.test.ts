import { describe, expect, it } from 'vitest';
import { compactKey, nameKey, sameName } from '../../utils/analysis/names';

describe('name equality for merging credits (nameKey)', () => {
  it('ignores case, accents and punctuation', () => {
    expect(sameName('José Pérez', 'jose perez')).toBe(true);
    expect(sameName('Łukasz Nowak', 'Lukasz-Nowak')).toBe(false); // Ł has no decomposition: a letter of its own
    expect(sameName('Zoë O’Brien', 'zoe o brien')).toBe(true);
    expect(nameKey('  Anna-Lena   Müller ')).toBe('anna lena muller');
  });

  it('reads names in other scripts: Greek, Cyrillic, Japanese (voiced kana too), Korean, Chinese', () => {
    expect(sameName('Ελένη Παππά', 'ΕΛΈΝΗ ΠΑΠΠΆ')).toBe(true);
    expect(sameName('Анна Петрова', 'анна петрова')).toBe(true);
    expect(sameName('ジョン・スミス', 'ジョン スミス')).toBe(true);
    expect(sameName('김민준', '김민준')).toBe(true);
    expect(sameName('김민준', '이서연')).toBe(false);
    expect(sameName('李明', '王芳')).toBe(false);
  });

  it('never takes two names in a script the letter classes leave out for one', () => {
    expect(sameName('ሰላም ተስፋዬ', 'አበበ ቢቂላ')).toBe(false); // Ethiopic
    expect(nameKey('ሰላም ተስፋዬ')).not.toBe('');
  });

  it('compactKey: one brand however it is spaced', () => {
    expect(compactKey('StarsInsider')).toBe(compactKey('Stars Insider'));
    expect(compactKey('stars-insider')).toBe(compactKey('Stars Insider'));
  });
});
