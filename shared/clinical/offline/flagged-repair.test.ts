import { describe, expect, it } from 'vitest';
import { hasProseDefect } from '../quality/prose-defects.js';
import { withConversationRepaired, withDefectsFlagged } from './flag-defects.js';
import { repairedFlaggedSentence } from './flagged-repair.js';

describe('repairedFlaggedSentence', () => {
  it('says a word repeated in a row once (a sprain follow-up)', () => {
    const said = 'The ankle sprain is getting getting better in the brace.';
    expect(hasProseDefect(said)).toBe(true);
    expect(repairedFlaggedSentence(said, 'hpi', 'she')).toBe(
      'The ankle sprain is getting better in the brace.',
    );
  });

  it('takes out an interjection opening or closing a statement (heart failure)', () => {
    expect(repairedFlaggedSentence('Oh, the furosemide ran out a month ago.', 'medication', 'he')).toBe(
      'The furosemide ran out a month ago.',
    );
    expect(repairedFlaggedSentence('Weight is up 3 pounds since Monday, hey.', 'hpi', 'he')).toBe(
      'Weight is up 3 pounds since Monday.',
    );
  });

  it("puts a first person left in the patient's history in the third person (mental health)", () => {
    expect(repairedFlaggedSentence('I do have panic attacks and insomnia.', 'history', 'they')).toBe(
      'The patient does have panic attacks and insomnia.',
    );
    expect(repairedFlaggedSentence('I am still pretty anxious most mornings.', 'symptom', 'she')).toBe(
      'She is still pretty anxious most mornings.',
    );
  });

  it('leaves a first person outside the history, or beside the patient named, to review (telehealth)', () => {
    expect(repairedFlaggedSentence('I do have the video working now.', 'plan', 'she')).toBeUndefined();
    expect(
      repairedFlaggedSentence('I see on the portal that she stopped the sertraline.', 'medication', 'she'),
    ).toBeUndefined();
    expect(
      repairedFlaggedSentence('I met one of my patients with croup today.', 'history', 'he'),
    ).toBeUndefined();
  });

  it('never changes a figure or a number word (paediatric weight)', () => {
    // "sixty sixty" may be a stutter or part of a figure: not guessed at.
    expect(repairedFlaggedSentence('He weighs sixty sixty, 2 pounds.', 'hpi', 'he')).toBeUndefined();
  });

  it('leaves a sentence with a defect no repair mends flagged (a question)', () => {
    expect(repairedFlaggedSentence('Oh, any fever since the ear drops?', 'ros', 'he')).toBeUndefined();
  });
});

describe('withDefectsFlagged with the patient pronoun', () => {
  const evidence = [{ seq: 0, start: 0, end: 10 }];

  it('ships a sentence a general repair rewords, and flags it without the pronoun', () => {
    const facts = [{ category: 'history' as const, text: 'I do have asthma and eczema.', evidence }];
    const [repaired] = withDefectsFlagged(facts, undefined, 'he');
    expect(repaired?.text).toBe('He does have asthma and eczema.');
    expect(repaired?.review).toBeUndefined();
    const [flagged] = withDefectsFlagged(facts);
    expect(flagged?.text).toBe('I do have asthma and eczema.');
    expect(flagged?.review).toMatch(/first-person/);
  });
});

describe('withConversationRepaired', () => {
  const review = 'Still worded as conversation (filler): reword before signing.';

  it('drops the review once a general repair rewords the sentence (paediatric)', () => {
    expect(
      withConversationRepaired(
        { text: 'Hm, the ear drops ran out on Friday, okay.', review },
        'medication',
        'he',
      ),
    ).toEqual({
      text: 'The ear drops ran out on Friday.',
    });
  });

  it('keeps the sentence and its review when no repair does, and leaves a clean one alone', () => {
    const asked = { text: 'Okay, any wheezing since the inhaler?', review };
    expect(withConversationRepaired(asked, 'ros', 'she')).toBe(asked);
    const clean = { text: 'The ear drops ran out on Friday.' };
    expect(withConversationRepaired(clean, 'medication', 'he')).toBe(clean);
  });
});

describe('repairedFlaggedSentence, a reason opening the sentence', () => {
  it('writes "because of" before the main clause as "Due to" (heart failure)', () => {
    expect(
      repairedFlaggedSentence('Because of the leg swelling she sleeps in the recliner.', 'hpi', 'she'),
    ).toBe('Due to the leg swelling she sleeps in the recliner.');
  });

  it('leaves a reason with no main clause after it flagged (sprain)', () => {
    expect(repairedFlaggedSentence('Because of the ankle sprain.', 'hpi', 'he')).toBeUndefined();
  });
});
