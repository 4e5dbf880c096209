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

  it('refuses when nothing clinical would be left', () => {
    expect(dropConversationalClauses('That sounds hard, how are you coping.', hasNumber)).toBeUndefined();
  });
});
