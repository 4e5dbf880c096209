import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { withoutAsrDisfluency } from './asr-disfluency.js';
import { cleanSpeech } from './clean-speech.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';

// Written for these tests: lower-case, unpunctuated speech as a recogniser writes it.
describe('speech-recognition repeats around contractions', () => {
  it('says a word repeated before a split contraction once', () => {
    expect(cleanSpeech("i do do n't hear any wheezing in the left lung")).toBe(
      "i don't hear any wheezing in the left lung",
    );
    expect(cleanSpeech("we're gon gon na get an echo of your heart")).toBe(
      "we're going to get an echo of your heart",
    );
  });

  it("says a split contraction's tail repeated once", () => {
    expect(cleanSpeech("i do n't n't see any redness around the cast")).toBe(
      "i don't see any redness around the cast",
    );
  });

  it('reads a recogniser\'s "do don\'t" as the contraction', () => {
    expect(withoutAsrDisfluency("the baby does doesn't pull at his ears")).toBe(
      "the baby doesn't pull at his ears",
    );
  });
});

describe('acknowledgements and fillers written whole', () => {
  it('drops "mm-hmm" and "uh-huh" without leaving a piece behind', () => {
    expect(cleanSpeech('mm-hmm and the cough keeps her up at night')).toBe('the cough keeps her up at night');
    expect(cleanSpeech('Uh-huh. The inhaler helps for about an hour.')).toBe(
      'The inhaler helps for about an hour.',
    );
  });

  it('says a repeated filler once, so the word after it is not left as a stray', () => {
    expect(cleanSpeech('i mean mean his thyroid levels came back normal')).toBe(
      'his thyroid levels came back normal',
    );
  });

  it('joins "gonna" with a hesitation written inside it', () => {
    expect(cleanSpeech('i wan um na get a chest x-ray today')).toBe('i want to get a chest x-ray today');
  });
});

describe('"like" as a pause', () => {
  it('drops it between an auxiliary and a clinical verb', () => {
    expect(withoutAsrDisfluency('i can like appreciate some swelling over the ankle')).toBe(
      'i can appreciate some swelling over the ankle',
    );
    expect(withoutAsrDisfluency('i might like recommend a sleep study')).toBe(
      'i might recommend a sleep study',
    );
  });

  it('drops it after any, some or no', () => {
    expect(withoutAsrDisfluency('there is no like tenderness over the shin')).toBe(
      'there is no tenderness over the shin',
    );
  });

  it('keeps "like" where it means something', () => {
    for (const said of [
      "i'd like to see you back in two weeks",
      'i would like to refer you to cardiology',
      'it feels like a band around my head',
      'do you like the new inhaler',
    ])
      expect(withoutAsrDisfluency(said)).toBe(said);
  });
});

describe('a drafted exam said with repeats', () => {
  it('documents the finding without the first person or the repeat', () => {
    const segments = withSyntheticTimes(
      [
        'hello what brings you in today',
        'my ankles have been swelling up for about a week',
        "on your heart exam i do n't n't appreciate any any like murmur",
        'your lower leg exam i do like appreciate two plus pitting edema in both legs',
      ].map((text) => ({ speaker: 'unknown' as const, text })),
    );
    const content = draftOffline(segments, getBuiltinTemplate('soap'), loadOfflineResources(), {
      sex: 'male',
    }).content;
    const objective = (content.sections.find((s) => s.id === 'objective')?.sentences ?? []).map(
      (s) => s.text,
    );
    expect(objective.join(' ')).not.toMatch(/\bI\b|\blike\b|not not/);
    expect(objective.join(' ')).toMatch(/no murmur/i);
    expect(objective.join(' ')).toMatch(/2 plus pitting edema in both legs/);
  });
});
