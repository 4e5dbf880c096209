import { hasProseDefect } from '../quality/prose-defects.js';

/**
 * The clinician's first person left in a drafted sentence once every other rewrite has run, turned
 * into the documentation voice by its grammar alone: a hedge in front of a statement goes ("so I
 * think the swelling is from the sprain" → "the swelling is from the sprain"), an intention is the
 * plan ("and I'm going to send a note to his school" → "and will send a note to his school"), the
 * clinician named as such where the speaker meant themselves ("call me if the fever returns" → "call
 * the clinic if the fever returns"), and "my" is the clinic's ("my nurse" → "the nurse").
 * Used only where the prose checker still finds the first person; the result is kept only when it
 * reads cleanly (facts.ts).
 */
const CLINICIAN_FIRST_PERSON: Array<[RegExp, string]> = [
  // Hedges and asides in front of a statement, anywhere in the sentence.
  [
    /(^|,\s*|\b(?:and|so|but|because)\s+)i (?:really |also |still |do |honestly )?(?:think|believe|feel like|guess|suspect|would say|'d say|would think|'d think|am thinking|'m thinking|am guessing|'m guessing)(?: that)?,?\s+(?=\S)/gi,
    '$1',
  ],
  // The clinician's view announced ("my understanding is that she stopped the statin"): the view.
  [
    /(^|,\s*|\b(?:and|so|but)\s+)my (?:understanding|thought|thinking|feeling|sense|guess|opinion|take|read|reading|gut feeling|impression) (?:here |today )?(?:is|was) (?:that )?,?\s*(?=\S)/gi,
    '$1',
  ],
  // The chart read aloud ("I see here on the chart that she is 30", "it says here that he had a stent",
  // "my nurse tells me that your pressure was high"): what the chart says is the statement.
  [
    /(^|,\s*|\b(?:and|so|but)\s+)(?:(?:i|we) (?:can |also )?(?:see|saw|notice|noticed|read)(?= here\b| (?:on|in|from) (?:the|their|his|her|your|my|our) (?:chart|records?|notes?|file|report|referral|letter|paperwork)\b| that\b)(?: here)?(?: (?:on|in|from) (?:the|their|his|her|your|my|our) (?:chart|records?|notes?|file|report|referral|letter|paperwork))?(?: that)?|(?:it|the (?:chart|record|referral|letter|report|note)) (?:says|said|shows|showed|states|mentions)(?: here)?(?: that)?|(?:my|our) (?:nurses?|records?|notes?|staff|assistant|medical assistant) (?:tells? me|told me|says?|said|shows?|showed)(?: that)?),?\s+(?=(?:the patient|he|she|they|their|his|her|it|there)\b)/gi,
    '$1',
  ],
  // A hope for the treatment is its aim: "I'm hoping we can get it under 10" → "the aim is to get it under 10".
  [
    /\bi(?: am|'m)? (?:really |also )?(?:hope|hoping|would like|'d like) (?:that )?(?:we|she|he|they|the patient) (?:can|will|could|would) (?=[a-z]{2,}\b)/gi,
    'the aim is to ',
  ],
  // An intention is the plan: "I'm going to", "I'll", "I want to", "I'd like to" + a verb.
  [
    /\bi(?:'m| am)? (?:also |just |then |now )?(?:going to|gonna|will|'ll|would like to|'d like to|want to|wanna|plan to|need to|have to|am planning to|'m planning to)\s+(?:also\s+)?(?:go ahead and\s+)?(?=[a-z]{2,}\b)(?!(?:be|have|say|see if|talk|tell|ask|just)\b)/gi,
    'will ',
  ],
  [/\bi'll\s+(?:also\s+)?(?:go ahead and\s+)?(?=[a-z]{2,}\b)(?!(?:be|have|say|talk|tell|ask)\b)/gi, 'will '],
  // The clinician as the one to be told or reached.
  [/\blet me know\b/gi, 'inform the clinic'],
  [/\b(call|text|message|email|contact|notify|phone|update|reach) me\b/gi, '$1 the clinic'],
  [/\b(with|to|from|see) me\b/gi, '$1 the clinician'],
  [/\bmy (nurse|office|clinic|staff|team|medical assistant|colleague|partner|practice)\b/gi, 'the $1'],
];

/** The clinician's sentence with the first person left in it rewritten, or undefined if nothing changed. */
export function clinicianFirstPersonFallback(text: string): string | undefined {
  let s = text;
  for (const [pattern, replacement] of CLINICIAN_FIRST_PERSON) s = s.replace(pattern, replacement);
  s = s.replace(/\s{2,}/g, ' ').trim();
  if (s === text || !s) return undefined;
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/**
 * A drafted sentence whose only defect is the clinician's first person, rewritten in the documentation
 * voice when that leaves it reading cleanly; undefined otherwise (the sentence is repaired or flagged
 * as before).
 */
export function firstPersonAsDocumentation(text: string): string | undefined {
  const voiced = clinicianFirstPersonFallback(text);
  return voiced && !hasProseDefect(voiced) ? voiced : undefined;
}
