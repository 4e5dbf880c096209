import { describe, expect, it } from 'vitest';
import { unsureRoleReview } from './role-review.js';
import { sentenceUnit as unit } from './test-support/sentence-unit.js';

describe('unsureRoleReview', () => {
  it("flags a first person documented as the patient's on a role the model hardly chose", () => {
    expect(
      unsureRoleReview(unit("I'm seeing more swelling in the left calf today", 'patient', 0.55)),
    ).toMatch(/Speaker unsure/);
    expect(
      unsureRoleReview(unit('I think the video visit worked well for the follow-up', 'other', 0.5)),
    ).toMatch(/Speaker unsure/);
  });

  it('leaves a confident or recorded role, a sentence without a first person and the patient own account', () => {
    expect(
      unsureRoleReview(unit("I'm seeing more swelling in the left calf today", 'patient', 0.9)),
    ).toBeUndefined();
    expect(
      unsureRoleReview(unit("I'm seeing more swelling in the left calf today", 'patient')),
    ).toBeUndefined();
    expect(unsureRoleReview(unit('The swelling is worse in the evening', 'patient', 0.55))).toBeUndefined();
    expect(
      unsureRoleReview(unit('I twisted my ankle stepping off the curb', 'patient', 0.55)),
    ).toBeUndefined();
  });
});
