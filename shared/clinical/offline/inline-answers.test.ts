import { describe, expect, it } from 'vitest';
import { inlineAnswer } from './inline-answers.js';

describe('inlineAnswer', () => {
  it('writes a question answered in the same sentence as the finding it answers', () => {
    expect(inlineAnswer('Any night sweats or weight loss no.')?.text).toBe(
      'Denies night sweats or weight loss.',
    );
    expect(inlineAnswer('any wheezing at night, no nothing like that')?.text).toBe(
      'Denies wheezing at night.',
    );
    expect(inlineAnswer('Has there been any swelling in the legs yes.')?.text).toBe(
      'Reports swelling in the legs.',
    );
  });

  it('takes "none" or "not really" alone as the answer no', () => {
    expect(inlineAnswer('any family history of seizures none')?.text).toBe(
      'Denies family history of seizures.',
    );
    expect(inlineAnswer('Any trouble sleeping since the move not really.')?.text).toBe(
      'Denies trouble sleeping since the move.',
    );
  });

  it('denies every symptom asked before a single "no", also once rewritten in the third person', () => {
    expect(inlineAnswer('Any blurred vision are she getting headaches no')).toEqual({
      text: 'Denies blurred vision, headaches.',
      polarity: 'no',
    });
  });

  it('leaves what it cannot read as a question and its answer', () => {
    for (const s of [
      'Any fever yes, any cough no.', // a yes to one of two questions
      'Any questions no.', // nothing clinical asked
      'Do you have any pain when you walk no.', // a clause of its own in what is asked
      'He walks every day no.',
      'Any chest pain.',
    ])
      expect(inlineAnswer(s), s).toBeUndefined();
  });
});
