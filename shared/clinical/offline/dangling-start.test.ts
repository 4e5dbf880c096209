import { describe, expect, it } from 'vitest';
import { cleanSpeech } from './clean-speech.js';
import { withoutDanglingStart } from './dangling-start.js';

// Written for these tests: segments as a recogniser cuts them, lower case and unpunctuated.
describe('a cut-off start of the next sentence', () => {
  it('is dropped from the end of a finding', () => {
    expect(withoutDanglingStart('there is mild swelling over the outside of the ankle i do')).toBe(
      'there is mild swelling over the outside of the ankle',
    );
    expect(withoutDanglingStart('the ear drum looks red and bulging we will')).toBe(
      'the ear drum looks red and bulging',
    );
    expect(cleanSpeech("your lungs sound clear on both sides and i'm gon na")).toBe(
      'your lungs sound clear on both sides',
    );
  });

  it('is dropped after "that" said as a pronoun, not after "so that"', () => {
    expect(withoutDanglingStart('the thyroid scan was normal and in addition to that we will')).toBe(
      'the thyroid scan was normal and in addition to that',
    );
    expect(withoutDanglingStart('we will raise the dose slowly so that we can')).toBe(
      'we will raise the dose slowly so that we can',
    );
  });

  it('is dropped with the conjunction that led into it', () => {
    expect(withoutDanglingStart("her mood has been low since the move when i'm going to")).toBe(
      'her mood has been low since the move',
    );
  });

  it('is kept where it completes the clause', () => {
    for (const said of [
      'she sleeps more than i do',
      'we will help as much as we can',
      'yes i do',
      'do you still get the chest pain i do',
      'i hope so i do',
    ])
      expect(withoutDanglingStart(said)).toBe(said);
  });
});
