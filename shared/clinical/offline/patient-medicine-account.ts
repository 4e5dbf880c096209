/**
 * How a patient takes their own medicine, said in the first person with a habit or a perfect tense
 * ("I've been taking my Lasix every morning", "I usually take the ibuprofen with food", "I have
 * been using the inhaler twice a day"): words a clinician does not say of themselves in a visit,
 * so a sentence given to the clinician by a wrong label or role guess is the patient's own account.
 * A clinician's "I usually take a look", "I've been using the template" is not.
 */
const OWN_MEDICINE =
  /\bi(?:'ve| have)? (?:been )?(?:(?:usually|always|still|now|also|only|normally|just|sometimes|never|mostly|generally|regularly)\s+)+(?:take|taking|use|using)\s+(?!(?:a|the)\s+(?:look|peek|listen|history|template|stethoscope|ultrasound|otoscope|scope|light|chart|notes?|computer|opportunity|chance)\b)(?:my|the|it|them|these|those|\d|one|two|half)\b|\bi(?:'ve| have) been (?:take|taking|using)\s+(?!(?:a|the)\s+(?:look|peek|listen|history|template|stethoscope|ultrasound|otoscope|scope|light|chart|notes?|computer|opportunity|chance)\b)(?:my|the|it|them|these|those|\d|one|two|half)\b/i;

// Doses of one's own medicine missed or not ("I haven't missed any doses", "I forgot to take my
// pill twice this week").
const OWN_DOSES =
  /\bi(?:'ve| have)? (?:(?:not|never|only|also|sometimes)\s+)?(?:haven't |have not |never )?(?:missed|miss|forgot|forget|skipped|skip)\s+(?:to take\s+)?(?:(?:any|a|one|two|a couple(?: of)?|some|several)\s+)?(?:doses?|pills?|my|the\s+(?:pill|pills|medicine|medication|dose|doses|tablets?|inhaler|shot|injection))\b/i;

/** Whether a first-person sentence tells how the speaker takes their own medicine. */
export function takesOwnMedicine(text: string): boolean {
  return OWN_MEDICINE.test(text) || OWN_DOSES.test(text);
}
