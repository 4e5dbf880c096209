import { describe, expect, it } from 'vitest';
import { rewriteSentence } from './rewrite.js';
import { withoutSpeakerPhrases } from './speaker-phrases.js';

// Written for these tests, in lower-case unpunctuated speech.
describe('set phrases with the speaker in them', () => {
  it('says "as much as i can" as documentation does', () => {
    expect(withoutSpeakerPhrases("we'll get you into physical therapy as soon as we can")).toBe(
      "we'll get you into physical therapy as soon as possible",
    );
  });

  it('drops the listener from "show me whether"', () => {
    expect(withoutSpeakerPhrases('the echo will tell us whether the valve is leaking')).toBe(
      'the echo will tell whether the valve is leaking',
    );
    expect(withoutSpeakerPhrases('let me know if the rash spreads')).toBe('let me know if the rash spreads');
  });

  it('drops an aside of understanding between two clauses', () => {
    expect(
      withoutSpeakerPhrases('quitting is hard i completely understand but it matters for your lungs'),
    ).toBe('quitting is hard but it matters for your lungs');
    expect(withoutSpeakerPhrases('i understand the instructions')).toBe('i understand the instructions');
  });

  it('keeps what was said from "i understand when you say that"', () => {
    expect(
      withoutSpeakerPhrases("i do understand when you say that you've been more tired since the new job"),
    ).toBe("you've been more tired since the new job");
  });

  it('leaves no first person in the order it rewrites', () => {
    const order = rewriteSentence(
      "i'm going to order a sleep study and it will show us whether you stop breathing at night",
      { speaker: 'clinician', pronoun: 'he' },
    );
    expect(order).not.toMatch(/\b(?:I|me|us)\b/);
    expect(order).toMatch(/sleep study/);
  });
});
