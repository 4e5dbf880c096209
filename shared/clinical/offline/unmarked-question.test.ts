import { describe, expect, it } from 'vitest';
import { withSyntheticTimes } from '../transcript/timing.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';
import { withoutUnmarkedTrailingQuestion } from './unmarked-question.js';

const resources = loadOfflineResources();

describe('withoutUnmarkedTrailingQuestion', () => {
  it('keeps the statement before a question run on without punctuation', () => {
    expect(
      withoutUnmarkedTrailingQuestion(
        'The patient has had low mood for 2 weeks are there any thoughts of self harm.',
      ),
    ).toBe('The patient has had low mood for 2 weeks.');
    expect(
      withoutUnmarkedTrailingQuestion('The cough gets worse at night is this the first time it happened.'),
    ).toBe('The cough gets worse at night.');
    expect(
      withoutUnmarkedTrailingQuestion('The rash itches most after a shower how bad is it not that bad.'),
    ).toBe('The rash itches most after a shower.');
  });

  it('leaves a question whose answer holds a figure, and a statement too short or cut off', () => {
    expect(
      withoutUnmarkedTrailingQuestion('The back pain started on monday how bad is it about 7 out of 10.'),
    ).toBeUndefined();
    expect(withoutUnmarkedTrailingQuestion('Cough are there any other symptoms.')).toBeUndefined();
    expect(withoutUnmarkedTrailingQuestion('It hurts when the patient bends the knee.')).toBeUndefined();
  });
});

describe('drafting speech-recognition text with the next question run on', () => {
  it("documents the patient's account and leaves out the question (asthma, contact rash)", () => {
    const texts = extractFacts(
      withSyntheticTimes([
        {
          speaker: 'unknown' as const,
          text: 'the wheezing is worse in the cold air how bad is it not that bad',
        },
        {
          speaker: 'unknown' as const,
          text: 'the rash on my arms started after the new detergent are there any other symptoms like fever',
        },
      ]),
      resources,
    ).facts;
    const said = (facts: ReadonlyArray<{ text: string }>) => facts.map((f) => f.text);
    expect(said(texts)).toContain('The wheezing is worse in the cold air.');
    expect(said(texts).some((t) => /started after the new detergent\.$/.test(t))).toBe(true);
    expect(texts.filter((f) => f.review !== undefined)).toEqual([]);
  });
});
