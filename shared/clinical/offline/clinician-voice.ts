import { memoizedInDraft } from './draft-memo.js';
import { replacingInTurn } from './rule-gate.js';

/**
 * The clinician's own first person, as documentation: what they notice on examination as the
 * finding, their plans in the subjectless style of a plan, without hedges and preambles.
 */

// "I do not appreciate any murmur" → "no murmur"; "I do see some bruising" → "some bruising";
// "I notice swelling and warmth" → "swelling and warmth".
// Also in the progressive and with a modal: "I'm not hearing any wheeze", "I could feel some fluid".
const NOT_FOUND =
  /\b(?:i|we)(?: (?:do not|don't|did not|didn't|cannot|can't|could not|couldn't) (?:even |really )?(?:appreciate|see|hear|notice|feel|find|palpate)|(?: am|'m| are|'re) not (?:really )?(?:appreciating|seeing|hearing|noticing|feeling|finding|palpating))\s+(?:any\s+)?/gi;
const FOUND =
  /\b(?:i|we)(?: (?:do |also |can |could )?(?:appreciate|see|hear|notice|feel|find)|(?: am|'m| are|'re) (?:also )?(?:appreciating|seeing|hearing|noticing|feeling|finding))\s+(?!(?:that|if|it|here|there|when|how|what|why|where|you|him|her|them|his|their|your|my|this|these|those|like|better|worse|good|fine|okay|ok|the|to)\b)(?=[a-z0-9])/gi;
// At the start of a sentence: "I do notice the effusion around the knee" → "the effusion ...".
const FOUND_THE = /^(?:i|we) (?:do |also |can |could )?(?:appreciate|see|notice|hear)\s+(?=the\b)/i;
// Hedging in front of a statement ("i think she has a strain") and emphasis ("i do want to").
const HEDGE =
  /\b(?:i think|i believe|i feel like|i guess|i would say|i'd say|i have a feeling|i(?: am|'m) afraid|i know|i suspect|i am thinking|i'm thinking|i am sure|i'm sure|i remember|i recall|i am guessing|i'm guessing|i would guess|i (?:have )?heard|i (?:do )?(?:understand|realize|realise|gather|assume|suppose|imagine|expect))(?: that)?,?\s+(?=(?:it|this|that|she|he|they|the|her|his|their|we|there|you|your|\w+ing|an?|probably|possibly|maybe|likely|most likely|\d)\b)/gi;
const EMPHATIC_DO =
  /\b(i|we) do (?:(?:however|still|also|now)\s+)*(want|need|recommend|appreciate|see|feel|hear|think|notice)\b/gi;

const ADVICE: Record<string, string> = {
  encourage: 'encouraged',
  advise: 'advised',
  urge: 'urged',
  ask: 'asked',
};
const SUBJECT: Record<string, string> = { him: 'he', her: 'she', them: 'they', 'the patient': 'the patient' };
/** The subject form of the object pronoun the clinician used ("her" → "she"). */
const subjectOf = (object: string): string => SUBJECT[object.toLowerCase()] ?? object;

// Plans said in the first person, in the subjectless style of a plan ("Will order an MRI.", "Plan
// to increase Lasix."), and the preambles before what the clinician read or was told.
const FIRST_PERSON: Array<[RegExp, string | ((...groups: string[]) => string)]> = [
  // Breaking news gently is manners, not content: "I'm afraid I don't have better news for her, her
  // A1c is up" → "her A1c is up"; "I'm not 100% sure, but most likely it is gout" → "most likely ...".
  [
    /^(?:i(?:'m| am) (?:afraid|sorry)(?: to say)?,?\s+(?:that\s+)?)?i (?:do not|don't) have (?:any |much )?(?:better|good|great) news(?: for (?:you|him|her|them|the patient))?(?:(?:,\s*|\s+)(?:but|and)\b|,|\s*$)\s*/gi,
    '',
  ],
  [
    /^i(?:'m| am) not (?:\d+ ?%|\d+ percent|(?:a |one )?hundred percent|entirely|completely|totally|absolutely) (?:sure|certain),?\s+(?:but\s+)?(?=\S)/gi,
    '',
  ],
  // The clinician naming what it is: "I would describe that as allergic rhinitis" → "consistent with
  // allergic rhinitis"; "what I think is that ..." and "the other impression I have is ..." → the
  // impression itself.
  [
    /\bi(?:'d| would)? (?:describe|call|classify|characteri[sz]e|label) (?:that|this|it|them|these|those) as\b/gi,
    'consistent with',
  ],
  [/\bwhat i (?:think|believe|suspect) is(?: that)?,?\s+/gi, ''],
  [
    /\bthe (other|main|first|second|overall) impression (?:that )?i have is(?: that)?,?\s+/gi,
    (_m: string, which: string) => `${which} impression: `,
  ],
  [
    /\bi(?:'ve| have) been (?:told|informed)(?: that)?,?\s+(?=(?:she|he|they|the patient|it|there|his|her|their)\b)/gi,
    '',
  ],
  // Treatment the clinician gave before: "I have previously treated her with a steroid cream".
  [
    /\bi(?: have|'ve| had)? (?:(previously|already|also) )?(treated|managed) (?:him|her|them|the patient) (with|for|by)\b/gi,
    (_m: string, when: string | undefined, verb: string, how: string) =>
      `${when ? `${when} ` : ''}${verb.toLowerCase()} ${how.toLowerCase()}`,
  ],
  // "I went ahead and ordered an x-ray": the order, subjectless.
  [
    /\bi(?: have|'ve)? (?:went|gone|go) ahead and (?=(?:ordered|prescribed|sent|referred|scheduled|started|placed|increased|decreased|stopped|changed|called|made|put)\b)/gi,
    '',
  ],
  // The clinician's explanation: "what is going on is that he strained the ligament" → the strain.
  [
    /^(?:(?:so|and|now)\s+)?what(?: is|'s) (?:going on|happening|causing (?:this|it|that|the \w+))(?: here| today)? is(?: that)?,?\s+/gi,
    '',
  ],
  [
    /\bthe only thing (?:that )?i (?:could|can) (?:say|tell (?:you|him|her|them|the patient)|add) (?:was|is)(?: that)?,?\s+/gi,
    '',
  ],
  // A medicine the clinician wants kept going: "I want the Nexium 40 mg to continue" → "plan for the
  // Nexium 40 mg to continue".
  [
    /\bi(?:'d| would)? (?:want|like) (?=(?:the |his |her |their )?[a-z][\w -]{0,40}? to (?:continue|stay|remain)\b)/gi,
    'plan for ',
  ],
  // A memory hedge trailing a statement: "her last colonoscopy was in 2019, if I remember correctly".
  [/,?\s*\b(?:and |but )?if i (?:remember|recall)(?: (?:correctly|right))?\b,?/gi, ''],
  // "I am a little concerned about ..." is the documenting "I am concerned about ...".
  // "I'm a bit worried about her kidneys" is the documenting "I am concerned about ...".
  [
    /\bi(?: (am|was)|'m) (?:(?:a little|a bit|somewhat|very|quite|also|really|more|most)\s+)?(?:concerned|worried)\b/gi,
    (_m: string, aux: string | undefined) => `I ${aux ?? 'am'} concerned`,
  ],
  // Pleasure at a result is the result: "I'm pleased that she has lost 10 pounds" → "she has lost
  // 10 pounds"; "I'm happy with her blood pressure" → "pleased with her blood pressure".
  [
    /\bi(?: am|'m) (?:(?:very|really|so|quite|also)\s+)?(?:happy|glad|pleased|thrilled|relieved|encouraged)(?: to (?:see|hear|note))?(?: that)?,?\s+(?=(?:she|he|they|the patient|her|his|their|it|this|there|the)\b)/gi,
    '',
  ],
  [
    /\bi(?: am|'m) (?:(?:very|really|so|quite|also)\s+)?(?:happy|glad|pleased|satisfied) with\b/gi,
    'pleased with',
  ],
  // A decision said as what the clinician would do is the order: "I would hold the metformin".
  [
    /(^|\b(?:and|so|then|but)\s+)i(?: would|'d) (?:also\s+)?(?=(?:hold|continue|start|stop|increase|decrease|keep|use|add|switch|repeat|consider|try|recommend|suggest|get|give|order|obtain|check|refer|send|schedule)\b)/gi,
    '$1',
  ],
  // What the clinician does not want or needs the patient to do, as the patient's instruction.
  [
    /\bi (?:do not|don't) want (him|her|them|the patient) (?:to be )?(\w+ing)\b/gi,
    (_m: string, who: string, act: string) => `${subjectOf(who)} should avoid ${act}`,
  ],
  [
    /\bi (?:do not|don't) want (him|her|them|the patient) to\b/gi,
    (_m: string, who: string) => `${subjectOf(who)} should not`,
  ],
  [
    /\bi (?:really )?need (him|her|them|the patient) to\b/gi,
    (_m: string, who: string) => `${subjectOf(who)} ${who.toLowerCase() === 'them' ? 'need' : 'needs'} to`,
  ],
  [
    /\bi (?:would |'d )?(?:(?:strongly|really|also)\s+)?(encourage|advise|urge|ask)d? (?:him|her|them|the patient) to\b/gi,
    (_m: string, verb: string) => `${ADVICE[verb.toLowerCase()] ?? 'advised'} to`,
  ],
  // Reading records aloud: "I have her labs here, her A1c is 7.1" → "her A1c is 7.1"; "I was reading
  // the report from the ER" → "reviewed the report from the ER".
  [
    /^(?:(?:so|and|now|okay)\s+)?i (?:have|got|pulled up) (?:(?:his|her|their|the) (?:(?!(?:on|in|at|for|to)\b)[a-z0-9-]+ ){0,2}(?!(?:on|in|at|for|to)\b)[a-z0-9-]+)(?: results?| report)?(?: here| back| in front of me| today)*(?:,\s*|\s+(?=(?:his|her|their|the)\s))(?=\S)/gi,
    '',
  ],
  [/\bi have (?:it )?(?:here|down|written down)(?: that)?,?\s+/gi, ''],
  // Records the clinician has in hand, with nothing said after them: "I have her x-rays from March"
  // → "reviewed her x-rays from March".
  [
    /^(?:(?:so|and|now)\s+)?i (?:have|got|pulled up) (?=(?:his|her|their|the) (?:[a-z-]+ )?(?:x-?rays?|x rays?|labs?|lab work|blood work|results?|records?|notes|imaging|images|films|scans?|mri|ct|echo\w*|ekg|ecg|reports?)\b(?! (?:is|are|was|were|shows?|showed)\b))/gi,
    'reviewed ',
  ],
  [
    /\bi (?:was|am|'m) (?:just )?(?:reading|reviewing|looking (?:at|through|over)|going (?:through|over)) (?=(?:the|his|her|their)\b)/gi,
    'reviewed ',
  ],
  // What the examiner heard or felt, named by the finding: "the murmur that I heard" → "the murmur
  // heard on exam"; "tender when I pound on it" → "tender on percussion".
  [
    /\b(?:that |which )?(?:i|we) (heard|saw|felt|noticed|found|appreciated|palpated)\b(?=(\s+(?:in|on|during|at)\b)|\s*[,.;]|\s*$)/gi,
    (_m: string, verb: string, where: string | undefined) =>
      `${verb.toLowerCase() === 'saw' ? 'seen' : verb.toLowerCase()}${where ? '' : ' on exam'}`,
  ],
  [
    /\b(?:when|if|as) (?:i|we) (?:pound|tap|percuss)(?: on)?(?: (?:it|that|there|here|(?:the|her|his|their|that|this) \w+))?\b/gi,
    'on percussion',
  ],
  // What another clinician said, as the note attributes it: "I heard from her cardiologist that ...".
  [
    /\bi (?:heard|was told|learned|found out) (?:from|by) ((?:his|her|their|the) (?:(?!that\b)\w+ )?(?!that\b)\w+)(?: that)?,?\s+(?=\S)/gi,
    'per $1, ',
  ],
  // "The biggest issue I have seen is ...": the issue, not the clinician's seeing it.
  [
    /(?<=\b(?:issues?|problems?|concerns?|things?|changes?|findings?))\s+(?:that |which )?(?:i|we)(?: have|'ve)? (?:seen|noticed|found)\b/gi,
    '',
  ],
  // "Look, the biggest issue ...", said without the comma: a call for attention, not an exam.
  [
    /^(?:(?:so|and|now)\s+)?(?:look|listen)\s*,?\s+(?=(?:the|i|we|this|that|it|there|he|she|his|her|their)\b)/gi,
    '',
  ],
  // The review of systems closed with a question to the patient ("anything else that I might have missed").
  [/,?\s*\banything else (?:that )?(?:i|we) (?:might|may|could) have missed\b,?/gi, ''],
  // What the care team told the clinician, attributed: "the nurse told me that ..." → "per the nurse, ...".
  [
    /\bthe (nurse|medical assistant|ma|resident|front desk|pharmacist)(?: had)? (?:told|informed) me(?: that)?,?\s+/gi,
    'per the $1, ',
  ],
  // What could not be done, and what is awaited: "I couldn't reach her cardiologist", "I'm still
  // waiting on the outside records".
  [
    /\bi (?:was not able to|wasn't able to|am not able to|was unable to|am unable to|could not|couldn't)\b/gi,
    'unable to',
  ],
  [/\bi(?: am|'m) (?:still )?waiting (?:for|on)\b/gi, 'awaiting'],
  [/\bi can have (?:the|my) (?=nurse|medical assistant|ma|staff|front desk)/gi, 'will have the '],
  [/\bwhat i(?: am|'m) (?:seeing|hearing|feeling|noticing)(?: here| today)? (?:is|are)(?: that)?,?\s+/gi, ''],
  // Speech recognition's restart before the sentence proper: "I the assessment for ...".
  [/^i (?=(?:the|a|an|his|her|their)\b)/gi, ''],
  // The medicine the patient is on: "I have her on lisinopril" → "she is on lisinopril".
  [
    /\bi (have|had) (him|her|them|the patient) on\b/gi,
    (_m: string, tense: string, who: string) =>
      `${subjectOf(who)} ${tense.toLowerCase() === 'have' ? (who.toLowerCase() === 'them' ? 'are' : 'is') : who.toLowerCase() === 'them' ? 'were' : 'was'} on`,
  ],
  // Agreement with what the patient does: "I'm okay with her continuing the ibuprofen".
  [
    /\bi(?: am|'m) (?:(?:okay|ok|fine|comfortable|happy)\s+)?with (him|her|them|the patient) (?=\w+ing\b)/gi,
    'agreeable to $1 ',
  ],
  // A diagnosis not excluded, a concern and a suspicion, as a note states them.
  [/\bi (?:cannot|can't|can not|could not|couldn't) (rule out|exclude)\b/gi, 'cannot $1'],
  [/\bi (?:would not|wouldn't|would n't) be surprised if\b/gi, 'possibly'],
  [/\bi(?:'d| would) be (?:concerned|worried) (?:about|for)\b/gi, 'concern for'],
  [/\bi(?: am|'m) (?:curious|wondering) (?:if|whether)\b/gi, 'unclear whether'],
  // Advice the clinician gives every such patient, given to this one: "I tell my patients to ...".
  [
    /\bi (?:always |usually |often )?(?:tell|advise|recommend) (?:all )?(?:my|our) patients(?: with [\w ]{2,30}?)? to\b/gi,
    'advised to',
  ],
  // Uncertainty about what, why or how: "I'm not sure what is causing the rash".
  [
    /\bi(?: am|'m) not (?:really |quite |totally |entirely )?sure (what|why|how|where|when|which)\b/gi,
    'unclear $1',
  ],
  // A hedge trailing the statement: "her PSA is 6, I think".
  [/,?\s*\bi (?:think|guess|believe|would say|'d say)\s*$/gi, ''],
  [/\bi (am|was) (?:a little|a bit|somewhat|very|quite|also|really) concerned\b/gi, 'I $1 concerned'],
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
  // An instruction's courtesy "for me" ("take a deep breath for me") documents nothing.
  [/,?\s+for me\b(?!\s+to\b)/gi, ''],
  // "I want a basic metabolic panel this week": a test or a study wanted is a test ordered.
  [/\bi(?:'d| would)? (?:want|like)(?: to (?:get|order|check))? (a|an|some) (?=\w)/gi, 'will order $1 '],
  [/\bwhat (?:she|he|they|the patient) (?:told|tells) me\b/gi, 'the history'],
  // The clinician as the one to contact: "give me a call if it gets worse", "let me know how the
  // new dose goes", "send me a message" — the clinic is who is called.
  [/\bgive (?:me|us) a (?:call|ring)\b/gi, 'call the clinic'],
  [/\blet (?:me|us) know\b/gi, 'inform the clinic'],
  [/\b(call|phone|email|e-mail|text|message|page|reach|contact) (?:me|us)\b/gi, '$1 the clinic'],
  [/\bsend (?:me|us)\b(?! (?:to|home|out|over|away)\b)/gi, 'send the clinic'],
  // A short answer run into what the clinician goes on to say, without a pause ("yes I am Roger is
  // a 62 year old male", "I do her knee is better"): the answer says nothing once its question is
  // gone, and the statement after it is the sentence.
  [
    /^(?:(?:yes|yeah|no)\s*,?\s+)?i (?:am|do|did|have|was|will|can)(?: not)?\s*,?\s+(?=(?:[a-z]+\s+)?(?:is|was|has|had|does|did)\b)/gi,
    '',
  ],
  // What the patient told the clinician, reported: "she was telling me that she sleeps badly".
  [
    /\b(she|he|they|the patient) (?:was |were |has been |have been |had been )?(?:telling me|told me|tells me|mentioned to me|said to me)\b/gi,
    '$1 reported',
  ],
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
    /\bi would not (?=(?:change|start|stop|increase|decrease|recommend|adjust|add|switch|order|refer|do|perform|operate|repeat)\b)/gi,
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
    /(^|\b(?:and|then|so|plus)\s+)i(?: have|'ve)? (?:also |then |already |just )?((?:had (?:gone|looked|reviewed|checked|ordered|sent|seen|spoken|talked|discussed)|sent|gave|measured|pulled up|compared|faxed|refilled|printed|updated|received|got|looked over|took|went (?:over|through)|drew|ran|put|made|wrote|spoke|talked|called|started|stopped|changed|increased|decreased|switched|added|adjusted|lowered|raised|mentioned|noticed|wanted to (?:check|see|make sure|follow up))\b)/gi,
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
    /\bi (?:also |can |do )?(?:see|notice|noticed|heard|hear|read|understand|recognize|was notified|was told)(?: here)?(?: that)?(?: in (?:his|her|their|the) (?:chart|notes|records?))?(?: that)?(?: it looks like)?,?\s+(?=(?:she|he|they|the patient|it|there|his|her|their|we)\b)/gi,
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
  [/\b(?:when|if|as) (?:i|we) do (?:that|this|it)(?: (?:maneuver|test|movement))?\b/gi, 'with that maneuver'],
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

// Every rewrite above, in turn; each only tried on a sentence with the words it needs (rule-gate.ts).
const CLINICIAN_VOICE = replacingInTurn([
  // The first person's contractions spelt out, so that each rule reads "I have seen" and "I've
  // seen" alike ("it has been a year since I've seen her" → "since the last visit").
  [/\bi've\b/gi, 'i have'],
  [/\bi'll\b/gi, 'i will'],
  [ORDER_UNDER_WAY, (_m: string, verb: string) => `will ${ORDERING[verb.toLowerCase()] ?? verb}`],
  [EMPHATIC_DO, '$1 $2'],
  [NOT_FOUND, 'no '],
  [FOUND_THE, ''],
  [FOUND, ''],
  [HEDGE, ''],
  ...FIRST_PERSON,
]);

/** A clinician's sentence with its first person, where it only narrates, as documentation. */
export function clinicianVoice(spoken: string): string {
  return CLINICIAN_VOICE_IN_DRAFT(spoken);
}
// A draft rewrites some sentences in the clinician's voice more than once: remembered per draft.
const CLINICIAN_VOICE_IN_DRAFT = memoizedInDraft(CLINICIAN_VOICE);
