import { buildProblemLexicon, findProblems } from './problem-lexicon.js';
import { tokenize } from './tokens.js';

/**
 * The presenting complaint as a physician writes it, from the sentence in which the patient tells
 * why they came: "she's been pulling at her right ear and running a fever for two days" → "Right ear
 * pulling and fever for two days"; "my lower back has been killing me for three weeks and the pain
 * shoots down my left leg" → "Lower back pain radiating down the left leg for three weeks". A problem
 * told as past ("had a cold last week"), a symptom told as going with the main one ("my teeth ache
 * too") and a bare adjective ("itchy") are not the complaint.
 */

const lexicon = buildProblemLexicon();

const SIDE = '(?:(?:left|right|lower|upper|both|middle)\\s+){0,2}';
const PLACE =
  '(?:head|neck|throat|ears?|eyes?|chest|abdomen|belly|stomach|tummy|back|shoulders?|arms?|elbows?|wrists?|hands?|fingers?|thumbs?|hips?|knees?|ankles?|foot|feet|legs?|toes?|heels?|calf|calves|thigh|groin|side|flank|jaw|face|scalp|skin)';
const WHOSE = '(?:my|her|his|their|your|the)';

interface Item {
  phrase: string;
  at: number;
  end: number;
  /** A word that describes rather than names ("itchy", "dizzy"): the complaint only if nothing else is. */
  bare?: boolean;
  /** "Radiating down the left leg": said of the pain before it, never a complaint of its own. */
  modifies?: boolean;
}

function one(place: string): string {
  return place === 'feet' ? 'foot' : place === 'calves' ? 'calf' : place.replace(/(?<!s)s$/, '');
}

function lower(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

// What a patient says in lay words, as the note names it.
const LAY: readonly [RegExp, (m: RegExpExecArray) => string, Partial<Item>?][] = [
  [
    new RegExp(`\\b(?:pulling|tugging|grabbing) (?:at|on) (?:${WHOSE} )?((?:left|right) )?ears?\\b`, 'g'),
    (m) => `${m[1] ?? ''}ear pulling`,
  ],
  [
    new RegExp(
      `\\b(?:the )?(?:pain )?(?:shoots|shooting|radiates|radiating|goes|going|runs|running|travels|traveling|spreads|spreading) (?:all the way )?(?:down|into) (?:${WHOSE} )?((?:left|right) )?(legs?|arms?|buttocks?)\\b`,
      'g',
    ),
    (m) => `radiating down the ${m[1] ?? ''}${one(m[2] ?? 'leg')}`,
    { modifies: true },
  ],
  [
    new RegExp(
      `\\b${WHOSE} (${SIDE}${PLACE}) (?:has |have |'s |is |are |was )?(?:been |just |kind of |kinda )?(?:really |so |very |pretty )?(hurting|hurts|killing (?:me|her|him)|aching|aches|sore|painful|bothering (?:me|her|him)|acting up|giving (?:me|her|him) (?:trouble|problems))\\b`,
      'g',
    ),
    (m) => (m[1] === 'throat' ? 'sore throat' : `${one(m[1] ?? '')} pain`),
  ],
  [
    new RegExp(
      `\\b(?:(back|chest|abdominal|stomach|belly) )?pain (?:in|on|at|at the (?:end|tip|base|back|front) of) ${WHOSE} (${SIDE}${PLACE})\\b`,
      'g',
    ),
    (m) => (m[1] ? `${m[1]} pain on the ${m[2]}` : `${one(m[2] ?? '')} pain`),
  ],
  [
    new RegExp(`\\b(?:problems?|trouble|issues?) with ${WHOSE} (${SIDE}${PLACE})\\b`, 'g'),
    (m) => `${one(m[1] ?? '')} problems`,
    // "Trouble with her skin, there's a lump on her arm": the lump says what the trouble is.
    { bare: true },
  ],
  [
    new RegExp(
      `\\b(?:pressure|pain|fullness) (?:in|around|behind|over) ${WHOSE} (?:face|cheeks|sinuses|forehead)\\b|\\b(?:sinus|facial) (?:pressure|pain)\\b`,
      'g',
    ),
    () => 'facial pressure',
  ],
  [
    new RegExp(
      `\\b(mole|lump|bump|spot|growth|lesion|cyst) (?:on|in|under|behind) ${WHOSE} (${SIDE}${PLACE})\\b`,
      'g',
    ),
    (m) => `${m[1]} on the ${m[2]}`,
  ],
  [
    new RegExp(
      `\\b(?:tight|tightness|pressure|heavy|heaviness|squeezing)(?: feeling| sensation)? in ${WHOSE} chest\\b|\\b${WHOSE} chest (?:feels|is|gets|has been|been|goes) (?:really |so |very |all )?(?:tight|heavy)\\b`,
      'g',
    ),
    () => 'chest tightness',
  ],
  [
    new RegExp(
      `\\b${WHOSE} ((?:left|right) )?(ankles?|legs?|feet|foot|hands?|knees?|face|lips?|eyes?) (?:are |is |have |has )?(?:been |gotten |got |get |gets |keep )?(?:really |very |so |all )?(?:swollen|swelling(?: up)?|puffy|puffing up)\\b`,
      'g',
    ),
    (m) => `${m[1] ?? ''}${one(m[2] ?? '')} swelling`,
  ],
  [
    /\bfeeling (?:really |very |so |pretty |kind of |kinda )?(low|down|sad|depressed|hopeless)\b/g,
    (m) => (m[1] === 'depressed' ? 'depressed mood' : 'low mood'),
  ],
  [/\bheart (?:races|racing|is racing|pounds|pounding|flutters|fluttering|skips)\b/g, () => 'palpitations'],
  [/\bburns? when (?:i|she|he|they) (?:pee|urinate)s?\b/g, () => 'burning with urination'],
  [
    /\b(?:difficulty|trouble|problems?|a hard time) (?:with )?(urinating|peeing|swallowing|breathing|walking|hearing)\b/g,
    (m) => `difficulty ${m[1] === 'peeing' ? 'urinating' : m[1]}`,
  ],
  [/\bhurts? (?:to|when (?:i|she|he)) swallows?\b/g, () => 'painful swallowing'],
];

// Lexicon words that describe rather than name a complaint, as the note names them.
const AS_NOUN: Record<string, string> = {
  itchy: 'itching',
  dizzy: 'dizziness',
  tired: 'fatigue',
  lightheaded: 'lightheadedness',
  depressed: 'depressed mood',
  'short of breath': 'shortness of breath',
  coughing: 'cough',
};
/** The finding a describing word names: "itchy" → "itching", "short of breath" → "shortness of breath". */
export function asNoun(said: string): string {
  return AS_NOUN[said] ?? said;
}
const BARE = new Set(['itchy', 'itching', 'tired', 'swelling', 'pain', 'tenderness', 'stress', 'weakness']);
// A word before a symptom that says what kind it is ("barking cough", "sharp pain").
const KIND = /\b(barking|dry|wet|productive|sharp|stabbing|throbbing|burning|pounding|constant|crushing)\s+$/;

function lexiconItems(text: string): Item[] {
  const tokens = tokenize(text);
  return findProblems(tokens, lexicon).map((p) => {
    const at = tokens[p.start]?.start ?? 0;
    const end = tokens[p.end - 1]?.end ?? at;
    const said = text.slice(at, end);
    const kind = KIND.exec(text.slice(Math.max(0, at - 16), at))?.[1];
    // "right knee pain": the side said before the site stays with it.
    const side = /\b((?:left|right|lower|upper|both)\s+)$/.exec(text.slice(Math.max(0, at - 8), at))?.[1];
    const named = AS_NOUN[said] ?? said;
    return {
      phrase: `${kind ? `${kind} ` : ''}${side ?? ''}${named}`,
      at: at - (kind ? kind.length + 1 : 0) - (side?.length ?? 0),
      end,
      bare: BARE.has(said),
    };
  });
}

function layItems(text: string): Item[] {
  const items: Item[] = [];
  for (const [re, name, extra] of LAY) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      items.push({ phrase: lower(name(m)), at: m.index, end: m.index + m[0].length, ...extra });
    }
  }
  return items;
}

/** Every complaint named in the text, lay words first where they overlap a lexicon term, in order. */
function complaintItems(text: string): Item[] {
  const lay = layItems(text);
  const overlaps = (a: Item) => lay.some((b) => a.at < b.end && b.at < a.end);
  const items = [...lay, ...lexiconItems(text).filter((i) => !overlaps(i))].sort((a, b) => a.at - b.at);
  // "My eczema has flared up": the condition's flare.
  return items.map((i) =>
    /^\s*(?:has |have |'s |is )?(?:been )?(?:flar(?:ed|ing)|acting up)/.test(text.slice(i.end, i.end + 24))
      ? { ...i, phrase: `${i.phrase} flare` }
      : i,
  );
}

// A clause about what is over: "had a cold last week but that cleared up", "a stent five years ago".
const PAST_TIME =
  /\b(?:last (?:week|month|year|winter|summer|spring|fall|autumn|time)|(?:years?|months?|weeks?) ago|used to|cleared up|went away|got better|resolved|in the past|history of|as a (?:kid|child))\b/;
const ONSET = /\b(?:started|starting|began|since|for the (?:past|last)|over the (?:past|last)|been)\b/;
// A symptom told as going with the main one: "my teeth ache too", "sometimes I feel sick with them".
const ASSOCIATED = /\b(?:too|also|as well|sometimes|at times|with (?:it|them|that|those))\b/;
const CLAUSE_END = /[,.;!?]|\b(?:but|though|although|because|and now)\b/g;

function clauseAround(text: string, item: Item): string {
  let from = 0;
  let to = text.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    if (m.index < item.at) from = m.index + m[0].length;
    else if (m.index >= item.end) {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

function isPast(text: string, item: Item): boolean {
  const clause = clauseAround(text, item);
  return PAST_TIME.test(clause) && !ONSET.test(clause.replace(/\bsince last\b/, ''));
}

const COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|several|\\d+)';
const UNIT = '(?:days?|weeks?|months?|years?|hours?)';
const DURATION = new RegExp(
  `\\b(?:for|over) (?:about |almost |nearly |around |roughly )?(?:the )?(?:past |last )?(?:about |almost )?(?:${COUNT} )?${UNIT}\\b` +
    `|\\bsince (?:yesterday|last night|this morning|the weekend|last (?:week|month|night)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:the )?(?:spring|summer|fall|winter))\\b` +
    `|\\b(?:about |almost |around )?${COUNT} ${UNIT} ago\\b`,
);

/** How long, as said after a complaint and before the next one: "for two days", "since last night". */
function durationOf(span: string): string | undefined {
  const said = DURATION.exec(span)?.[0];
  if (!said) return undefined;
  // "it started about a month ago": for about a month.
  return said.endsWith(' ago') ? `for ${said.replace(/ ago$/, '')}` : said;
}

export interface ComplaintPhrase {
  /** The complaint as the note writes it, lower case, no full stop. */
  text: string;
  /** Named only by a word that describes it ("itchy", "problems with her skin"): the next sentence may say more. */
  vague: boolean;
}

/**
 * The complaint told in one sentence, as a note writes it, or undefined when the sentence tells of
 * none that is present (only past illnesses, only a bare adjective alongside nothing).
 */
export function complaintPhrase(said: string): ComplaintPhrase | undefined {
  const text = lower(said);
  const items = complaintItems(text);
  const present = items.filter((i) => !isPast(text, i));
  const named = present.filter((i) => !i.modifies && !i.bare);
  const main = named[0] ?? present.find((i) => !i.modifies);
  // "It hurts", "some swelling": no complaint a note can name without its site.
  if (!main || /^(?:pain|swelling|tenderness|weakness|stress)$/.test(main.phrase)) return undefined;
  const parts: Item[] = [main];
  // A second complaint said with "and" in the same sentence, unless told as going with the first.
  const second = named.find((i) => i.at > main.end && i.phrase !== main.phrase);
  if (second) {
    const between = text.slice(main.end, second.at);
    const tail = clauseAround(text, second).slice(0, 200);
    if (/\band\b/.test(between) && !ASSOCIATED.test(tail) && !/[.;!?]/.test(between)) parts.push(second);
  }
  const phrases = parts.map((part, k) => {
    const next = parts[k + 1]?.at ?? items.find((i) => i.at > part.end && !i.modifies)?.at ?? text.length;
    const span = text.slice(part.end, next);
    const modifier = items.find((i) => i.modifies && i.at >= part.end && i.at < next);
    const how = modifier && /pain/.test(part.phrase) ? ` ${modifier.phrase}` : '';
    const howLong = durationOf(span);
    return `${part.phrase}${how}${howLong ? ` ${howLong}` : ''}`;
  });
  return { text: phrases.join(' and '), vague: main.bare === true };
}
