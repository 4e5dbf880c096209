import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';

type Role = 'clinician' | 'patient' | 'other';

/** What a transcript line says about its speaker, as far as the review screens know it. */
export interface SpeakerFacts {
  speaker: TranscriptSegment['speaker'];
  correctedRole?: Role | undefined;
  inferredRole?: Role | null | undefined;
  roleConfidence?: number | null | undefined;
}

/**
 * - `recorded`: labelled by its source (telehealth), never second-guessed;
 * - `corrected`: the clinician said who it was;
 * - `likely` / `unsure`: the speaker-role model's guess, sure or not;
 * - `none`: nobody knows.
 */
export type SpeakerChipKind = 'recorded' | 'corrected' | 'likely' | 'unsure' | 'none';

export interface SpeakerChip {
  kind: SpeakerChipKind;
  /** The role shown (absent for `none`). */
  role?: Role;
  /** Short visible text: "Patient", "likely clinician", "patient?". */
  text: string;
  /** The same in a sentence, for screen readers and the tooltip. */
  description: string;
}

/** At or above this, a guess reads "likely …"; below it, "…?". */
export const LIKELY_AT = 0.8;

const title: Record<Role, string> = { clinician: 'Clinician', patient: 'Patient', other: 'Other' };
const noun: Record<Role, string> = {
  clinician: 'the clinician',
  patient: 'the patient',
  other: 'someone else',
};
const word: Record<Role, string> = { clinician: 'clinician', patient: 'patient', other: 'other' };

/** How a line's speaker is shown: the correction wins, then the recorded label, then the guess. */
export function speakerChip(line: SpeakerFacts): SpeakerChip {
  if (line.correctedRole) {
    const role = line.correctedRole;
    return {
      kind: 'corrected',
      role,
      text: `${word[role]} ✓`,
      description: `Said by ${noun[role]} (you corrected this line)`,
    };
  }
  if (line.speaker !== 'unknown') {
    const role = line.speaker;
    return {
      kind: 'recorded',
      role,
      text: title[role],
      description: `Said by ${noun[role]} (labelled by the recording)`,
    };
  }
  if (line.inferredRole && line.roleConfidence != null) {
    const role = line.inferredRole;
    const percent = Math.round(line.roleConfidence * 100);
    return line.roleConfidence >= LIKELY_AT
      ? {
          kind: 'likely',
          role,
          text: `likely ${word[role]}`,
          description: `Likely said by ${noun[role]} (a guess from the wording, ${percent}% sure)`,
        }
      : {
          kind: 'unsure',
          role,
          text: `${word[role]}?`,
          description: `Perhaps said by ${noun[role]} (an uncertain guess from the wording, ${percent}% sure)`,
        };
  }
  return { kind: 'none', text: 'speaker?', description: 'Speaker not known' };
}
