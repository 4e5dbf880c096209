import { wordCount } from './tokens.js';
import type { SentenceUnit } from './units.js';

// Closing pleasantries and sign-offs ("you're welcome", "we'll talk soon", "take care", "bye"): said
// to the patient, never documented. Each alternative is a whole phrase.
const SIGN_OFF = [
  `(?:you're|you are) (?:(?:very|so|more than|most) )?welcome`,
  `(?:it's |it is |it was |that's |that is )?(?:(?:my|a|our) )?pleasure(?: to (?:see|meet|help) you)?`,
  `no problem(?: at all)?|not a problem|no worries|anytime|don't mention it`,
  String.raw`welcome (?:back )?to (?:the |our )?(?:[\w-]+ ){0,3}(?:clinic|office|practice|center|centre|hospital|unit)`,
  `(?:it was |it's |it is |was |so |always )?(?:very |really |so )?(?:good|nice|great|lovely|wonderful) (?:to )?(?:see|seeing|meet|meeting|talk to|talking to|talk with|talking with|catch up with|catching up with) (?:you|both of you|you both|you all|you guys)(?: (?:again|today|too|as well|both))*`,
  `(?:you |please )?take care(?: of yourself)?(?: now)?`,
  `(?:(?:we'll|we will|i'll|i will) )?talk (?:to you |with you )?(?:soon|later|then|next time|in a bit)`,
  `(?:(?:we'll|we will|i'll|i will) )?see you (?:later|soon|next time|then|around)`,
  `(?:you )?have a (?:good|great|nice|wonderful|lovely|safe|blessed) (?:day|one|night|evening|afternoon|morning|weekend|week|holiday|trip|rest of (?:the|your) day)`,
  `(?:bye(?:[ -]bye)?|goodbye|good night|see ya|later)(?: now)?`,
  `(?:drive|get home|stay) safe(?:ly)?`,
  `(?:i |we )?hope (?:that )?(?:you|she|he|they|the patient) (?:feels?|gets?|will feel|will get|starts? to feel|start feeling) (?:better|well)(?: soon)?|get well soon|feel better(?: soon)?`,
  `(?:thank you|thanks)(?: (?:so|very) much| again| a lot)?(?: for (?:coming in|coming|your time|everything|having me|seeing me|that))?`,
].join('|');

// Talk to the recorder, or about recording and dictating, rather than about the patient: the exam
// findings announced as called out, the note put into the system, the recording started or stopped.
const DEVICE_TALK = [
  `(?:hey|okay|ok|hi) (?:dragon|dax|scribe|computer|siri|alexa)`,
  `(?:i'm|i am|i'll|i will|let me|we'll|we will|i'm going to|i am going to|i'm gonna|i'm just going to|i am just going to)(?: just)?(?: be)? (?:call(?:ing)? out|dictat(?:e|ing)|narrat(?:e|ing)|say(?:ing)? out loud|verbaliz(?:e|ing)|talk(?:ing)? through)(?: (?:the|my|some|your|all|all of|all of the|a few|what))*(?: (?:physical|exam|examination|vital|vitals))*(?: (?:findings|exam|examination|things|signs|as i go|i find|i see|i'm doing|i am doing))*(?: (?:for|to|into) (?:the )?(?:record|recording|note|computer|system|chart|recorder|microphone|app))?`,
  `(?:(?:let me|i'll|i will|i'm going to|i am going to|i'm gonna|i need to|i just need to|i have to|i'm just going to|i am just going to|i'm just gonna|we'll|let's)(?: just)?(?: go ahead and)? )?(?:put|type|enter|write|jot|punch|key)(?:ing)? (?:that|this|it|those|these|all that|all of that|everything|all this) (?:(?:down|in|up)(?: (?:in|into|on) (?:the |my |our )?(?:system|computer|chart|note|notes|record|ehr|epic))?|(?:in|into|in to|on|to) (?:the |my |our )?(?:system|computer|chart|note|notes|record|ehr|epic|template|dictation))(?: (?:real quick|quickly|right now|now|for a second|for you))*`,
  `(?:this|the|our|your) (?:visit|conversation|appointment|encounter|session|call) (?:is|will be|is going to be|gets|is being) (?:being )?(?:recorded|transcribed|dictated)(?: (?:today|for the note|for my notes|so i can write the note))?`,
  `(?:i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be) (?:going to be )?(?:recording|transcribing|dictating) (?:this|our|the|your) (?:visit|conversation|appointment|encounter|session|call)(?: today)?`,
  `(?:let me |let's |i'll |i will |i'm going to |i am going to )?(?:start|stop|pause|end|resume|turn (?:on|off)|hold|restart)(?:ing)? (?:the |my |this )?(?:recording|dictation|recorder|microphone|mic|transcription|app)`,
  `(?:the |this |my )?(?:app|device|phone|computer|microphone|mic|recorder|scribe|software|ai|program) (?:is|will be|is going to be|has been) (?:listening|recording|transcribing|taking notes|writing (?:this|the|my) (?:up|note|notes)|typing (?:this|it) up)`,
  `(?:is it )?(?:okay|ok|alright|all right) (?:if|that) (?:i|we) (?:record|dictate|transcribe)(?: (?:this|our|the) (?:visit|conversation|appointment|encounter))?`,
  `end of (?:the )?(?:dictation|recording|note)|new paragraph|next paragraph|period|comma`,
].join('|');

// Words said around such talk that carry nothing either ("okay", "so", "um").
const FILLER = `okay|ok|alright|all right|so|well|and|um|uh|um+|uh+|oh|yeah|yes|yep|sure|great|perfect|good|now|then|again|too|right|mm-?hmm|uh-huh|sounds good|awesome|cool|wonderful|excellent|you too|same to you|and you|likewise|ma'am|sir|guys|everyone|folks|buddy|honey|sweetie|dear|then|just|really`;

const ONLY_FILLER = new RegExp(String.raw`^(?:[\s,.!?;:-]*\b(?:${FILLER})\b)+[\s,.!?;:-]*$`, 'i');
const PIECE = new RegExp(
  String.raw`^(?:[\s,.!?;:-]*\b(?:${SIGN_OFF}|${DEVICE_TALK}|${FILLER})\b)+[\s,.!?;:-]*$`,
  'i',
);

// Sign-offs safe to cut off the end of a longer sentence ("... see you in 6 weeks take care"): none of
// them could end a clinical statement ("no problem", "thanks" after "no" could).
const TRAILING =
  /(?:[\s,.;]+\b(?:(?:you |please )?take care(?: of yourself)?|bye(?:[ -]bye)?|goodbye|(?:we'll |we will |i'll |i will )?talk (?:to you |with you )?(?:soon|later)|(?:it was |it's )?(?:good|nice|great) (?:to )?(?:see|seeing|meet|meeting|talk to|talking to) you(?: again| today)?|have a (?:good|great|nice|wonderful) (?:day|one|weekend|night|evening)|(?:you're|you are) (?:very )?welcome|thank you(?: (?:so|very) much)?|thanks(?: so much)?))+[\s,.!]*$/i;

// A word after which "take care" and the like are part of the sentence ("helps her take care").
const KEEPS_TAIL =
  /\b(?:to|will|can|could|would|should|must|cannot|can't|helps?|helped|unable|able|not|of|her|him|them|me|us|i|we|he|she|they|who)$/i;

// The last words of those sign-offs: a cheap test before the full search.
const SIGN_OFF_END =
  /\b(?:care|yourself|bye|goodbye|soon|later|you|again|today|day|one|weekend|night|evening|welcome|much|thanks)[\s,.!]*$/i;

// Pleasantries safe to cut off the start of a longer sentence ("you're welcome we'll see you in 2 weeks").
const LEADING =
  /^(?:[\s,.;]*\b(?:(?:you're|you are) (?:very )?welcome|thank you(?: (?:so|very) much)?|thanks(?: so much)?|(?:it was |it's |it is )?(?:good|nice|great) (?:to )?(?:see|seeing|meet|meeting) you(?: again| today| too)?|okay|ok|alright|all right|well|so)\b)+[\s,.;]+(?=\S+\s+\S)/i;

const MAX_WORDS = 24;

/** Whether a sentence is only a sign-off or talk to the recorder, with nothing to document. */
export function isNotDocumentation(text: string): boolean {
  // Sign-offs and talk to the recorder are short: a long sentence is never only that.
  if (wordCount(text) > MAX_WORDS) return false;
  const said = text.replace(/\s+([,.?!])/g, '$1').trim();
  // Fillers alone ("yes", "okay") answer or acknowledge: what they mean is decided elsewhere.
  return PIECE.test(said) && !ONLY_FILLER.test(said);
}

/**
 * The sentence as something a note may document: undefined when it is only a sign-off or talk to the
 * recorder ("you're welcome, take care", "I'll be calling out the exam findings", "let me put that into
 * the system"); else without the sign-off it ends on ("we'll see you in six weeks, take care"), its
 * range shrunk to match, so its evidence stays exact.
 */
export function documentablePart(unit: SentenceUnit): SentenceUnit | undefined {
  if (isNotDocumentation(unit.text)) return undefined;
  const lead = LEADING.exec(unit.text)?.[0] ?? '';
  // Only a pleasantry opens it, not the usual "okay, so".
  const skip = isNotDocumentation(lead) ? lead.length : 0;
  const found = SIGN_OFF_END.test(unit.text) ? TRAILING.exec(unit.text) : null;
  const tail = found && !KEEPS_TAIL.test(unit.text.slice(0, found.index)) ? found : null;
  const stop = tail && tail.index > skip ? tail.index : unit.text.length;
  if (skip === 0 && stop === unit.text.length) return unit;
  const text = unit.text.slice(skip, stop).replace(/[\s,;:-]+$/, '');
  if (!/\w/.test(text) || isNotDocumentation(text)) return undefined;
  return { ...unit, text, start: unit.start + skip, end: unit.start + skip + text.length };
}
