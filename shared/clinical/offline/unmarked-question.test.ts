import { describe, expect, it } from 'vitest';
import { withSyntheticTimes } from '../transcript/timing.js';
import { extractFacts } from './facts.js';
import { loadOfflineResources } from './node-resources.js';
import { asksForRating, withoutUnmarkedTrailingQuestion } from './unmarked-question.js';

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

describe('asksForRating', () => {
  it('finds a request for a rating said without its question mark', () => {
    expect(
      asksForRating('With 0 being calm and 10 being the worst how would she rate her anxiety this week.'),
    ).toBe(true);
    expect(asksForRating('Can the patient rate the ankle pain out of 10 while walking.')).toBe(true);
    expect(asksForRating('With 0 being none and 10 being the worst.')).toBe(true);
    expect(asksForRating('Being no pain and 10 being the worst pain how.')).toBe(true);
  });

  it('leaves the rating given, and a rating asked with its answer', () => {
    expect(asksForRating('The ankle pain is 6 out of 10 while walking.')).toBe(false);
    expect(asksForRating('On a scale from 0 to 10 how would she rate her mood, about a 4.')).toBe(false);
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

  it('leaves out a request for a rating, or its scale cut off, and keeps the rating given', () => {
    const lines = [
      'and your back pain with ten being the worst pain imaginable how would you rate your pain today out of ten',
      'i would say a seven',
      'being no anxiety and ten being the worst anxiety how would you rate your anxiety this week',
      'maybe a five',
      'okay and with zero being none ten being the worst can you rate your knee pain right now',
      'about a four',
    ];
    const texts = extractFacts(
      withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text }))),
      resources,
    ).facts.map((f) => f.text);
    expect(texts.some((t) => /\bbeing\b|how would/i.test(t))).toBe(false);
    expect(texts.some((t) => /\b7\b/.test(t))).toBe(true);
  });
});
