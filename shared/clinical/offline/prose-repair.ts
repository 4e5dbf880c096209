import { hasProseDefect } from '../quality/prose-defects.js';
import { contentWords } from './classify.js';
import { clinicianVoice } from './clinician-voice.js';
import { memoizedInDraft } from './draft-memo.js';
import { inlineAnswer } from './inline-answers.js';
import { replacingInTurn } from './rule-gate.js';

// Where a spoken run-on sentence can be cut without splitting a phrase ("heart and lungs" stays):
// at commas and before a new clause that turns to the listener, asks, or narrates what comes next.
const CLAUSE_BREAK =
  /,\s+|\s+(?=(?:so|but|and then|because|and i|and we|and that is|let's|let me|lem me|here's|(?:do|does|did) (?:you|it)|(?:does|did) (?:that|this) (?:hurt|help|bother|sound|make|work|feel|seem|get|go)|are you|have you|has it|can you|could you|would you|were you|was it|how are|how is|how's|how about|what about|what do|(?<!(?:can|could|would|will) \w+\s)tell me|that is good|that's good|if (?:she|he|you|they) can|i will do|(?:are|were|do|have) (?:she|he)|(?:is|was|has|have) there (?:been )?any|(?:have|has) (?:his|her|their) \w+ been)\s|(?:i (?:do not |don't |do )?(?:see|hear|appreciate|notice)|i will (?:quickly )?(?:listen|look|take a look|examine)|when i (?:look|listen|move|press|push))\s)/i;
const NEGATION = /\b(no|not|never|denies|without|none|nothing)\b/i;
const EXAM_VERB =
  '(?:listen|take a (?:quick |little |closer |better |good )?(?:look|listen|feel)|have a (?:quick |closer |better |good )?(?:look|listen|feel)|look|examine|feel|press|push|check|do (?:a|some|your|his|her|the)(?: quick| brief| full)?(?: physical)? (?:exam|examination|maneuvers?))';
// The act of examining ("let me listen quickly to her heart", "before I take a look at her back"):
// names a body part, documents nothing.
const EXAM_ACT = new RegExp(
  `^(?:(?:and|so|now|that is good so)\\s+)?(?:(?:let me|lem me|let's|i will|i'll|i am going to|i'm going to|(?:before|when|as|while|once) i)\\s+)(?:(?:just|quickly|also|now)\\s+)?${EXAM_VERB}\\b(?:\\s+[^\\s.]+){0,8}$`,
  'i',
);
const ANATOMY =
  '(?:heart|lungs?|chest|abdomen|belly|stomach|back|neck|throat|ears?|eyes?|nose|mouth|knees?|ankles?|foot|feet|legs?|arms?|hands?|wrists?|elbows?|shoulders?|hips?|spine|skin|head|scalp|fingers?|toes?|thumbs?|heels?|shins?|calf|calves|thighs?|groin|pelvis|breasts?|rash|wound|incision|lesions?|area|reflexes|pulses)';
const POSSESSIVE = '(?:his|her|their|your|the|that|this|my)';
// "(I will) listen to her heart", "let's take a look at that knee" inside a run-on finding: the act,
// up to the body part it names, is cut out and the finding around it kept.
const INLINE_EXAM_ACT = new RegExp(
  `(?:^|\\s)(?:(?:i will|i'll|let me|lem me|let's|i am going to|i'm going to|(?:when|as|while|once|before|if) (?:i|we))\\s+)?(?:(?:just|quickly|also|now)\\s+)?(?:listen to|take a (?:quick |closer )?listen to|take a (?:quick |closer )?look at|have a (?:quick |closer )?look at|look at|look in|look into|examine|check|check out|feel|palpate|press on|push on)\\s+${POSSESSIVE}\\s+(?:(?:right|left|upper|lower|and|both)\\s+){0,3}${ANATOMY}(?:\\s+and\\s+(?:${POSSESSIVE}\\s+)?${ANATOMY})?(?:\\s+(?:real\\s+)?quick(?:ly)?)?(?:\\s+here)?(?=[,.]|$|\\s+(?:and|now|first|then|so|i|let|right|left|let's|while|if|his|her|their|your|the|it|there|she|he|you|no|that|this|we|is|are|looks?|sounds?|feels?)\\b)`,
  'gi',
);
// The examiner narrating the act as it happens, where a clause begins ("feeling his neck, his thyroid
// is enlarged", "I'm listening to your lungs and they are clear"): only another's body part, so a
// patient's "feeling my chest" stays.
const EXAM_ACT_UNDER_WAY = new RegExp(
  `(?:^|,\\s*|\\s(?:so|and|now|okay)\\s)(?:i am\\s+|i'm\\s+)?(?:just\\s+)?(?:listening to|looking at|examining|checking|feeling|palpating|pressing on|pushing on)\\s+(?:his|her|their|your)\\s+(?:(?:right|left|upper|lower|and|both)\\s+){0,3}${ANATOMY}(?:\\s+and\\s+(?:his|her|their|your)\\s+${ANATOMY})?(?:\\s+here)?(?=[,.]|$|\\s+(?:and|now|then|so|his|her|their|your|the|it|there|she|he|you|no|that|this|is|are|looks?|sounds?|feels?|a|an)\\b)`,
  'gi',
);
// "Looking at him, he is in no distress": the general appearance, without the looking.
const LOOKING_AT_PATIENT = /^(?:(?:so|and|now|okay)\s+)?looking at (?:him|her|them|you)\b,?\s*(?=\S)/i;
// Announcing the exam before giving it ("sure, let me do a quick physical exam on her"): the findings
// that follow are the exam; the announcement documents nothing.
const EXAM_ANNOUNCEMENT =
  /(?:^|\s)(?:(?:sure|okay|ok|alright|all right|so|now|and)\s*,?\s+)?(?:let me|let's|let us|i am going to|i'm going to|i will|i'll|we will|we'll|we are going to|we're going to)\s+(?:just\s+|quickly\s+|now\s+|go ahead and\s+)?(?:do|perform|get)\s+(?:(?:a|an|my|the|your|his|her|their)\s+)?(?:(?:quick|brief|full|focused|little|short)\s+)?(?:physical\s+)?exam(?:ination)?(?:\s+on\s+(?:you|him|her|them))?(?:\s+(?:here|now|real quick|quickly|today))?(?=\s*(?:[,.;]|$)|\s+(?!(?:of|on|to|for|in|at)\b))/gi;
// The examiner's hands on what is pointed at ("I'll push on this a little", "let me bend that", "I'm
// going to move it around a bit"): the manoeuvre, with nothing named; the finding that follows names it.
const EXAM_ACT_ON_IT =
  /(?:^|\s)(?:i will|i'll|let me|lem me|will|i am going to|i'm going to)\s+(?:just\s+)?(?:push|press|feel|pull|bend|move|twist|rotate|squeeze)\s+(?:on\s+)?(?:this|that|it|here|there)(?:\s+(?:around|up|down|back|forward|backward|side to side|in and out))?(?:\s+(?:a little|a bit|for a second|real quick|quickly|here|there))?(?=[,.]|$|\s)/gi;
// A look announced with nothing named ("let me take a closer look, this scar ..."): what follows names it.
const EXAM_LOOK_BARE =
  /(?:^|\s)(?:let me|lem me|let's|i will|i'll|i am going to|i'm going to|we will|we'll|we are going to|we're going to|i want to|i'd like to)\s+(?:just\s+)?(?:(?:take|have) a (?:quick |closer |better |good |little )?(?:look|listen|feel)|listen|look|feel)(?:\s+(?:here|there|in here))?(?=[,.]|$|\s+(?:this|that|the|his|her|their|your|it|there|she|he|you|regular|normal|clear|no)\b)/gi;
// Announcing the agenda ("let's talk a little about his diabetes"): the problem is named again
// where it is assessed, so the announcement itself documents nothing.
const AGENDA =
  /^(?:(?:and|so|now)\s+)?(?:let's|let us|let me|lem me|i want to|i'd like to|i would like to)\s+(?:(?:just|quickly|now)\s+)?(?:talk|go over|review|discuss|move on|switch gears|get into)\b[^.]*$/i;
// A clause that asks ("does it hurt when I push here", "have you seen that commercial"), also once
// rewritten in the third person ("are she exercising", "has there been any new stress"): what it
// asks is not a finding, so dropping it loses none.
const QUESTION_CLAUSE =
  /^(?:(?:and|so|now|okay)\s+)?(?:(?:are|were|do|have|is|was|does|did|has) (?:she|he|the patient)\b|(?:is|was|has|have) there (?:been )?any\b|(?:have|has) (?:his|her|their) \w+ been\b|(?:do|does|did|are|is|was|were|have|has|can|could|would|will)\s+(?:you|it|that|this|she|he|they|we|your)|(?:is|are|was|were|has|have)\s+(?:his|her|their|the)|(?:how|what|when|where|why)\s+(?:are|is|was|were|do|does|did|about|'s))\b/i;
// A question trailing a statement, asked of the listener ("..., is that still happening", "does that
// hurt"); stricter than QUESTION_CLAUSE, since it is cut from sentences with no other defect.
const TRAILING_QUESTION =
  /^(?:(?:and|so|now|okay)\s+)?(?:(?:do|does|did|can|could|would|will)\s+you|(?:have|had) you (?:had|been|noticed|tried|seen|ever|got|gotten|taken|felt|heard|experienced|started|used|done)|are you (?:still|having|taking|feeling|able|doing|okay|ok|sure|using|getting)|(?:is|was)\s+(?:it|that|this)\s+(?:still\s+)?\w+ing\b|(?:does|did|is|was|has|can|will)\s+(?:it|that|this)\s+(?:still\s+)?(?:hurt|bother|help|happen|go|get|feel|make|work|sound|seem|okay|ok|alright|all right|right|correct|true|better|worse|happening|helping|working|bothering|hurting|getting))\b/i;
// Asking to be told ("let me know if it hurts"): the answer, not the request, is the finding.
const REQUEST = /^(?:(?:and|so)\s+)?(?:let me know|tell me|show me)\b/i;
// Instructions given during the exam ("take a deep breath", "follow my finger"): they document
// nothing; the finding that follows does.
const EXAM_INSTRUCTION =
  /^(?:(?:and|so|now|okay)\s+)?(?:(?:i'm going to|i am going to|i'll|i will|let me|let's)\s+)?(?:have (?:you|her|him|them|the patient)\s+)?(?:take (?:a|some) (?:deep |big )?breaths?|breathe (?:in|out)|lie (?:back|down)|lay (?:back|down)|sit up|stand up|hop up|follow my finger|squeeze my (?:hands?|fingers?)|push against me|look (?:up|down|straight ahead|to the (?:left|right)))\b/i;
// Remarks on the conversation itself ("that is good news", "does that sound like a plan").
const REMARK = /^(?:(?:and|so)\s+)?(?:that is|that's|this is) (?:good|great|fine|reassuring)(?: news)?\b/i;

// The clinician's or patient's aside in the first person ("I do not know if we started the vitamin
// D", "I am glad he is quitting", "before I forget", "I don't think I sent that, but I could"): an
// opinion about the talk or about the speaker's own doing, not a finding.
const FIRST_PERSON_ASIDE =
  /^(?:(?:and|so|but|well|absolutely|look)\s*,?\s+)?(?:i (?:do not|don't) know\b|i(?: am|'m) (?:glad|happy|sure|guessing|not sure|not that familiar|not too worried|the reason)\b|i (?:have not|haven't)(?: honestly)? seen\b|i can (?:see how|understand)\b|i love\b|i hope\b|before i forget\b|i would need to see\b|as i would say\b|i do have a lot of (?:people|patients)\b|i have been doing\b|thank\w*\b|i (?:do not|don't|did not|didn't) (?:think|remember|recall|know)(?: if| whether| that)? (?:i|we) (?!(?:see|hear|feel|appreciate|find|notice)\b)|but (?:i|we) could\s*$)/i;

/** Why a conversational clause can go without losing anything a physician would document. */
function droppable(clause: string): boolean {
  if (/\d/.test(clause)) return false;
  if (FIRST_PERSON_ASIDE.test(clause)) return true;
  if (QUESTION_CLAUSE.test(clause)) return true;
  // Narration that runs on into a finding ("let me know if it hurts, no tenderness") keeps it.
  if (NEGATION.test(clause)) return false;
  return (
    EXAM_ACT.test(clause) ||
    AGENDA.test(clause) ||
    REQUEST.test(clause) ||
    EXAM_INSTRUCTION.test(clause) ||
    REMARK.test(clause)
  );
}

// The act of examining a body part, then what was found said of it as "it" or "they" ("let me listen
// to your lungs, they sound clear", "I'll feel your thyroid, it's a little enlarged"): the body part
// is the finding's subject ("your lungs sound clear").
const EXAM_ACT_THEN_PRONOUN = new RegExp(
  `(?:^|(?<=\\s))(?:(?:i will|i'll|let me|lem me|let's|i am going to|i'm going to|i am|i'm)\\s+)?(?:(?:just|quickly|also|now)\\s+)?(?:listen to|take a (?:quick |closer )?look at|have a (?:quick |closer )?look at|look at|look in|examine|check|feel|palpate|press on|push on|listening to|looking at|examining|checking|feeling)\\s+((?:his|her|their|your|the)\\s+(?:(?:right|left|upper|lower|both)\\s+){0,2}(?:${ANATOMY}|reflexes|pulses|thyroid|tonsils|eardrums?|belly button|range of motion|gait|strength|sensation))(?:\\s+(?:real\\s+)?quick(?:ly)?)?(?:\\s+here)?\\s*,?\\s+(?:and\\s+)?(?:it|they)(?:('s|'re|\\s+is|\\s+are)|\\s+(?=[a-z]+s?\\b))`,
  'gi',
);

// Turning to a result or a topic before giving it, in a run-on ("let's review your blood work your
// hemoglobin is 10", "let me pull up your echo it shows ..."): the result, with what was looked at
// as its subject where the finding says "it".
const RESULT_SHOWN =
  /(?:^|(?<=\s))(?:(?:let's|let me|let us|lem me)\s+(?:(?:just|quickly|now)\s+)?(?:look at|review|pull up|go over|check)|(?:the\s+)?here(?:'s| is| are))\s+((?:his|her|their|your|my|the)\s+[\w-]+(?:\s+(?!(?:together|here|now|it|that|this)\b)[\w-]+){0,2})(?:\s+(?:together|here|now|real quick))?\s*,?\s+(?:it|that|this)\s+(?=(?:shows?|showed|is|was|looks?|came back)\b)/gi;
const TOPIC_TURN =
  /(?:^|(?<=\s))(?:let's|let me|let us|lem me)\s+(?:(?:just|quickly|now)\s+)?(?:talk about|go over|review|look at|pull up|check)\s+(?:his|her|their|your|my|the)\s+(?:[\w-]+\s+){1,3}?(?=(?:his|her|their|your|my)\s+(?:[\w-]+\s+){1,2}(?:is|are|was|were|came|shows?|showed|looks?)\b)/gi;

// The same turn to a topic run on with "so" into what it holds ("let's go over her labs so her
// sodium was low"): what it holds.
const TOPIC_TURN_SO =
  /^(?:let's|let me|let us|lem me)\s+(?:(?:just|quickly|now)\s+)?(?:talk about|go over|review|look at|pull up)\s+(?:his|her|their|your|my|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:so|and|now)\s+(?=\w+\s+\w+)/i;

// The examiner announcing an act on something named, then straight away what was found, in one run
// of speech ("let me check your blood pressure again it's still high", "let me see your feet please
// there's no swelling", "i'll take a look in his mouth he has a couple of ulcers", "what I'm going to do
// is examine your abdomen, it's soft", "feel your pulses in your feet, they're strong"): the finding, with
// what was examined as its subject where the finding calls it "it" or "they".
const ACT_THEN_FINDING =
  /^(?:(?:so|now|okay|ok|alright|all right|here|and)\s*,?\s+)*(?:let me|let's|let us|i'm going to|i am going to|i'll|i will|i want to|i'd like to|we'll|we will|what (?:i'm|i am|we're|we are) going to do is|what i (?:want|would like|'d like) to do is)\s+(?:just\s+|quickly\s+|also\s+|go ahead and\s+|now\s+)*(?:(?:take|have) a (?:quick |closer |good |little )?(?:look|listen|feel)(?: (?:at|in|into|to))?|look (?:at|in|into)|listen to|feel|check|examine|see|take|test|inspect|palpate)\s+((?:his|her|their|your|the)\s+(?:(?!(?:it|they|there|and|so|i|he|she|no)\b)[\w-]+\s+){0,2}?(?!(?:it|they|there|and|so|i|he|she|no)\b)[\w-]+(?:\s+(?:in|on|of|at|over|under|behind) (?:his|her|their|your|the|both) [\w-]+)?)(?:\s+(?:again|please|now|here|first|too|real quick|quickly|for me|for a second))*\s*,?\s+(?:(?:and|so)\s+)?(?=(?:it|they|there|i (?:can )?(?:see|feel|hear|notice|appreciate)|i do not (?:see|feel|hear|notice|appreciate)|no|(?:he|she|they) (?:has|have|is|are)|(?:his|her|their|your|the) [\w-]+ (?:is|are|was|were|has|have|looks?|feels?|sounds?|seems?))\b)/i;
const FOUND_OF_IT =
  /^(?:it|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|\s+(?=(?:feels?|looks?|sounds?|seems?)\b))/i;

/** "let me take your pulse it's about 110" → "your pulse is about 110"; the act dropped otherwise. */
function actThenFinding(spoken: string): string {
  const act = ACT_THEN_FINDING.exec(spoken);
  if (!act) return spoken;
  const part = act[1] ?? '';
  const rest = spoken.slice(act[0].length);
  const said = FOUND_OF_IT.exec(rest);
  // "let's look at your x-ray together it shows ...": a result, for the rules that read results.
  if (!said) return /^(?:it|they)\b/i.test(rest) ? spoken : rest;
  const plural =
    /(?:s|feet|teeth)$/i.test(part) && !/\b(?:abdomen|pelvis|sinus|pressure|status)$/i.test(part);
  const verb = /\s$/.test(said[0]) ? '' : plural ? ' are' : ' is';
  return `${part}${verb}${/\s$/.test(said[0]) ? ' ' : ''}${rest.slice(said[0].length)}`;
}

/** "listen to your lungs, they sound clear" → "your lungs sound clear". */
function examActFindings(spoken: string): string {
  return actThenFinding(spoken).replace(EXAM_ACT_THEN_PRONOUN, (_m, part: string, be: string | undefined) => {
    if (!be) return `${part} `;
    const plural = /(?:s|feet|teeth)$/i.test(part) && !/\b(?:abdomen|pelvis|sinus)$/i.test(part);
    return `${part} ${plural ? 'are' : 'is'}`;
  });
}

// The acts and announcements withoutNarration takes out, in turn; each only looked for in a sentence
// with the words it needs (rule-gate.ts).
const NARRATION_STRIPPED = replacingInTurn([
  [RESULT_SHOWN, '$1 '],
  [TOPIC_TURN, ''],
  [TOPIC_TURN_SO, ''],
  [EXAM_ANNOUNCEMENT, ', '],
  [INLINE_EXAM_ACT, ', '],
  [EXAM_ACT_UNDER_WAY, ', '],
  [LOOKING_AT_PATIENT, ''],
  [EXAM_ACT_ON_IT, ', '],
  [EXAM_LOOK_BARE, ', '],
]);

/**
 * A spoken sentence without the acts of examining named in it ("let me listen to your heart and
 * lungs real quick your heart is regular" → "your heart is regular"), and without the questions
 * that trail a statement ("the metformin was upsetting your stomach, is that still happening"):
 * neither documents anything, and the rest reads as documentation.
 */
export function withoutNarration(spoken: string): string {
  return withoutNarrationInDraft(spoken);
}
// A draft takes the narration out of some sentences more than once: remembered per draft.
const withoutNarrationInDraft = memoizedInDraft(withoutNarrationOnce);

function withoutNarrationOnce(spoken: string): string {
  const stripped = NARRATION_STRIPPED(examActFindings(spoken));
  const clauses = stripped.split(CLAUSE_BREAK);
  const ends: number[] = [];
  let from = 0;
  for (const clause of clauses) {
    from = stripped.indexOf(clause, from) + clause.length;
    ends.push(from);
  }
  let n = clauses.length;
  const asks = (clause: string) => TRAILING_QUESTION.test(clause.trim()) && !/\d/.test(clause);
  while (n > 1 && asks(clauses[n - 1] ?? '')) n--;
  return stripped
    .slice(0, ends[n - 1] ?? stripped.length)
    .replace(/^[\s,]+/, '')
    .replace(/[\s,]+$/, '')
    .replace(/\s*,(?:\s*,)+/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * A sentence that reads as documentation, without the clauses that only narrate the visit ("that is
 * good news", "I will do some maneuvers here", "does it hurt when I push"), when what is left still
 * holds the sentence's clinical content; empty when every clause only narrates; otherwise the
 * sentence as it is.
 */
export function withoutNarrationClauses(text: string, isClinical: (clause: string) => boolean): string {
  const body = text.replace(/[.!?]+$/, '');
  const clauses = body
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => /\w/.test(c));
  const kept = clauses.filter((c) => !droppable(c));
  if (kept.length === 0) return '';
  if (kept.length === clauses.length || !kept.some(isClinical)) return text;
  return asSentence(kept);
}

/** Kept clauses as one sentence, without the conjunctions left dangling at their cuts. */
function asSentence(kept: readonly string[]): string {
  const joined = kept
    .map((c) => c.replace(/\s+(?:and|but|so|or)$/i, ''))
    .join(', ')
    .replace(/^(?:so|but|and then|because|and)\s+/i, '');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}

/** A drafted sentence repaired: its documentation clauses; nothing to document; or needs review. */
export type ProseRepair = { text: string } | 'drop' | 'review';

/**
 * Keep the clauses of a drafted sentence that read as documentation and drop the conversational
 * ones ("..., do you think this pain will ever go away"). 'drop' when what is left documents
 * nothing (the rest narrates the exam, announces the agenda, asks or chats); 'review' when a clause
 * to drop carries a negation or clinical content (dropping it could change the meaning or lose a
 * finding) or when the conversation cannot be told apart from the clauses.
 */
export function repairConversation(text: string, isClinical: (clause: string) => boolean): ProseRepair {
  const spoken = text.replace(/[.!?]+$/, '');
  const body = spoken.replace(INLINE_EXAM_ACT, ', ');
  const clauses = body
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => /\w/.test(c));
  const kept: string[] = [];
  let refused = false;
  for (const said of clauses) {
    const answered = inlineAnswer(said);
    if (answered) {
      kept.push(`${answered.text.charAt(0).toLowerCase()}${answered.text.slice(1, -1)}`);
      continue;
    }
    if (droppable(said)) continue;
    // A clause cut before a request or a question keeps no conjunction hanging ("... 300s and | tell me").
    const clause = clinicianVoice(said).replace(/\s+(?:and|but|so|or)$/i, '');
    if (!hasProseDefect(clause)) {
      if (contentWords(clause).length > 0) kept.push(clause);
    } else if (NEGATION.test(clause) || /\d/.test(clause) || isClinical(clause)) refused = true;
  }
  // Nothing cut out, yet the sentence has a defect: it spans the clauses and cannot be cut away.
  const unchanged =
    body === spoken && kept.length === clauses.length && kept.every((c, i) => c === clauses[i]);
  if (refused || unchanged) return 'review';
  if (!kept.some(isClinical)) return 'drop';
  return { text: asSentence(kept) };
}
