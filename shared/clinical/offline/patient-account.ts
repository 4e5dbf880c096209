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
  ].join('|'),
  'i',
);

/** Whether a sentence attributed to the clinician is the patient's own account of themselves. */
export function isPatientAccount(text: string): boolean {
  return PATIENT_ACCOUNT.test(text);
}
