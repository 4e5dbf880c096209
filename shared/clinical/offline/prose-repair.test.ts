import { describe, expect, it } from 'vitest';
import { dropConversationalClauses } from './prose-repair.js';

const hasNumber = (clause: string) => /\d/.test(clause);

describe('dropConversationalClauses', () => {
  it('keeps the finding and drops the question tacked onto it', () => {
    expect(
      dropConversationalClauses(
        'The wrist has been sore for 3 weeks, do you think it will ever heal.',
        hasNumber,
      ),
    ).toBe('The wrist has been sore for 3 weeks.');
  });

  it('refuses when the clause to drop holds a negation or clinical content', () => {
    expect(dropConversationalClauses('Pain is 6 of 10, you have no fever.', hasNumber)).toBeUndefined();
    expect(dropConversationalClauses('Weight is stable, your sugar was 250.', hasNumber)).toBeUndefined();
  });

  it('cuts spoken exam narration off the finding that follows it, even without a comma', () => {
    const mentionsElbow = (clause: string) => /elbow/i.test(clause) && /swelling|warmth/i.test(clause);
    expect(
      dropConversationalClauses(
        'Let me have a feel of that arm I notice swelling and warmth over the elbow.',
        mentionsElbow,
      ),
    ).toBe('I notice swelling and warmth over the elbow.');
  });

  it('drops the act of examining even when it names a body part, and no dangling "and"', () => {
    const namesAnOrgan = (clause: string) => /chest|heart|murmur/i.test(clause);
    expect(
      dropConversationalClauses(
        'The chest sounds clear and let me quickly listen to the heart I do hear a soft murmur.',
        namesAnOrgan,
      ),
    ).toBe('The chest sounds clear, I do hear a soft murmur.');
  });

  it('refuses when nothing clinical would be left', () => {
    expect(dropConversationalClauses('That sounds hard, how are you coping.', hasNumber)).toBeUndefined();
  });
});
