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
    // A medicine one takes for something, a habit one has or gave up, and what one was doing when hurt:
    // "i'm taking digoxin for my heart rhythm", "i haven't smoked in years", "i snore", "as i was
    // lifting the box" (not the examiner's "when i was pressing on it").
    String.raw`\bi(?:'m| am)(?: also| still| currently)? taking (?!(?:a look|you|him|her|them|the patient|care|notes?|over|a|an|the|my|some)\b)[a-z-]+ (?:for|every|daily|twice|once|at night|in the morning)\b`,
    String.raw`\bi (?:have not|haven't|had not|hadn't|did not|didn't|do not|don't) (?:smoked|drunk|vaped|had a (?:drink|cigarette))\b|\bi (?:(?:still|also|usually|sometimes) )?(?:snore|smoke)\b`,
    String.raw`\b(?:as|when|while) i was (?!(?:examining|looking|listening|pressing|pushing|checking|feeling|palpating|reviewing|talking|reading|going|saying|asking|thinking|writing|typing)\b)[a-z]+ing\b`,
  ].join('|'),
  'i',
);

/** Whether a sentence says one of these things of the speaker's own life or body. */
export function isPatientHistoryAccount(text: string): boolean {
  return ACCOUNT.test(text);
}
