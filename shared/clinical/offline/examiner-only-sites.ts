import type { SentenceUnit } from './units.js';

// Parts of the body whose state only the examiner's eyes, hands or instruments can tell in a visit:
// nobody else in the room can say how an eardrum, the lungs or the pupils are.
const EXAMINER_SITE =
  /\b(?:ear ?drums?|tympanic membranes?|ear canals?|lungs?|lung fields|breath sounds|heart sounds|pupils?|reflexes|optic (?:discs?|nerves?)|fundi|fundus|tonsils|pharynx|oropharynx|bowel sounds)\b/i;

// Present-tense state of that site, also a normal one ("is red and bulging", "are clear", "looks normal").
const PRESENT_STATE =
  /\b(?:is|are|looks?|sounds?|appears?|seems?)\s+(?:\w+\s+)?(?:normal|clear|equal|reactive|intact|red|erythematous|bulging|dull|pearly|grey|gray|retracted|injected|inflamed|enlarged|swollen|diminished|decreased|absent|present|brisk|symmetric\w*|unremarkable|full)\b/i;

// Anyone's own "I"/"my"/"you": a patient telling what a doctor said of their own body, or a question.
const SPEAKER_WORDS = /\b(?:i|i'm|i've|me|my|mine|we|our|you|your|said|told)\b/i;

/**
 * A sentence whose speaker was only inferred and not as the clinician's, that states the present
 * state of a part of the body only an examiner can see or hear ("The right eardrum is red and
 * bulging.", "Lungs are clear.") is the examiner's finding. A recorded speaker is never changed.
 */
export function examinerOnlyFinding(unit: SentenceUnit): SentenceUnit {
  if (unit.roleConfidence === undefined || unit.speaker === 'clinician' || unit.isQuestion) return unit;
  const text = unit.text;
  if (/\?/.test(text) || SPEAKER_WORDS.test(text)) return unit;
  return EXAMINER_SITE.test(text) && PRESENT_STATE.test(text) ? { ...unit, speaker: 'clinician' } : unit;
}
