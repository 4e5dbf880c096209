// How the clinician judges a problem followed up: "your blood pressure is now controlled", "her
// asthma is not well controlled", "you're doing better on the sertraline". Each is the assessment of
// that problem (problem and status), not a finding or the patient's history.
const STATUS =
  '(?:(?:well|better|poorly|nicely|adequately|not well|not)\\s+)?(?:controlled|under control|uncontrolled|stable|improved|improving|better|worse|worsening|resolved|resolving|at goal|in range|flaring)';
const JUDGED_PROBLEM = new RegExp(
  `^(?:(?:so|okay|ok|and|now|good|great|well)[,]?\\s+)*(?:(?:i think|it looks like|it seems|looks like)\\s+)?(?:your|her|his|their|the)\\s+([a-z][a-z -]{2,30}?)\\s+(?:is|are|has been|have been|has gotten|have gotten|has got|have got|has become|have become|is getting|are getting|seems?|looks?|'s(?: gotten| got| getting)?)\\s+(?:now\\s+|much\\s+|a lot\\s+|really\\s+|pretty\\s+|very\\s+|still\\s+|finally\\s+)*(${STATUS})\\b`,
  'i',
);
// "You're doing better on the sertraline", "she's doing well on the inhaler": how the problem followed
// up is going on its treatment.
const DOING_ON =
  /^(?:(?:so|okay|ok|and|now|good|great|well)[,]?\s+)*(?:you|she|he|they)(?:'re|'s| are| is)\s+(?:doing|feeling)\s+(?:much\s+|a lot\s+|so much\s+)?(better|well|great|worse)\s+on\s+(?:the|your|her|his|their)\s+([a-z][a-z-]{2,30})\b/i;

// A reading, not a problem ("your blood pressure today is better than last time" is one, but "your
// blood pressure today is 128 over 78" is a vital sign).
const NOT_JUDGED = /\b(?:today|reading|number|numbers|level)\b/i;

// What a clinician writes for the problem said in lay words. Only words that name one disease: "mood"
// may be depression, anxiety or bipolar disorder, so it is named from the problem the visit follows up
// (MOOD_PROBLEM) or written as "Mood", never guessed.
const PROBLEM_NAME: Array<[RegExp, string]> = [
  [/^blood pressures?$/, 'hypertension'],
  [/^(?:blood )?sugars?$|^glucose$/, 'diabetes'],
];
const MOOD_WORD = /^mood$/;
const MOOD_PROBLEM = /\b(?:depress\w*|anxiety|bipolar|mood)\b/i;

const STATUS_WORD: Array<[RegExp, string]> = [
  [/^(?:better|improved|improving)$/, 'improving'],
  [/^(?:well|great)$/, 'improving'],
  [/^under control$/, 'controlled'],
];

function named(problem: string, followedUp?: string): string {
  const lower = problem.toLowerCase().trim();
  const moodProblem =
    MOOD_WORD.test(lower) && followedUp && MOOD_PROBLEM.test(followedUp) ? followedUp : undefined;
  const name = moodProblem ?? PROBLEM_NAME.find(([re]) => re.test(lower))?.[1] ?? lower;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

function status(word: string): string {
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  return STATUS_WORD.find(([re]) => re.test(lower))?.[1] ?? lower;
}

export interface ProblemStatus {
  /** "Hypertension: controlled.", "Depression: improving on sertraline." */
  text: string;
  /** How many characters of the sentence the judgement took (the rest may be a plan). */
  length: number;
  /** The sentence is the assessment as said (`text` is empty): it names a problem the lexicon knows. */
  asSaid?: boolean;
  /** The medicine named, for an "it" in the rest of the sentence. */
  medicine?: string;
}

/**
 * The clinician's judgement of a problem as its assessment: "Your blood pressure is now controlled"
 * → "Hypertension: controlled."; "You're doing better on the sertraline" → "Depression: improving on
 * sertraline." when the visit follows up depression (`followedUp`); undefined for anything else.
 * With `namesProblem` (the sentence names a problem the lexicon knows) a judgement of the first kind
 * is marked `asSaid`: the sentence itself is the assessment, in the clinician's words.
 */
export function problemStatus(
  text: string,
  followedUp?: string,
  namesProblem = false,
): ProblemStatus | undefined {
  const judged = JUDGED_PROBLEM.exec(text);
  if (judged?.[1] && judged[2] && !NOT_JUDGED.test(judged[1]) && judged[1].split(' ').length <= 3)
    // A problem the lexicon knows ("her heart failure is much better controlled") is assessed in the
    // clinician's own words.
    return namesProblem
      ? { text: '', length: judged[0].length, asSaid: true }
      : { text: `${named(judged[1], followedUp)}: ${status(judged[2])}.`, length: judged[0].length };
  const doing = DOING_ON.exec(text);
  if (doing?.[1] && doing[2] && followedUp)
    return {
      text: `${named(followedUp)}: ${status(doing[1])} on ${doing[2].toLowerCase()}.`,
      length: doing[0].length,
      medicine: doing[2].toLowerCase(),
    };
  return undefined;
}
