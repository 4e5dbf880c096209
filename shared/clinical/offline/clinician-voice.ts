/**
 * The clinician's own first person, as documentation: what they notice on examination as the
 * finding, their plans in the subjectless style of a plan, without hedges and preambles.
 */

// "I do not appreciate any murmur" → "no murmur"; "I do see some bruising" → "some bruising";
// "I notice swelling and warmth" → "swelling and warmth".
const NOT_FOUND =
  /\b(?:i|we) (?:do not|don't|did not|didn't|cannot|can't) (?:even |really )?(?:appreciate|see|hear|notice|feel|find|palpate)\s+(?:any\s+)?/gi;
const FOUND =
  /\b(?:i|we) (?:do |also |can )?(?:appreciate|see|hear|notice|feel|find)\s+(?!(?:that|if|it|here|there|when|how|what|why|where|you|him|her|them|his|their|your|my|this|these|those|like|better|worse|good|fine|okay|ok|the|to)\b)(?=[a-z0-9])/gi;
// At the start of a sentence: "I do notice the effusion around the knee" → "the effusion ...".
const FOUND_THE = /^(?:i|we) (?:do |also |can )?(?:appreciate|see|notice)\s+(?=the\b)/i;
// Hedging in front of a statement ("i think she has a strain") and emphasis ("i do want to").
const HEDGE =
  /\b(?:i think|i believe|i feel like|i guess|i would say|i know|i suspect|i am thinking|i'm thinking|i am sure|i'm sure|i remember|i recall|i am guessing|i'm guessing|i would guess|i (?:have )?heard)(?: that)?,?\s+(?=(?:it|this|that|she|he|they|the|her|his|their|we|there|you|your|\w+ing|an?|probably|possibly|maybe|likely|most likely|\d)\b)/gi;
const EMPHATIC_DO =
  /\b(i|we) do (?:(?:however|still|also|now)\s+)*(want|need|recommend|appreciate|see|feel|hear|think|notice)\b/gi;

// Plans said in the first person, in the subjectless style of a plan ("Will order an MRI.", "Plan
// to increase Lasix."), and the preambles before what the clinician read or was told.
const FIRST_PERSON: Array<[RegExp, string]> = [
  // "I am a little concerned about ..." is the documenting "I am concerned about ...".
  [/\bi (am|was) (?:a little|a bit|somewhat|very|quite|also|really) (concerned|worried)\b/gi, 'I $1 $2'],
  [
    /\bsince i (?:have |had )?(?:last )?(?:seen|saw) (?:him|her|them|the patient)\b/gi,
    'since the last visit',
  ],
  [/\b(?:as )?i would say,?\s+(?=(?:about|around|maybe|probably|approximately|\d))/gi, ''],
  // Uncertainty said in the first person, as a note states it: "unclear whether the statin was started".
  [
    /\bi (?:do not|don't|did not|didn't) (?:really )?know (?:if|whether)\b|\bi(?: am|'m) not (?:really )?sure (?:if|whether)\b|\bi(?: was)? wonder(?:ing|ed)? (?:if|whether)\b/gi,
    'unclear whether',
  ],
  [/\b(plus|and) i gave\b/gi, '$1 gave'],
  // "I want a basic metabolic panel this week": a test or a study wanted is a test ordered.
  [/\bi(?:'d| would)? (?:want|like)(?: to (?:get|order|check))? (a|an|some) (?=\w)/gi, 'will order $1 '],
  [/\bwhat (?:she|he|they|the patient) (?:told|tells) me\b/gi, 'the history'],
  [/^i gave\b/gi, 'gave'],
  [/\bthe good news is,?\s*(?:that\s+)?/gi, ''],
  [
    /\bwhat (?:i|we)(?: would like to|'d like to| want to| will|'ll| are going to| am going to|'m going to| need to) do (?:is|here is)\s*,?\s*(?:(?:i|we) will\s+)?/gi,
    'plan to ',
  ],
  [/\b(?:i|we) (?:will|'ll) be (order|prescrib|refer|start|send|schedul|check)(?:e)?ing\b/gi, 'will $1'],
  [
    /\bi(?: will|'ll| am going to|'m going to| am gonna| am also going to|'m also going to)(?: also)?\s+(?=\w)/gi,
    'will ',
  ],
  [
    /\bwhat (?:i|we)(?:'d| would)? (?:like|want) (him|her|them|the patient) to (use|take|try|do) is(?: to (?:use|take|try|do))?\s+/gi,
    'plan for $1 to $2 ',
  ],
  [/\bwhat (?:we|they) call(?:ed)?\s+/gi, ''],
  [/\bi(?:'d| would)?(?: also)? (?:like to|want to|plan to)\s+(?=\w)/gi, 'plan to '],
  [
    /\bi(?:'d| would)?(?: also)? (?:like|want)(?: for)? (him|her|them|the patient) to\s+/gi,
    'plan for $1 to ',
  ],
  [/\bi(?: am|'m) looking at ((?:his|her|their|the) [\w -]{2,30}?) and (?:it|that|this) /gi, '$1 '],
  [/\bi need to\s+/gi, 'need to '],
  // "I have a low suspicion that ...", "I have some concern about ...": the suspicion or concern.
  [
    /\bi have (?:an? |some )?((?:low|high|strong|some|little)?\s*(?:suspicion|concerns?|index of suspicion))\b/gi,
    '$1',
  ],
  // "I would not change her dose", "what I can do is set her up": the decision, subjectless.
  [
    /\bi would not (?=(?:change|start|stop|increase|decrease|recommend|adjust|add|switch|order|refer)\b)/gi,
    'would not ',
  ],
  [/\bwhat (?:i|we) can do is\s+/gi, 'can '],
  [/\bi was able to (review|check|obtain|contact|reach)\b/gi, '$1ed'],
  // "I wanted to go over her echo results", "I have not gotten any reports from them".
  [/^(?:so\s+)?i (?:wanted|want|would like|'d like) to (?:go over|review)\s+/gi, 'reviewed '],
  [/^(?:so\s+)?i (?:wanted|want|would like|'d like) to (?:discuss|talk about)\s+/gi, 'discussed '],
  [
    /\bi (?:have not|haven't|did not|didn't) (?:gotten|received|get|receive|seen|see) (?:any |the )?(reports?|results?|records?|notes|labs?|images|imaging)\b/gi,
    'no $1 received',
  ],
  [/\bi (?:am|'m)(?: also)? (?=will\b)/gi, ''],
  [/\b(?:i|we) (?:do not|don't) think (?:that )?(?:i |we )?need to\s+/gi, 'no need to '],
  [
    /\b(?:i|we) (?:do not|don't) think (?:that )?(?:he|she|they|the patient|we|you) (?:needs?|requires?) (?:an? |any )?/gi,
    'no need for ',
  ],
  // What the clinician did, in the subjectless style of a note ("Sent her for an x-ray.", "Changed
  // the dose in April."), where the clause opens with it.
  [
    /(^|\b(?:and|then|so|plus)\s+)i (?:also |then |already )?((?:had (?:gone|looked|reviewed|checked|ordered|sent|seen|spoken|talked|discussed)|sent|gave|took|went (?:over|through)|drew|ran|put|made|wrote|spoke|talked|called|started|stopped|changed|increased|decreased|switched|added|adjusted|lowered|raised|mentioned|noticed|wanted to (?:check|see|make sure|follow up))\b)/gi,
    '$1$2',
  ],
  [
    /\bwhat (?:i|we) (?:would )?(?:recommend|suggest)(?: is)?(?:,?\s*what we (?:try|do) is)?\s*/gi,
    'recommend ',
  ],
  [/\bwhat (?:i|we) would have (?:him|her|them|the patient) do is\s*/gi, 'plan to '],
  [/\bwhat (?:i|we) did (?:is|was),?\s*(?:(?:i|we)\s+)?/gi, ''],
  [/\bi (?:might|may|could) (?:recommend|consider|try)\s+/gi, 'consider '],
  [/\bi would avoid\b/gi, 'avoid'],
  [/\bi can (give|prescribe|order|refer|send|write)\b/gi, 'can $1'],
  [/\bmy (nurse|medical assistant|ma|staff|office|team|colleague|partner)\b/gi, 'the $1'],
  [/\b(which|that) i have (?:heard|seen|noted|appreciated) before\b/gi, '$1 is not new'],
  [/\bthe referral i have\b/gi, 'the referral'],
  [/^(?:medications:\s*)?i have that\s+/gi, ''],
  [/\b(?:it seems to me that|(?:what )?i am (?:hearing|noticing|seeing) is(?: that)?)\s*/gi, ''],
  [/\bmy (notes?|records?|chart)\b/gi, 'the $1'],
  [
    /\bi(?: am|'m) (?:pressing(?: right)?(?: there| here)?|listening to (?:his|her|their|the) (?:heart|lungs|chest|belly|abdomen)|looking at is|looking here in the notes(?: says)?)\s*(?:and\s+)?/gi,
    '',
  ],
  [
    /\bi am looking (?:through|at) (?:his|her|their|the) (?:chart|records?|notes)(?: in \w+)?(?: and)?\s*/gi,
    '',
  ],
  [/\bi did (review|check|order)\b/gi, 'I $1ed'],
  [
    /\bi (?:also |can |do )?(?:see|notice|noticed|heard|hear|read|understand|recognize|was notified|was told)(?: here)?(?: that)?(?: in (?:his|her|their|the) (?:chart|notes|records?))?(?: that)?(?: it looks like)?,?\s+(?=(?:she|he|they|the patient|it|there|his|her|their)\b)/gi,
    '',
  ],
  [/\b(?:i|we) (?:do not|don't) think (?:that )?(this|it|that) (?:is|was)\s+/gi, '$1 is unlikely to be '],
  // The examiner's hands as the manoeuvre: "tender when I press on it" → "tender on palpation".
  [
    /\b(?:when|if|as) (?:i|we) (?:press|push|palpate|touch|feel)(?: (?:on |around |over |along )?(?:it|that|there|here|(?:the|her|his|their|that|this) \w+)(?! of\b))?(?: here| there)?\b/gi,
    'on palpation',
  ],
  [
    /\b(?:when|if|as) (?:i|we) (?:flex|extend|rotate|bend|move)(?: (?:it|that|(?:the|her|his|their|that|this) (?:\w+ )?\w+))?(?: back| up| down| here| there)?\b/gi,
    'with movement',
  ],
];

// An order under way said in the first person ("I'm sending an antibiotic to your pharmacy"): the
// order, as a plan ("will send ...").
const ORDERING: Record<string, string> = {
  sending: 'send',
  prescribing: 'prescribe',
  ordering: 'order',
  starting: 'start',
  referring: 'refer',
  giving: 'give',
  adding: 'add',
  increasing: 'increase',
  decreasing: 'decrease',
  stopping: 'stop',
  switching: 'switch',
  scheduling: 'schedule',
  placing: 'place',
};
const ORDER_UNDER_WAY = new RegExp(
  `\\b(?:i|we)(?: am|'m| are|'re) (?:also |just )?(${Object.keys(ORDERING).join('|')})\\b`,
  'gi',
);

/** A clinician's sentence with its first person, where it only narrates, as documentation. */
export function clinicianVoice(spoken: string): string {
  let s = spoken
    .replace(ORDER_UNDER_WAY, (_m, verb: string) => `will ${ORDERING[verb.toLowerCase()] ?? verb}`)
    .replace(EMPHATIC_DO, '$1 $2')
    .replace(NOT_FOUND, 'no ')
    .replace(FOUND_THE, '')
    .replace(FOUND, '')
    .replace(HEDGE, '');
  for (const [re, to] of FIRST_PERSON) s = s.replace(re, to);
  return s;
}
