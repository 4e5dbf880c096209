/**
 * The clinician's asides in the first person: talk about their own day, the chart or the form in front
 * of them ("I've been doing this since residency", "it says here they want me to ...", "I was
 * just looking through the paperwork"), and the lead in which they announce an explanation ("let me tell you what
 * that means for your knee, it means ..."). An aside holding nothing clinical is left out of the note;
 * where it only opens an order or an explanation, the words after it are documented, with their own
 * range as evidence.
 */

// What opens an aside (after "so", "and", "okay" and the like).
const OPENERS = String.raw`^(?:(?:so|and|but|now|okay|ok|well|um|uh|alright|all right|you know)\s*,?\s+)*`;

// The clinician about themselves or the chart, never a finding or an order in itself.
const ASIDE = new RegExp(
  OPENERS +
    String.raw`(?:i(?:'ve| have) been (?:meaning to|wanting to) (?:read|look|ask|call|write|try)|i(?:'ve| have) been doing (?:this|these|that|it|one of) (?:for|since|\d+|\w+ (?:things|ways))|i(?: was| am|'m) (?:just )?(?:looking|reading|scrolling) (?:for|through|at|on) (?:the|my|our|this) (?:schedule|screen|computer|notes?|chart|form|paperwork|system|template|inbox|messages?)|it says (?:here|in (?:the|my|your) (?:chart|notes?|form|system))|(?:the|this|my) (?:chart|form|system|computer|template|screen) (?:says|wants|asks)|they want me to|i (?:always|usually|often) (?:tell|say to|ask) (?:my )?(?:patients|people|everyone|everybody|folks)|i(?:'ve| have)? (?:got|gotta|have) to (?:say|admit)|i (?:remember|recall) when)\b`,
  'i',
);

// Words that make even an aside worth keeping: a test, a result, a part of the body, a treatment.
const CLINICAL_WORD =
  /\b(?:labs?|x-?rays?|mri|ct|scan|ultrasound|echo\w*|ekg|ecg|results?|levels?|blood|pressure|sugar|a1c|urine|biopsy|test(?:s|ing)?|imaging|pain|swelling|medicines?|medications?|pills?|dose|surgery|injection|therapy|referral|appointment|follow[- ]?up|heart|lungs?|kidneys?|liver|knee|hip|ankle|shoulder|back|neck|wrist|skin|rash|weight|sleep|mood|anxiety|depression)\b/i;

// A number that only counts the options the clinician talks about ("one of 2 things", "all 3 places").
const COUNTED_OPTIONS =
  /\b(?:one|some|all|both|each|any|either) of (?:the |these |those )?\d+ (?:things|ways|options|places|groups|practices|offices|people|doctors)\b|\ball \d+ (?:things|ways|options|places|groups|practices|offices)\b/i;

/**
 * Whether the clinician's sentence is an aside about themselves or the chart with nothing clinical in
 * it. `named` says whether the drafter found a problem, a drug or a finding in it; a number makes it
 * clinical too, unless it only counts the clinician's options ("one of 2 things").
 */
export function isContentFreeAside(text: string, named: boolean): boolean {
  if (named || !ASIDE.test(text) || CLINICAL_WORD.test(text)) return false;
  return !/\d/.test(text.replace(new RegExp(COUNTED_OPTIONS.source, 'gi'), ''));
}

// The lead of an order read off the chart ("it says here they want me to check ...") and of an
// announced explanation ("let me tell you what that means for your knee, it means ..."): the words
// after it are the order or the explanation.
const ORDER_LEAD = new RegExp(
  OPENERS +
    String.raw`(?:it says here|(?:the|this) (?:chart|form|system) says)?\s*,?\s*(?:that\s+)?they want me to (?=(?:check|order|get|draw|repeat|schedule|send|refer|start|continue|recheck|do)\b)`,
  'i',
);
const EXPLAINING_LEAD = new RegExp(
  OPENERS +
    String.raw`(?:let me|i(?:'ll| will)|i(?:'m| am) going to|i want to) (?:tell|explain to|explain) (?:you |him |her |them )?what (?:that|this|it) means(?:\s+for\s+(?:you|him|her|them|the patient|(?:your|his|her|their|the)\s+[a-z-]+))?\s*,?\s+(?:it|that|this) means(?:\s+that)?\s*,?\s+(?=\S)`,
  'i',
);

/**
 * The aside opening the sentence before an order or an explanation: its length, and whether what
 * follows explains (the assessment); undefined when there is none.
 */
// The clinician's relief or pleasure before what caused it ("I was so relieved and her scan was
// normal", "I'm really glad to see that the swelling is down"): the cause is the statement.
const FEELING_LEAD = new RegExp(
  OPENERS +
    String.raw`i(?: was| am|'m) (?:so |very |really |just )?(?:relieved|glad|happy|pleased|thrilled)(?: to (?:see|hear|know))?\s*,?\s+(?:and|that)\s+(?=\S+\s+\S)`,
  'i',
);

export function asideLead(text: string): { length: number; explains: boolean } | undefined {
  const order = ORDER_LEAD.exec(text);
  if (order) return { length: order[0].length, explains: false };
  const feeling = FEELING_LEAD.exec(text);
  if (feeling) return { length: feeling[0].length, explains: false };
  const explaining = EXPLAINING_LEAD.exec(text);
  return explaining ? { length: explaining[0].length, explains: true } : undefined;
}
