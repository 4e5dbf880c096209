/**
 * Advice and return precautions the clinician gives the patient or a carer, in words the plain
 * instructions ("wear", "ice", "take") do not cover: "Make sure he gets plenty of fluids", "Be sure
 * to finish the course", "Go to the ER if she has trouble breathing", "Call 911 if the chest pain
 * comes back", "Run a humidifier at night", "Offer him small sips", "Bring her back in if the rash spreads", "If his lips turn blue, take him to the
 * emergency room", "If you have thoughts of hurting yourself, call 988", "If he still has a fever in two
 * days, bring him back", "If your eye swells, you need to be seen that day". They are the plan (documented as "Advised
 * to ..."), never the patient's history, and never dropped as talk.
 */
const CARE_ADVICE =
  /^(?:(?:and|so|also|but|then|just|please|okay|now)\s*,?\s+)*(?:please\s+)?(?:make sure (?:he|she|they|you|to|the|his|her|their|that)\b|be sure to\b|remember to\b|(?:go|head) (?:straight |right |directly )?(?:to|into) (?:the |an |a )?(?:er|e\.r\.?|emergency(?: room| department)?|urgent care|hospital)\b|call (?:911|988|(?:the |a )?(?:crisis|suicide|suicide and crisis) (?:line|hotline|lifeline))\b|seek (?:medical )?(?:care|attention|help)\b|bring (?:him|her|them|the baby|your (?:son|daughter|child)) (?:back|in|straight in)\b|encourage (?:him|her|them) to\b|push fluids\b|(?:run|use|give|offer|put|set up|gargle|rinse|soak|sip) (?:a|an|the|her|his|him|them|some|plenty of|saline|warm|cool|extra|small)\s+(?!(?:minute|second|moment|call|ring|try|go|shot|chance|break)\b)|let (?:us|me|the office) know (?:if|right away)\b|(?:take|bring|get) (?:him|her|them|the baby|your (?:son|daughter|child)) (?:straight |right )?(?:to|into) (?:the |an )?(?:er|e\.r\.?|emergency(?: room| department)?|urgent care|hospital)\b)|^(?:(?:and|so|also|but|then|just|please|okay|now)\s*,?\s+)*if\b[^.;]{3,120},\s*(?:please\s+)?(?:go|head|call|(?:take|bring|get) (?:him|her|them|the baby|your (?:son|daughter|child)))\b[^.;]*\b(?:er|e\.r\.?|emergency|urgent care|hospital|911|988|crisis (?:line|hotline))\b|^(?:(?:and|so|also|but|then|just|please|okay|now)\s*,?\s+)*if\b[^.;]{3,160},\s*(?:please\s+)?(?:(?:call|phone|ring) (?:us|me|the (?:office|clinic|practice|surgery))|come (?:back|in|straight in|and see (?:me|us))|bring (?:him|her|them|the baby|your (?:son|daughter|child)) (?:back|in|straight in)|(?:you|he|she|they) (?:need|needs|should|must|will need) to be seen|let (?:us|me) know)\b/i;

/** Whether a clinician's sentence is advice or a return precaution (CARE_ADVICE). */
export function givesCareAdvice(text: string): boolean {
  return CARE_ADVICE.test(text.trim());
}

// "If she starts breathing fast, take her to the ER": the condition first, as said. The condition
// ends at the last comma before an instruction's verb, not at a comma inside it ("If you get a fever,
// back pain or vomiting, call us").
const CONDITION_FIRST =
  /^((?:(?:and|so|also|but|then|just|please|okay|now)\s*,?\s+)*)(if\b[^.;]{3,160}),\s*(?:please\s+)?(?:(?:you|he|she|they) (?:need|needs|should|must|will need|will have|have|has) to\s+)?((?:call|go|head|take|bring|get|come|seek|return|let|contact|phone|ring|see|be seen)\b.*?)\s*([.!]?)$/i;

/** A return precaution said condition first, as an instruction with its condition after it. */
export function conditionLast(text: string): string {
  const m = CONDITION_FIRST.exec(text.trim());
  if (!m?.[2] || !m[3] || !givesCareAdvice(text)) return text;
  return `${m[3]} ${m[2].charAt(0).toLowerCase()}${m[2].slice(1)}${m[4] ?? ''}`;
}
