import { describe, expect, it } from 'vitest';
import { speakerChip } from './speaker-chip.js';

describe('speakerChip', () => {
  it('shows a sure guess as "likely …" and an unsure one as "…?", with the confidence in the sentence', () => {
    expect(speakerChip({ speaker: 'unknown', inferredRole: 'clinician', roleConfidence: 0.93 })).toEqual({
      kind: 'likely',
      role: 'clinician',
      text: 'likely clinician',
      description: 'Likely said by the clinician (a guess from the wording, 93% sure)',
    });
    expect(speakerChip({ speaker: 'unknown', inferredRole: 'patient', roleConfidence: 0.61 })).toMatchObject({
      kind: 'unsure',
      text: 'patient?',
      description: 'Perhaps said by the patient (an uncertain guess from the wording, 61% sure)',
    });
  });

  it("puts the clinician's correction first and never second-guesses a recorded label", () => {
    expect(
      speakerChip({
        speaker: 'unknown',
        correctedRole: 'other',
        inferredRole: 'patient',
        roleConfidence: 0.99,
      }),
    ).toMatchObject({ kind: 'corrected', role: 'other', text: 'other ✓' });
    expect(speakerChip({ speaker: 'patient', inferredRole: null, roleConfidence: null })).toMatchObject({
      kind: 'recorded',
      text: 'Patient',
      description: 'Said by the patient (labelled by the recording)',
    });
    expect(speakerChip({ speaker: 'unknown' })).toMatchObject({ kind: 'none', text: 'speaker?' });
  });
});
