import { describe, expect, it } from 'vitest';
import { classifySentence } from './classify.js';
import { rewriteSentence } from './rewrite.js';

describe('an order said with the day it is done', () => {
  it('puts the day after the order (heart failure, paediatric)', () => {
    const opts = { speaker: 'clinician' as const, pronoun: 'they' as const };
    expect(rewriteSentence("I'll check your potassium today.", opts)).toBe('Potassium ordered today.');
    expect(rewriteSentence("We'll get a chest x-ray this afternoon.", opts)).toBe(
      'Chest x-ray ordered this afternoon.',
    );
  });
});

describe('an order said as "I will ..."', () => {
  it('is a plan, as "I\'ll ..." is (telehealth refill, mental health)', () => {
    const said = (text: string, hasDrug: boolean) =>
      classifySentence({
        speaker: 'clinician',
        text,
        mode: undefined,
        hasVitals: false,
        hasDrug,
        hasProblem: false,
      });
    expect(said('i will send a refill of albuterol', true)).toBe('plan');
    expect(said('i will increase the sertraline', true)).toBe('plan');
    expect(said('i will see how the weekend went', false)).toBeUndefined();
  });
});
