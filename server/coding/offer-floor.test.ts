import { describe, expect, it } from 'vitest';
import type { CandidateSupport } from './code-ranker.js';
import { PROPOSED_CONFIDENCE } from './coding-rules.js';
import { offerFloor } from './offer-floor.js';

const support = (learnedOnly: boolean, position = 0): CandidateSupport => ({
  mentionKey: 'forearm rash',
  match: learnedOnly ? 0 : 0.6,
  precision: 0.5,
  coverage: 0.7,
  unsaid: 0,
  position,
  learnedOnly,
});

describe('offerFloor', () => {
  it('offers an office visit every code its own words name, however low the ranker scores it', () => {
    // A telehealth dermatology follow-up: "a rash on her forearm" names its code in words.
    expect(offerFloor({ supports: [support(false)] }, 'outpatient')).toBe(0);
    // Words and a learned link together still count as words.
    expect(offerFloor({ supports: [support(true), support(false)] }, 'outpatient')).toBe(0);
  });

  it('keeps the floor for a sibling that is not the best code for any mention', () => {
    // A migraine review: "migraine without aura" ranks below the unspecified migraine the words name.
    expect(offerFloor({ supports: [support(false, 2)] }, 'outpatient')).toBe(PROPOSED_CONFIDENCE);
    expect(offerFloor({ supports: [support(false, 2), support(false, 0)] }, 'outpatient')).toBe(0);
  });

  it('keeps the floor for learned guesses and for case reports', () => {
    // A code only a learned link or a profile proposes (no supports at all) needs the floor.
    expect(offerFloor({ supports: [support(true)] }, 'outpatient')).toBe(PROPOSED_CONFIDENCE);
    expect(offerFloor({ supports: [] }, 'outpatient')).toBe(PROPOSED_CONFIDENCE);
    // A hospital case report's candidates are many: one floor for all.
    expect(offerFloor({ supports: [support(false)] }, 'inpatient')).toBe(PROPOSED_CONFIDENCE);
  });
});
