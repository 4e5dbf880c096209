import { describe, expect, it } from 'vitest';
import { withoutHedge } from './assessment-hedge.js';
import { rewriteSentence } from './rewrite.js';

describe('withoutHedge (the judgement, not the talk leading into it)', () => {
  it('drops the hedge before a judgement about the patient', () => {
    expect(withoutHedge('It sounds like your depression is not well controlled')).toBe(
      'Your depression is not well controlled',
    );
    expect(withoutHedge('So it looks like the swelling in her ankles has gone down')).toBe(
      'The swelling in her ankles has gone down',
    );
    expect(
      rewriteSentence('It sounds like your heart failure is getting worse.', {
        speaker: 'clinician',
        pronoun: 'they',
      }),
    ).toBe('Their heart failure is getting worse.');
  });

  it('keeps it where what something looks like is the judgement', () => {
    for (const s of ['It looks like a viral rash', 'It sounds like a sprain to me', 'That seems like a lot'])
      expect(withoutHedge(s), s).toBe(s);
  });
});
