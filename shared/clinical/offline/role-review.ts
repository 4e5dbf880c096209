import { cleanSpeech } from './clean-speech.js';
import { isPatientAccount } from './patient-account.js';
import type { SentenceUnit } from './units.js';

/** Below this confidence the role model hardly prefers one speaker over the other. */
export const UNSURE_ROLE = 0.65;

// The speaker's own first person, which the note turns into the patient's third person.
const SPEAKER_OWN = /\b(?:i|i'm|i've|i'll|i'd|me|my|myself)\b/i;

/**
 * The review a sentence needs when it was documented as the patient's (or a companion's) first
 * person on a role the model hardly chose: "I'm seeing more swelling" may be the clinician's finding,
 * and written as "She is seeing more swelling" it would put the clinician's words in the patient's
 * mouth. The patient's unmistakable account of themselves (isPatientAccount) needs none.
 */
export function unsureRoleReview(unit: SentenceUnit): string | undefined {
  if (unit.roleConfidence === undefined || unit.roleConfidence >= UNSURE_ROLE) return undefined;
  if (unit.speaker === 'clinician' || unit.speaker === 'unknown') return undefined;
  const said = cleanSpeech(unit.text);
  if (!SPEAKER_OWN.test(said) || isPatientAccount(said)) return undefined;
  return "Speaker unsure: written as the patient's words; check whether the clinician said this.";
}
