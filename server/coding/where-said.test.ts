import { describe, expect, it } from 'vitest';
import { WHERE_SAID_OFFSETS, whereSaidOffset } from './where-said.js';

describe('where a problem was said', () => {
  const stated = { stated: true, assessed: true };
  const assessed = { stated: false, assessed: true };
  const passing = { stated: false, assessed: false };

  it('lifts what the clinician stated and sinks what was said only in passing beside it', () => {
    // A telehealth asthma follow-up where the clinician states the asthma; a knee ache came up in chat.
    expect(whereSaidOffset(stated, true, 'outpatient')).toBeGreaterThan(
      whereSaidOffset(assessed, true, 'outpatient'),
    );
    expect(whereSaidOffset(assessed, true, 'outpatient')).toBeGreaterThan(
      whereSaidOffset(passing, true, 'outpatient'),
    );
    expect(whereSaidOffset(passing, true, 'outpatient')).toBeLessThan(0);
    // No problem stated: a problem said in passing is neither lifted nor sunk.
    expect(whereSaidOffset(passing, false, 'outpatient')).toBe(0);
  });

  it('adds nothing to a case report, and takes fitted offsets when given', () => {
    expect(whereSaidOffset(stated, true, 'inpatient')).toBe(0);
    expect(
      whereSaidOffset(passing, true, 'outpatient', { ...WHERE_SAID_OFFSETS, unassessedBesideStated: -1 }),
    ).toBe(-1);
  });
});
