import { matchingAny } from './rule-gate.js';
import { words } from './tokens.js';

// Words that carry no clinical content on their own ("okay", "um", "alright").
const FILLER = new Set(
  'okay ok um uh uhm hmm mm mhm huh yeah yes yep yup no nope alright all right right sure great good fine well so and oh ah wow cool gotcha got it thanks thank you perfect awesome excellent wonderful nice i see understand understood hi hello hey bye goodbye please sorry exactly absolutely definitely correct that s true'.split(
    ' ',
  ),
);

const SMALL_TALK: RegExp[] = [
  /^(hi|hello|hey|good (morning|afternoon|evening)|nice to (meet|see)|pleasure)\b/,
  /\bhow are you( doing)?( today)?$/,
  /\bhow('s| is) (it going|your day|your family|the family|everything)\b/,
  /^(i'm|i am) (doing )?(good|well|fine|okay|great|alright)\b.{0,20}$/,
  /\b(thank you|thanks)( so much| very much)?( for [a-z ]{0,30})?$/,
  /^(that's|that is|it's|this is) (great|good|fine|wonderful|awesome|too bad|terrible|understandable|fair|nice|exciting|fun|amazing)\b/,
  /^(i'm|i am) (glad|sorry|happy|so happy|really glad) to hear\b/,
  /\b(nurse told you about|hey,? dragon|dax|let me know if you have any questions|any (other )?questions|do you have any questions|nurse will be in)\b/,
  /^show me\b/,
  /^(that )?sounds (like )?(fun|good|great|nice|like a plan|wonderful|exciting)\b/,
  /^(take care|have a (good|great|nice)|see you|bye|goodbye)\b/,
  /\b(front desk|check ?out desk|on your way out)\b/,
  // Announcements of what comes next carry no finding themselves.
  /^(so )?(let's|let me|i want to|i'd like to|i'm going to|i am going to) (talk|go over|review|look at|take a look|pull up|go through)\b(?![^.]*\b(\d|normal|clear|tender|murmur|shows?|showed|fracture|tear|enlarged|swelling|swollen|red|redness|bulging|bruis\w*|warm|effusion|intact|decreased|rash|no\s))/,
  /^(i|we) (haven't|have not|have n't) seen (you|her|him) in a while\b/,
  /^(i'm|i am|i'll|i will|let me|i want to|i'd like to|we'll|we will)( just)?( going to| gon na)?( just)? (check out|listen to|take a listen|examine|take a look at|look at|do a quick|feel)\b[^0-9]{0,40}$/,
  /^(let's|let me) (take a look|see|go ahead and take a look)\b.{0,25}$/,
  // Narration of the examination or of the visit's agenda ("let's do a quick physical exam",
  // "i will take a listen to his heart and lungs", "let's talk about your diabetes").
  /^(?:(?:so|now|okay|alright|and)\s+)*(?:let's|let us|let me|i will|i'll|i'm going to|i am going to|i'm gonna|we will|we'll|i want to|i'd like to)\s+(?:now\s+|just\s+|go ahead and\s+)*(?:do (?:a|your|his|her|the)(?: quick| brief| full)?(?: physical)? (?:exam|examination)|take a (?:listen|look|quick look)|listen to|look at|examine|feel|press on|have a look|talk about|talk a little|go over|review|move on|start (?:my|the|with the) (?:exam|examination))\b(?![^.]*\b(\d|normal|clear|tender|murmur|shows?|showed|fracture|tear|enlarged|swelling|swollen|red|redness|bulging|bruis\w*|warm|effusion|intact|decreased|rash|no\s))/,
  /\b(what i (find|see|hear)|let (you|him|her|them) know what i find|call (it|them) out|for the sake of (being able to )?document)\b/,
  /^(please )?(have a seat|hop up|lie back|sit up|take a deep breath|breathe (in|out))\b/,
  /^(i'm|i am) going to (take a look|examine you|check you out|do a quick (physical )?exam)\b.{0,25}$/,
];

// Each pattern only tried on a sentence with the words it needs (rule-gate.ts).
const isSmallTalkPhrase = matchingAny(SMALL_TALK);

// Social topics; only small talk when nothing clinical is said in the same sentence.
const SOCIAL_TOPIC =
  /\b(weather|weekend|vacation|holiday|football|baseball|basketball|soccer|the game|season|halloween|christmas|thanksgiving|fall foliage)\b/;

/**
 * True when a sentence is greeting, filler or social chatter with nothing a clinician would
 * document. `text` is the sentence as spoken.
 */
export function isSmallTalk(text: string, clinical = false): boolean {
  const lower = text
    .toLowerCase()
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/[,.?!]+$/, '')
    .replace(/^((so|and|okay|ok|well|now|alright|all right|um|uh|great|good),?\s+)+/, '')
    .trim();
  const ws = words(lower);
  if (ws.length === 0 || ws.every((w) => FILLER.has(w))) return true;
  if (!clinical && SOCIAL_TOPIC.test(lower)) return true;
  return isSmallTalkPhrase(lower);
}

/** A bare yes/no answer ("yes", "no, not that i've noticed"): its meaning comes from the question. */
export function answerPolarity(text: string): 'yes' | 'no' | undefined {
  const lower = text
    .toLowerCase()
    .replace(/\s+([,.?!])/g, '$1')
    .trim();
  if (words(lower).length > 7) return undefined;
  if (
    /^(no|nope|nah|not really|never|none|i don't|i do n't|i haven't|i have n't|not that i)\b/.test(lower) ||
    // "Not at all.", "Nothing like that.", "Absolutely not.": a no in other words.
    /^(?:not at all|not once|not ever|nothing(?: like that| of the sort)?|(?:absolutely|definitely|certainly) not)[.!]?$/.test(
      lower,
    )
  )
    return 'no';
  if (/^(yes|yeah|yep|yup|i do|i have|i did|correct|sometimes|a little|uh-huh|mm-hmm)\b/.test(lower))
    return 'yes';
  return undefined;
}
