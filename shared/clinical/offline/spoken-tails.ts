import { proseDefects } from '../quality/prose-defects.js';

/**
 * What speech recognition leaves at the end of a sentence when it writes no punctuation and runs the
 * next turn on: the listener's acknowledgement or exclamation ("... last month oh no", "... 48 hours
 * now yes", "... in the back oh", "... shortness of breath um"), and a remark on the finding said
 * to the patient ("... no fracture that is good", "... improved a lot which is great"). Neither is
 * documentation; the sentence before it is. Also "like" said as a pause between a subject and its
 * verb ("she like dropped the ball") and "like" as "as" before a clause ("feels like the patient will
 * faint", "do things like the patient used to"), which read as fillers once written down.
 */

// An acknowledgement or an exclamation at the end ("oh no", "yes ma'am", "right yes", "um"), not a
// figure read as "oh" ("room 2 oh") and not a side ("on the right").
const ACK_TAIL =
  /(?:(?:[,\s]+|^)(?:(?<!\d[,\s]*)oh(?:\s+(?:no|okay|ok|wow|my|dear))?|yes(?:\s+(?:ma'am|sir|doctor|please))?|yeah|yep|yup|um+|uh+|hm+|mhm|ma'am|right(?=\s+(?:yes|yeah)\b)))+\s*([.!?]?)\s*$/i;
// A remark on what was just said ("that is good", "which is great news", "that is always a good thing").
const REMARK_TAIL =
  /[,\s]+(?:(?:and|so|but)\s+)?(?:that|which|this)(?:'s|\s+is|\s+was)\s+(?:(?:very|really|pretty|so|always|super)\s+)?(?:good|great|awesome|wonderful|excellent|fantastic|reassuring|(?:a\s+)?(?:good|great)\s+(?:news|thing|sign))\s*([.!]?)\s*$/i;

// "like" as a pause between a subject and its verb in the past or a verb of reporting.
const LIKE_BEFORE_VERB =
  /\b(the patient|he|she|they)\s+like\s+(?=(?:[a-z]+ed|had|has|was|were|is|did|does|went|got|took|said|says|told|felt|fell|broke|ran|came|saw|thought|guess(?:ed)?)\b)/gi;
// "like" joining a clause: "feels like the patient will faint" → "as if"; "like the patient used to".
const LIKE_AS_IF =
  /\b(feels?|felt|looks?|looked|seems?|seemed|sounds?|sounded)\s+like\s+(?=(?:the patient|he|she|they)\s+(?:will|would|is|was|has|had|could|can|might|may)\b)/gi;
// "dizzy like the patient will faint": what the patient fears, "as if".
const LIKE_WILL = /\blike\s+(?=(?:the patient|he|she|they)\s+(?:will|is going to|might|may)\b)/gi;
// "plan to like prescribe", "his like pain": "like" as a pause before the verb or the noun it leads to.
const LIKE_AFTER_MODAL =
  /\b(to|will|can|could|might|may|should|must)\s+like\s+(?=(?:prescribe|keep|clear|start|get|take|try|use|do|go|see|check|give|put|make|order|send|help|have|be|feel|stop|continue|increase|decrease|watch|monitor|add|switch|change|schedule|refer)\b)/gi;
const LIKE_AFTER_DETERMINER =
  /\b(his|her|their|my|your|our|any|some|no)\s+like\s+(?!(?:that|this|it|to|a|an|the)\b)(?=[a-z]{3,})/gi;
const LIKE_AS = /\blike\s+(?=(?:the patient|he|she|they)\s+(?:used to|did|does|do|would|could|can)\b)/gi;

/** The sentence without a spoken tail or a pausing "like"; the sentence as is when it has none. */
export function withoutSpokenTail(text: string): string {
  if (!/\b(?:oh|yes|yeah|yep|yup|um+|uh+|hm+|mhm|ma'am|that|which|this|like)\b/i.test(text)) return text;
  let s = text
    .replace(LIKE_BEFORE_VERB, '$1 ')
    .replace(LIKE_AFTER_MODAL, '$1 ')
    .replace(LIKE_AFTER_DETERMINER, '$1 ');
  // "like" read as "as if" or "as" only where it reads as a filler: "looks like the patient has
  // gained weight" is written English and stays as said.
  const joined = s.replace(LIKE_AS_IF, '$1 as if ').replace(LIKE_WILL, 'as if ').replace(LIKE_AS, 'as ');
  if (joined !== s && proseDefects(s).includes('filler') && !proseDefects(joined).includes('filler'))
    s = joined;
  // Both may end one sentence ("... no fracture that is good yes").
  for (let i = 0; i < 2; i++) s = s.replace(ACK_TAIL, '$1').replace(REMARK_TAIL, '$1');
  s = s.trim();
  // Nothing left but the tail: the sentence was an acknowledgement, judged as said.
  if (!/[a-z0-9]/i.test(s)) return text;
  if (s === text.trim()) return text;
  return /[.!?]$/.test(s) || !/[.!?]$/.test(text.trim()) ? s : `${s}.`;
}

/**
 * A hesitation inside a question and its answer said in one breath ("any cough or um shortness of
 * breath no"): read without it, so the finding the answer documents does not carry it.
 */
export function withoutHesitations(text: string): string {
  return /\b(?:um+|uh+|uhm|hmm+)\b/i.test(text)
    ? text.replace(/\s*\b(?:um+|uh+|uhm|hmm+)\b,?(?=\s|$)/gi, '').trim()
    : text;
}
