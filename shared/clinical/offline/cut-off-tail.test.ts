import { describe, expect, it } from 'vitest';
import { hasProseDefect } from '../quality/prose-defects.js';
import { withoutCutOffTail } from './cut-off-tail.js';

describe('withoutCutOffTail', () => {
  it('takes off the first word of a phrase the pause cut off (sprain, asthma, reflux)', () => {
    const cases: Array<[string, string]> = [
      [
        'Her left ankle is swollen over the lateral side and.',
        'Her left ankle is swollen over the lateral side.',
      ],
      [
        'There is faint expiratory wheezing in both lungs as.',
        'There is faint expiratory wheezing in both lungs.',
      ],
      [
        'The patient has heartburn most nights after dinner that.',
        'The patient has heartburn most nights after dinner.',
      ],
    ];
    for (const [said, documented] of cases) {
      expect(hasProseDefect(said)).toBe(true);
      expect(withoutCutOffTail(said)).toBe(documented);
      expect(hasProseDefect(documented)).toBe(false);
    }
  });

  it('takes off the subject and verb of a clause that never came (heart failure, paediatric)', () => {
    expect(withoutCutOffTail('His weight is down 3 pounds since last week he does not have.')).toBe(
      'His weight is down 3 pounds since last week.',
    );
    expect(withoutCutOffTail('She is going home today with a prescription for amoxicillin she is.')).toBe(
      'She is going home today with a prescription for amoxicillin.',
    );
  });

  it('leaves a cut that a verb or a number needed completed, and a sentence already complete', () => {
    // What was started, and the unit of the dose, are missing: only the clinician can complete them.
    expect(withoutCutOffTail('The patient was started on the.')).toBe('The patient was started on the.');
    expect(withoutCutOffTail('Sertraline was increased to 100 for.')).toBe(
      'Sertraline was increased to 100 for.',
    );
    // Too little would be left to document anything.
    expect(withoutCutOffTail('Knee pain and.')).toBe('Knee pain and.');
    expect(withoutCutOffTail('Her mood has improved on the sertraline.')).toBe(
      'Her mood has improved on the sertraline.',
    );
    expect(withoutCutOffTail('She walks her dog every morning as advised.')).toBe(
      'She walks her dog every morning as advised.',
    );
  });
});
