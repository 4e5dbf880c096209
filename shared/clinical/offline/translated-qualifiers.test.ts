import { describe, expect, it } from 'vitest';
import { problemNamedIn } from './problem-names.js';
import type { Fact, ProblemMention } from './types.js';

/** The heading a sentence gets for the problem term said at `term` (its lexicon name `normalized`). */
function heading(said: string, term: string, normalized: string): string | undefined {
  const start = said.indexOf(term);
  const evidence = [{ seq: 0, start, end: start + term.length }];
  const fact: Fact = {
    category: 'assessment',
    text: said,
    evidence: [{ seq: 0, start: 0, end: said.length }],
  };
  const mention: ProblemMention = {
    text: term,
    normalized,
    assertion: 'present',
    category: 'assessment',
    evidence,
  };
  return problemNamedIn(fact, [mention], () => said)?.name;
}

describe('qualifiers before a lay name the note translates', () => {
  it('keeps only the words that qualify any problem (side, course, severity)', () => {
    expect(heading('She has a left ear infection.', 'ear infection', 'otitis media')).toBe(
      'Left otitis media',
    );
    expect(heading('This is a bad sinus infection.', 'sinus infection', 'sinusitis')).toBe('Sinusitis');
    expect(
      heading('He has a chronic bladder infection.', 'bladder infection', 'urinary tract infection'),
    ).toBe('Chronic urinary tract infection');
  });

  it('keeps every qualifier of a term said as the note names it', () => {
    expect(heading('This is a right lower lobe pneumonia.', 'pneumonia', 'pneumonia')).toBe(
      'Right lower lobe pneumonia',
    );
  });
});
