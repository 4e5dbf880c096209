/**
 * The examiner narrating the exam as it happens, written as the findings it states: an exam act
 * ("let's look at your feet", "I'm feeling the lymph nodes in your neck", "when I bend your knee",
 * "walk across the room for me", "show me your ankle"), a body part, and what was found of it
 * ("you have some pitting edema to the shins", "they are a little swollen", "it's painful on the
 * inside", "your gait looks steady"). The finding keeps the spoken words ("Redness in the back of the
 * throat.", not "Posterior pharyngeal erythema."); its evidence is the words that state it.
 */

/** A finding read from exam narration: the documentation sentence and the spoken ranges behind it. */
export interface ExamFinding {
  text: string;
  /** Character ranges within the spoken sentence ([start, end)) that say the body part and finding. */
  ranges: Array<[number, number]>;
}

const LEAD = String.raw`(?:(?:so|and|now|okay|ok|alright|all right|well|great|good)\s*,?\s+)*`;
const POSS = `(?:your|his|her|their|the|this|that)`;
// A body part as named: up to three words after the possessive, never running into the next clause.
const STOP =
  '(?:and|for|like|here|there|now|real|quick|quickly|please|too|then|so|while|if|when|it|they|you|i|does|do|did|is|are|was|were|can|could|would|will)';
const PART = String.raw`((?:(?!${STOP}\b)[a-z-]+\s+){0,2}?(?!${STOP}\b)[a-z-]+)`;
const WHERE = String.raw`(?:\s+(?:in|on|of|at|behind|under)\s+${POSS}\s+([a-z-]+(?:\s+(?!${STOP}\b)[a-z-]+)?))?`;
const HOW = String.raw`(?:\s+(?:like this|like that|here|there|for me|for a second|for a moment|real quick|quickly|a little|a bit|too))*`;
// Looking, listening, feeling, pressing: the examiner's act on a body part.
const ACT_VERB = `(?:take a (?:quick |closer |good |little )?look at|have a (?:quick |closer |good |little )?look at|look at|look in|look into|listen to|feel|palpate|check|check out|examine|press on|push on|looking at|looking in|listening to|feeling|palpating|checking|examining|pressing on|pushing on)`;
// "going to" as speech recognition writes it ("gon na", "gonna"), with or without its subject (lost
// where a recogniser ran two turns together): "i'm just gon na feel your neck", "gonna press on it".
const GONNA = String.raw`(?:(?:i'm|i am|we're|we are)\s+(?:just\s+|also\s+)?)?(?:gon na|gonna)`;
const ACT = String.raw`^${LEAD}(?:(?:let's|let me|let us|i'm going to|i am going to|${GONNA}|i'll|i will|i want to|i'd like to|i'm|i am|we're going to|we will|we'll)\s+)?(?:go ahead and\s+)?(?:just\s+|quickly\s+|also\s+)?${ACT_VERB}\s+${POSS}\s+${PART}${WHERE}${HOW}`;
// An instruction the exam needs ("I want you to walk across the room for me", "show me your ankle").
const INSTRUCTION = String.raw`^${LEAD}(?:(?:i want you to|i'd like you to|i would like you to|can you|could you|go ahead and|let's have you|i'm going to have you|please)\s+[a-z' -]{2,60}?|show me ${POSS}\s+${PART})${HOW}`;
// The end of the act clause: a comma, "and", or nothing before a pronoun or possessive.
const JOIN = String.raw`(?:\s*,\s*|\s+and\s+|\s+(?=(?:you|your|his|her|their|they|it|there|i)\b))(?:and\s+|so\s+|now\s+)?`;

// What was found: the finding words, as said, up to the sentence end.
const DEGREE = String.raw`(?:(a little|a little bit|a bit|slightly|mildly|somewhat|very|quite|really|pretty)\s+)?`;
const BE = `(?:are|is|'re|'s|look|looks|feel|feels|sound|sounds|seem|seems|appear|appears|looks to be|seem to be)`;
const AMOUNT = String.raw`(?:(?:some|a little|a little bit of|a bit of|a|an|mild|just a little)\s+)?`;
const SEEN = `(?:you have|you've got|there is|there's|there are|i see|i can see|i feel|i can feel|i hear|i can hear|i notice|i appreciate|i'm seeing|i am seeing|i'm hearing|i'm feeling)`;

const HAS_FINDING =
  /\b(?:swollen|swelling|edema|tender\w*|pain\w*|sore|red|redness|bulging|bruis\w*|rash|erythema\w*|inflamed|enlarged|warm|clear|normal|steady|unsteady|stable|intact|regular|irregular|symmetric|equal|reactive|soft|firm|full|distended|dull|pink|pale|moist|dry|murmur|crackles?|wheez\w*|rales|effusion|fluid|laxity|weak\w*|strong|brisk|limited|decreased|diminished|reduced|good|fine|healthy|appropriate|alert|oriented|calm|anxious|flat|coherent|healing|drainage|discharge|lump|mass|nodules?|tenderness|crepitus|deformity|abrasion|lesion|lesions|scar|limp\w*|antalgic|wide|narrow|straight|bright|dim|cloudy|thick|thin)\b/i;

const DEGREE_WORD: Record<string, string> = {
  'a little': 'mildly',
  'a little bit': 'mildly',
  'a bit': 'mildly',
  slightly: 'mildly',
  mildly: 'mildly',
  somewhat: 'mildly',
  // An intensifier stays as plain as it was said: "really soft" is "very soft", never "markedly";
  // "pretty good" says no more than "good".
  very: 'very',
  really: 'very',
  quite: 'quite',
  pretty: '',
};

// The examiner's manoeuvre on a part, named as a clinician names it ("bend" → "with bending").
const MANOEUVRE: Record<string, string> = {
  bend: 'bending',
  flex: 'flexion',
  straighten: 'straightening',
  extend: 'extension',
  move: 'movement',
  rotate: 'rotation',
  twist: 'twisting',
  turn: 'turning',
  lift: 'lifting',
  raise: 'raising',
  squeeze: 'squeezing',
  press: 'pressure',
  'press on': 'pressure',
  push: 'pressure',
  'push on': 'pressure',
  pull: 'pulling',
  'pull on': 'pulling',
};
const MANOEUVRE_ACT = new RegExp(
  String.raw`^${LEAD}(?:when|if|as) (?:i|we) (${Object.keys(MANOEUVRE)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})\s+${POSS}\s+${PART}${HOW}\s*,?\s+(?:it's|it is|that's|that is|it|that)\s+(?:(?:still|really|very|quite|a little|a bit)\s+)?(painful|tender|sore|uncomfortable|hurts?)(?:\s+(?:for you|for him|for her|for them))?((?:\s+(?:on|in|at|along|over) (?:the )?(?:inside|outside|front|back|top|bottom|side|inner side|outer side|middle|[a-z]+ side))?)\s*[.!]?$`,
  'i',
);
const WHAT_SEEN = new RegExp(
  String.raw`^${LEAD}(?:what|the thing) (?:i'm|i am|i) (?:seeing|see|hearing|hear|feeling|feel|finding|find|noticing|notice)(?: (?:on|in) (?:the |your |his |her |their |this )?(?:exam|examination|physical exam))?(?: today| here)? (?:is|are)\s+${AMOUNT}(.+?)\s*[.!]?$`,
  'i',
);
const ACT_OR_INSTRUCTION = [new RegExp(`${ACT}${JOIN}`, 'i'), new RegExp(`${INSTRUCTION}${JOIN}`, 'i')];
const AFTER_ACT = [
  // "..., you have some pitting edema to the shins"
  new RegExp(String.raw`^${SEEN}\s+${AMOUNT}(.+?)\s*[.!]?$`, 'i'),
  // "..., your gait looks steady"
  new RegExp(String.raw`^(?:${POSS})\s+${PART}\s+${BE}\s+${DEGREE}(.+?)\s*[.!]?$`, 'i'),
  // "... and they are a little swollen"
  new RegExp(String.raw`^(?:they|it)\s*${BE}\s+${DEGREE}(.+?)\s*[.!]?$`, 'i'),
];

const gradeOf = (degree: string | undefined) => {
  const word = degree ? DEGREE_WORD[degree.toLowerCase()] : undefined;
  return word ? `${word} ` : '';
};
const upper = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
/** "your right knee" → "right knee"; "the lymph nodes in your neck" → "neck lymph nodes". */
const partName = (part: string, where: string | undefined) => tidy(where ? `${where} ${part}` : part);
const rangeOf = (spoken: string, from: number, words: string): [number, number] => {
  const at = spoken.toLowerCase().indexOf(words.toLowerCase(), from);
  return at < 0 ? [from, spoken.length] : [at, at + words.length];
};
const finding = (said: string) =>
  !/\?$/.test(said) && HAS_FINDING.test(said) && !/\b(?:you|your|i|me|my|we)\b/i.test(said);

/**
 * The finding an examiner narrates in one spoken sentence, or undefined when the sentence is not
 * exam narration followed by a finding (then the other rules document it as they did).
 */
export function examFinding(spoken: string): ExamFinding | undefined {
  const said = spoken.replace(/\s+$/, '');
  // A question asks for the finding; the answer, not the question, documents it.
  if (/\?/.test(said)) return undefined;
  const manoeuvre = MANOEUVRE_ACT.exec(said);
  if (manoeuvre) {
    const [, verb = '', part = '', how = '', where = ''] = manoeuvre;
    const quality = /^hurts?$/i.test(how) ? 'painful' : how.toLowerCase();
    const with_ = MANOEUVRE[verb.toLowerCase()] ?? verb;
    const text = `${upper(tidy(part.toLowerCase()))} ${quality}${tidy(where.toLowerCase()) ? ` ${tidy(where.toLowerCase())}` : ''} with ${with_}.`;
    const end = said.replace(/\s*[.!]$/, '').length;
    return { text, ranges: [[rangeOf(said, 0, verb)[0], end]] };
  }
  const seen = WHAT_SEEN.exec(said);
  if (seen?.[1] && finding(seen[1])) {
    const words = seen[1];
    return {
      text: `${upper(tidy(words))}.`,
      ranges: [rangeOf(said, seen[0].length - words.length - 2, words)],
    };
  }
  for (const act of ACT_OR_INSTRUCTION) {
    const head = act.exec(said);
    if (!head) continue;
    const restAt = head[0].length;
    const rest = said.slice(restAt);
    const actPart = head[1] ? partName(head[1], head[2]) : undefined;
    for (const [i, form] of AFTER_ACT.entries()) {
      const m = form.exec(rest);
      if (!m) continue;
      if (i === 0) {
        const words = m[1] ?? '';
        if (!finding(words)) return undefined;
        return { text: `${upper(tidy(words))}.`, ranges: [rangeOf(said, restAt, words)] };
      }
      if (i === 1) {
        const [, part = '', degree, state = ''] = m;
        if (!finding(state)) return undefined;
        const grade = gradeOf(degree);
        return {
          text: `${upper(tidy(part))} ${grade}${tidy(state)}.`,
          ranges: [[restAt, said.replace(/\s*[.!]$/, '').length]],
        };
      }
      const [, degree, state = ''] = m;
      if (!actPart || !finding(state)) return undefined;
      const grade = gradeOf(degree);
      const partRange = rangeOf(said, 0, head[2] ? `${head[1]}` : actPart);
      const whereRange = head[2] ? rangeOf(said, partRange[1], head[2]) : partRange;
      return {
        text: `${upper(actPart)} ${grade}${tidy(state)}.`,
        ranges: [
          [partRange[0], whereRange[1]],
          [restAt, said.replace(/\s*[.!]$/, '').length],
        ],
      };
    }
  }
  return undefined;
}
