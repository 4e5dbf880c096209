import { replacingInTurn } from './rule-gate.js';

/**
 * Clinician-voice phrasings whose documentation form is unambiguous, for sentences attributed to the
 * clinician only (a patient's "I" is never rewritten here): what the clinician recommends, can
 * order or may want, what they are not concerned about, and their impression, without the "I".
 */
const CLINICIAN_PLANS: Array<[RegExp, string]> = [
  // "the biggest issue I have seen is ..." → "the biggest issue is ..."
  [
    /\b(biggest|main|major|primary|real|only) (issue|concern|problem|worry|thing) (?:that )?(?:i|we) (?:have seen|see|am seeing|'m seeing|have noticed|noticed|have|see here)\b/gi,
    '$1 $2',
  ],
  // "so I am not concerned" → "so no concern"; "I am not worried about a fracture" → "low concern for a fracture".
  [
    /\bi(?: am|'m) not (?:too |very |overly |really )?(?:concerned|worried) (?:about|for)\s+/gi,
    'low concern for ',
  ],
  [/\bi(?: am|'m) not (?:too |very |overly |really )?(?:concerned|worried)\b/gi, 'no concern'],
  // "I think we should keep an eye on the mole" → "plan to keep an eye on the mole"
  [
    /^(?:so,? )?(?:i (?:think|believe|feel) (?:that )?)?we (?:should|need to|ought to|will need to|want to|would like to) (?!be\b|have\b|see how\b)/gi,
    'plan to ',
  ],
  // "I think you should rest the ankle" → "advised to rest the ankle"
  [
    /^(?:so,? )?i (?:think|believe|feel) (?:that )?(?:you|she|he|they|the patient) (?:should|need to|ought to) /gi,
    'advised to ',
  ],
  // "I think the best course at this point is surgery" → "recommend surgery"
  [
    /^(?:so,? )?(?:i (?:think|believe|feel)(?: that)? )?(?:the|your) best (?:course(?: of action)?|option|plan|treatment|next step|thing to do)(?: (?:at this point|now|here|for (?:you|him|her|them)))?,? (?:is|would be|will be) (?:to )?/gi,
    'recommend ',
  ],
  // "I then recommend ..." / "I would recommend ..." → "recommend ..."
  [/\bi(?:'d)? (?:then |also |would |strongly |do |will )?(recommend|suggest|advise)\b/gi, '$1'],
  // "I may want the patient to receive ..." → "may have the patient receive ..."
  [/\bi (may|might) (?:also )?want (him|her|them|the patient) to\s+/gi, '$1 have $2 '],
  // "I can put in a referral" / "I can put it in for ..." → "can place a referral" / "can place it for ..."
  [
    /\bi (?:can|could) put (?:in )?(it|that|this|the (?:order|referral|prescription|consult)|an? (?:order|referral|prescription|consult)) in\b/gi,
    'can place $1',
  ],
  [/\bi (?:can|could) put in (the|an?) (order|referral|prescription|consult)\b/gi, 'can place $1 $2'],
  // "what we try is a cortisone injection" → "plan: a cortisone injection"
  [
    /^what (?:we|i) (?:usually |often |typically |generally |would )?(?:try|do|use|give|start with|prescribe)(?: first)? is\s+(?=(?:an?|the|some)\b)/gi,
    'plan: ',
  ],
  // "what about increasing the sertraline" → "consider increasing the sertraline"
  [
    /^(?:what|how) about (increasing|decreasing|starting|stopping|trying|adding|switching|lowering|raising|changing|holding|restarting)\b/gi,
    'consider $1',
  ],
  // "her lungs are clear when I listen to them" → "her lungs are clear on exam"
  [
    /,?\s+when (?:i|we) (?:listen|listened|look|looked|examine|examined|check|checked)(?: (?:to|at|in|on) (?:it|them|(?:her|his|their|the) \w+))?(?=[,.]|$)/gi,
    ' on exam',
  ],
  // "I think probably a grade 2 sprain" → "likely a grade 2 sprain"
  [
    /\bi (?:think|suspect|believe)(?: that)?,?\s+(?:(?:it's|it is|this is|that's|that is) )?(?:probably|most likely|likely)\b/gi,
    'likely',
  ],
  // "for my impression and plan" → "for the impression and plan"; "some of my patients" → "some patients".
  [
    /\bmy (impression|assessment|plan|diagnosis|exam|examination|recommendation|differential|concern|worry|suspicion|goal)\b/gi,
    'the $1',
  ],
  [/\b(some|many|most|a lot|a few|plenty) of my patients\b/gi, '$1 patients'],
];

/** A clinician's sentence with the plan and assessment phrasings above in documentation form. */
export function clinicianPlans(spoken: string): string {
  return CLINICIAN_PLANS_IN_TURN(spoken);
}

// Each phrasing only looked for in a sentence with the words it needs (rule-gate.ts).
const CLINICIAN_PLANS_IN_TURN = replacingInTurn(CLINICIAN_PLANS);
