/**
 * The patient's own account in words a clinician does not say of themselves: "I've been dealing with
 * my asthma", "my knee gives way", "when I'm around smoke I start coughing". Such words inside a turn
 * labelled or inferred as the clinician's are the patient's (a mislabelled turn, or the clinician
 * reading them out) and are documented in the third person like any patient statement.
 */
const BODY =
  '(?:head|neck|throat|chest|heart|lungs?|stomach|belly|back|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|hips?|knees?|legs?|ankles?|feet|foot|toes?|skin|eyes?|ears?|nose|mouth|teeth|bladder|bowels?|periods?)';
const OWN_CONDITION =
  '(?:asthma|diabetes|sugars?|blood sugars?|blood pressure|pain|migraines?|headaches?|anxiety|depression|mood|sleep|breathing|inhaler|meds|medications?|pills?|symptoms?)';
const PATIENT_ACCOUNT = new RegExp(
  [
    `\\bmy (?:(?:left|right|lower|upper) )?${BODY}\\b`,
    `\\bmy ${OWN_CONDITION}\\b`,
    String.raw`\bi(?:'ve| have)? (?:been )?(?:dealing with|suffering|struggling|hurting|feeling (?:sick|dizzy|tired|down|anxious|short of breath))\b`,
    String.raw`\bi (?:do |also )?(?:start|started|get|got|keep) (?:coughing|wheezing|dizzy|lightheaded|nauseous|short of breath|headaches?|winded)\b`,
    String.raw`\bi(?:'m| am) around (?:smoke|somebody|someone|people)\b`,
    String.raw`\bmy (?:dad|mom|father|mother|husband|wife|partner|son|daughter|kids?|boss|coach)\b`,
    // Symptoms, injuries, limits and treatment in the first person, which on ACI-Bench and
    // MTS-Dialog train are the patient's in 365 of 370 sentences: "I've been getting headaches",
    // "I slipped on the ice", "I can't put weight on it", "I took two of my pills".
    String.raw`\bi(?:'ve| have)? (?:been )?(?:having|getting|noticing|experiencing)\b`,
    String.raw`\bi (?:fell|slipped|tripped|twisted|sprained|broke|injured|landed|bumped|rolled|strained)\b`,
    String.raw`\bi (?:can't|cannot|can not|couldn't) (?:sleep|walk|breathe|eat|lift|move|bend|reach|stand|sit|climb|run|lie|lay|swallow|grip|hold|straighten|put weight)\b`,
    String.raw`\bi(?:'ve| have)? (?:been )?(?:feel|felt|feeling) (?:so|really|very|more|a little|pretty|sick|tired|dizzy|weak|better|worse|anxious|depressed|down|off|achy|nauseous|short)\b`,
    String.raw`\bi (?:take|took|was taking|am taking|'m taking|have been taking|tried) (?:my|the|some|two|one|\d)\b(?! (?:a )?look)`,
    `\\bmy (?:pain|symptoms|legs|ankles|eyes|vision|hearing|joints|muscles|appetite|energy|weight)\\b`,
    String.raw`\bi (?:was|got|have been|'ve been) (?:diagnosed|told|prescribed|put on|started on|admitted)\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence attributed to the clinician is the patient's own account of themselves. */
export function isPatientAccount(text: string): boolean {
  return PATIENT_ACCOUNT.test(text);
}
