import { describe, expect, it } from 'vitest';
import { compactKey, nameKey, sameName, withoutTrailingJunk } from '../../utils/analysis/names';

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

describe('what follows a name on a byline line (withoutTrailingJunk)', () => {
  // One line for each kind of tail the pattern knows: a quick look for what each needs decides whether
  // the pattern runs at all, so every kind must still be cut.
  it.each([
    ['Jane Doe | The Ledger', 'Jane Doe'],
    ['Jane Doe · Staff', 'Jane Doe'],
    ['Jane Doe — Berlin', 'Jane Doe'],
    ['Jane Doe / Ledger staff', 'Jane Doe'],
    ['山田太郎 2024年3月3日', '山田太郎'],
    ['Jane Doe - Ledger', 'Jane Doe'],
    ['Jane Doe, Updated', 'Jane Doe'],
    ['Jane Doe Last updated', 'Jane Doe'],
    ['Anna Schmidt aktualisiert', 'Anna Schmidt'],
    ['Marie Curie mis à jour', 'Marie Curie'],
    ['Jane Doe on 3 March', 'Jane Doe'],
    ['Anna Schmidt am 3. März 2024', 'Anna Schmidt'],
    ['Marie Curie le mardi', 'Marie Curie'],
    ['Jane Doe on Tuesday, March', 'Jane Doe'],
    ['Jane Doe, March 3, 2024', 'Jane Doe'],
    ['Jane Doe, Mar. 3rd 2024', 'Jane Doe'],
    ['Anna Schmidt 3. März 2024', 'Anna Schmidt'],
    ['Jane Doe 03/03/2024', 'Jane Doe'],
    ['Jane Doe 2024-03-03', 'Jane Doe'],
    ['Jane Doe 10:45', 'Jane Doe'],
    ['Jane Doe 5 hours ago', 'Jane Doe'],
    ['Jane Doe 4 min read', 'Jane Doe'],
    ['Jane Doe https://ledger.example/jane', 'Jane Doe'],
    ['Jane Doe www.janedoe.example', 'Jane Doe'],
    ['Jane Doe jane@ledger.example', 'Jane Doe'],
    ['Jane Doe @janedoe', 'Jane Doe'],
    ['Jane Doe in Brussels', 'Jane Doe'],
    ['Jane Doe » more', 'Jane Doe'],
  ])('%j → %j', (line, name) => {
    expect(withoutTrailingJunk(line).trim()).toBe(name);
  });

  it.each(['Jane Doe', 'Anna-Lena Müller', 'Jean-Claude Van Damme', 'María José García', 'Ελένη Παππά', '山田太郎', 'Ingrid Innes'])(
    'leaves a bare name as it is: %j',
    (name) => {
      expect(withoutTrailingJunk(name)).toBe(name);
    },
  );
});
