import { describe, expect, it } from 'vitest';
import { withoutTreatmentWord } from './treatment-words.js';

describe('withoutTreatmentWord', () => {
  it('keeps the condition a treatment is named after', () => {
    // A hand clinic and a podiatry follow-up.
    expect(withoutTreatmentWord('left trigger thumb injection')).toBe('left trigger thumb');
    expect(withoutTreatmentWord('carpal tunnel splint')).toBe('carpal tunnel');
    expect(withoutTreatmentWord('plantar fasciitis injections')).toBe('plantar fasciitis');
  });

  it('leaves a treatment that names no condition, and other phrases, as they are', () => {
    expect(withoutTreatmentWord('steroid injection')).toBe('steroid injection');
    expect(withoutTreatmentWord('flu shot')).toBe('flu shot');
    expect(withoutTreatmentWord('heart failure')).toBe('heart failure');
  });
});
