import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { examinerOnlyFinding } from './examiner-only-sites.js';
import { draftOffline } from './index.js';
import { loadOfflineResources } from './node-resources.js';
import { sentenceUnit as unit } from './test-support/sentence-unit.js';

describe('examinerOnlyFinding', () => {
  it("gives the examiner a guessed speaker's present state of a site only an examiner sees", () => {
    expect(
      examinerOnlyFinding(unit('The left tympanic membrane is dull and retracted', 'other', 0.8)).speaker,
    ).toBe('clinician');
    expect(examinerOnlyFinding(unit('Lungs are clear on both sides', 'patient', 0.9)).speaker).toBe(
      'clinician',
    );
    expect(examinerOnlyFinding(unit('Pupils are equal and reactive', 'patient', 0.7)).speaker).toBe(
      'clinician',
    );
  });

  it("keeps a recorded speaker, anyone's own account or question, and a past report", () => {
    expect(examinerOnlyFinding(unit('The left eardrum is bulging', 'patient')).speaker).toBe('patient');
    expect(
      examinerOnlyFinding(unit('The urgent care doctor said my lungs are clear', 'patient', 0.9)).speaker,
    ).toBe('patient');
    expect(examinerOnlyFinding(unit('Are his lungs clear', 'patient', 0.6)).speaker).toBe('patient');
    expect(examinerOnlyFinding(unit('His lungs were clear at the last visit', 'other', 0.8)).speaker).toBe(
      'other',
    );
    expect(examinerOnlyFinding(unit('Her knee is swollen', 'other', 0.8)).speaker).toBe('other');
  });

  it('documents an ear exam said on a microphone-only recording under Objective', () => {
    const segments = withSyntheticTimes(
      [
        'What brings her in this morning?',
        'She has been pulling at her left ear and crying at night since the weekend.',
        'Any fever at home?',
        'Just a low one, 38.1 last night.',
        'Her left eardrum is red and bulging, the right looks normal.',
        'We will treat this with amoxicillin 90 mg per kg per day for ten days.',
      ].map((text) => ({ speaker: 'unknown' as const, text })),
    );
    const content = draftOffline(segments, getBuiltinTemplate('soap'), loadOfflineResources(), {}).content;
    const text = (id: string) =>
      (content.sections.find((s) => s.id === id)?.sentences ?? []).map((s) => s.text).join(' ');
    expect(text('objective')).toMatch(/left eardrum is red and bulging/i);
    expect(text('subjective')).not.toMatch(/eardrum/i);
  });
});
