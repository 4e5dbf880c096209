import { describe, expect, it } from 'vitest';
import { LETTER_I, withoutLetterI } from './letter-i.js';

const TEXTS = [
  // Letters and numerals, spelled out or staged.
  'The m r I showed a stage I sprain of the ATFL.',
  'History of I B D, followed by GI.',
  'Schatzker I V fracture of the tibial plateau.',
  'an m r i of the knee and a stage i lesion', // lower case: no capital "I", nothing removed
  'a f I b with rapid ventricular response',
  // The speaker, kept.
  'I reviewed her echo; ejection fraction is 35%.',
  'Irritability and insomnia since the move, per the telehealth visit.',
  'Reports itching in the ear; no fever.',
  '',
];

describe('withoutLetterI', () => {
  it('removes what the pattern removes, also where it skips the pattern', () => {
    for (const text of TEXTS) expect(withoutLetterI(text)).toBe(text.replace(LETTER_I, ''));
  });

  it('removes a letter I and keeps the speaker', () => {
    expect(withoutLetterI('stage I sprain')).toBe(' sprain');
    expect(withoutLetterI('I will see her in 2 weeks')).toBe('I will see her in 2 weeks');
  });

  it('only ever removes a capital I: a text without one has no match', () => {
    // Why the skip is exact: each alternative of the pattern consumes a literal capital "I", and the
    // pattern ignores no case.
    expect(LETTER_I.flags).not.toContain('i');
    expect(withoutLetterI('STAGE I')).toBe('STAGE I'.replace(LETTER_I, ''));
    for (const text of TEXTS.filter((t) => !t.includes('I'))) expect(LETTER_I.test(text)).toBe(false);
  });
});
