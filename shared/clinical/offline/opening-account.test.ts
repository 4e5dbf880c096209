import { describe, expect, it } from 'vitest';
import { openingAccount, statedComplaint } from './opening-account.js';
import type { SentenceUnit } from './units.js';

const unitsOf = (lines: string[]): SentenceUnit[] =>
  lines.map((text, seq) => ({
    seq,
    start: 0,
    end: text.length,
    speaker: 'unknown',
    text,
    isQuestion: text.endsWith('?'),
  }));

describe('the answer to the opening question', () => {
  it('is the first sentence after the question that tells of a present complaint', () => {
    const told = openingAccount(
      unitsOf([
        'Morning, nice to meet you.',
        'So what brings you in today?',
        'Well it started on Monday.',
        'My left knee has been hurting since Monday.',
      ]),
    );
    expect(told?.text).toBe('left knee pain since monday');
    expect(told?.unit.seq).toBe(3);
  });

  it('is found after the question in the same sentence when speech recognition ran them together', () => {
    const told = openingAccount(
      unitsOf(['how can i help you today my chest feels tight when i climb stairs']),
    );
    expect(told?.text).toBe('chest tightness');
  });

  it('skips the next question and is undefined without an opening question', () => {
    expect(
      openingAccount(unitsOf(["What's been going on?", 'Any fever?', 'I have a sore throat for three days.']))
        ?.text,
    ).toBe('sore throat for three days');
    expect(openingAccount(unitsOf(['My back hurts.', 'Since when?']))).toBeUndefined();
  });
});

describe('a complaint stated before any opening question', () => {
  it('is what the clinician says the patient has been having', () => {
    expect(statedComplaint(unitsOf(["I see you've been having some difficulty swallowing."]))?.text).toBe(
      'difficulty swallowing',
    );
    expect(statedComplaint(unitsOf(['So I see you are experiencing some right foot pain.']))?.text).toBe(
      'right foot pain',
    );
  });

  it('is never the answer to "are you having any ..."', () => {
    expect(statedComplaint(unitsOf(['Are you having any chest pain?', 'No.']))).toBeUndefined();
  });
});
