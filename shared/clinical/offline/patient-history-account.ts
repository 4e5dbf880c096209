/**
 * More of the patient's own account in the first person, as it turns up when one microphone runs the
 * patient's answer into the clinician's turn: what one was going through ("i was having bad cramps"),
 * home remedies tried ("i even tried some tea tree oil"), one's age at an event ("i broke it when i
 * was 12"), a test or procedure of one's own dated ("i had one in 2019"), and a medicine one was given
 * again ("i've gotten another course of prednisone"). A clinician does not say these of themselves in
 * a visit; isPatientAccount (patient-account.ts) adds them to its own list.
 */
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const ACCOUNT = new RegExp(
  [
    String.raw`\bi was (?:still |also |really |just )?(?:having|getting|feeling|experiencing|throwing up|coughing|bleeding)\b`,
    String.raw`\bi (?:(?:even|also|already|just) tried (?:some|a|an|the|my|that|this|those|these)|tried (?:a|an|that|this|those|these))\b(?! (?:look|note|referral|order|prescription|scope|otoscope|stethoscope|monitor|injection|dose)\b)`,
    String.raw`\bi was (?:only |just |about |around )?(?:\d{1,2}|a (?:kid|child|teenager|baby|toddler))\b(?! ?(?:minutes?|min|hours?|days?|weeks?|%|percent|mg|cm|mm|points?)\b)`,
    String.raw`\bi (?:had|got) (?:one|it|that|them|those)(?: done)? (?:in|back in|around) (?:(?:${MONTH} )?\d{4}|${MONTH})\b`,
    String.raw`\bi(?:'ve| have) gotten (?:another|more|a new|my)\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence says one of these things of the speaker's own life or body. */
export function isPatientHistoryAccount(text: string): boolean {
  return ACCOUNT.test(text);
}
