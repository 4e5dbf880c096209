/**
 * An examiner states findings one after another in the same breath ("The right eardrum is red and
 * bulging. The left one looks normal. His throat is clear."): once a sentence of a segment was
 * documented as the clinician's exam finding, the next sentence of that segment that states a
 * finding, with nobody's "I" or "you" in it, is the examiner's next finding, even when it names no
 * part of the body a classifier knows ("the left one") or the role model guessed another speaker.
 */
import { statesFinding } from './exam-act-follow.js';
import type { SentenceUnit } from './units.js';

const SPEAKER_WORDS = /\b(?:i|i'm|i've|me|my|mine|we|our|you|your)\b/i;

/**
 * The unit as the clinician's finding when it follows the clinician's exam finding in the same
 * segment (`findingSeq`: the segment of the exam finding documented just before, if any) and states
 * one itself. A recorded speaker, and a patient's account in their own words, are kept.
 */
export function continuesFindings(unit: SentenceUnit, findingSeq: number | undefined): SentenceUnit {
  if (findingSeq !== unit.seq || unit.speaker === 'clinician' || unit.roleConfidence === undefined)
    return unit;
  if (unit.isQuestion || SPEAKER_WORDS.test(unit.text)) return unit;
  const asExaminer: SentenceUnit = { ...unit, speaker: 'clinician' };
  return statesFinding(asExaminer) ? asExaminer : unit;
}
