/**
 * What a sentence does in the conversation, read from its form rather than its vocabulary: asks about
 * the listener or the speaker, instructs, announces a plan or an examination, names a diagnosis,
 * states a finding with no one as its subject, reports one's own experience, answers, thanks. A
 * clinician asks most questions and instructs, plans, examines and diagnoses; a patient reports what
 * they feel, answers and asks what it means, in any wording. The speaker-role model learns a second,
 * small classifier over these acts (and the acts of the sentences around), whose evidence it adds to
 * the word classifier's (train-speaker-role.ts), so a visit in wording unlike the training dialogues
 * still reads as the clinician's examination or plan.
 */
import { memoizedInDraft } from '../offline/draft-memo.js';

/** One sentence as the act reader sees it: its words (lower case, numbers as `<num>`) and whether it asks. */
export interface ActSentence {
  words: readonly string[];
  isQuestion: boolean;
}

const AUX = new Set(
  'do does did is are was were have has had can could would will should shall may might am'.split(' '),
);
const AUX_NEG = new Set(
  "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't can't couldn't won't wouldn't shouldn't".split(
    ' ',
  ),
);
const WH = new Set('what when where which who whom whose why how'.split(' '));
const FIRST = new Set(['i', 'me', 'my', "i'm", "i've", "i'd", "i'll", 'mine', 'myself']);
const SECOND = new Set(['you', 'your', "you're", "you've", "you'd", "you'll", 'yours', 'yourself']);
const WE = new Set(['we', "we'll", "we're", "we've", "let's", 'us', 'our']);
const THIRD = new Set([
  'he',
  'she',
  'they',
  "he's",
  "she's",
  "they're",
  'him',
  'her',
  'them',
  'his',
  'their',
]);
const IT = new Set(['it', "it's", 'this', "this's", 'that', "that's", 'there', "there's"]);
const FILLERS = new Set(
  'so and okay ok now then please just well um uh erm er alright right oh ah ouch hmm mm but'.split(' '),
);
const ANSWERS = new Set(
  'yes yeah yep yup no nope nah not never sometimes maybe mostly probably definitely sure correct absolutely mm-hmm uh-huh'.split(
    ' ',
  ),
);
const THANKS = new Set(['thank', 'thanks', 'cheers', 'appreciate']);
// Bare verbs that open an instruction to the listener ("Sit up for me", "Take a deep breath").
const IMPERATIVE = new Set(
  'take wear ice weigh call come follow avoid keep rest elevate apply continue stop start return schedule drink eat try make bring watch put hold increase decrease use sit lie stand look breathe squeeze push pull bend turn open close say tell show give go book cut limit check get remember raise lift point relax cough walk step move wiggle straighten follow lean roll swallow stick relax'.split(
    ' ',
  ),
);
// Verbs a clinician uses to order or change care.
const CARE_VERBS = new Set(
  'prescribe prescribed refer referral order ordered arrange book schedule start started increase switch stop recommend recommended send test tests scan x-ray bloods'.split(
    ' ',
  ),
);
const EXAM_VERBS = new Set('examine listen look check press feel palpate test see'.split(' '));
// What a speaker says they feel or notice: a patient reporting their own symptoms (not auxiliaries
// such as 'have been', which a clinician's 'I have been doing...' shares).
const EXPERIENCE = new Set(
  "feel feels felt feeling hurt hurts hurting ache aches aching noticed notice started can't couldn't woke wake tried worry worried sore itchy dizzy tired".split(
    ' ',
  ),
);
const COPULA = new Set(['is', 'are', "isn't", "aren't", 'looks', 'look', 'sounds', 'seems', 'feels']);
// Endings and heads of medical names (diagnoses, procedures, drug classes), in any specialty.
const MEDICAL_ENDING =
  /(?:itis|osis|emia|aemia|pathy|oma|algia|ectomy|ostomy|plasty|iasis|ism|cillin|mycin|olol|pril|sartan|statin|prazole|azole|ine|one|ide|mab)$/;
const MEDICAL_HEAD = new Set(
  'syndrome disorder disease infection fracture sprain strain failure fibrillation deficiency diagnosis condition inflammation injury tear'.split(
    ' ',
  ),
);
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand half'.split(
    ' ',
  ),
);
const UNITS = new Set(
  'mg milligram milligrams mcg micrograms percent degrees centimetres centimeters cm mm millimetres over beats units ml kilos kilograms pounds'.split(
    ' ',
  ),
);

const has = (ws: readonly string[], set: ReadonlySet<string>) => ws.some((w) => set.has(w));

function opening(ws: readonly string[]): readonly string[] {
  const i = ws.findIndex((w) => !FILLERS.has(w));
  return i < 0 ? [] : ws.slice(i);
}

/** Whose the subject of a question is: the listener, the speaker, a third person or a thing. */
function askedAbout(ws: readonly string[]): string {
  const subject = ws.find((w) => !AUX.has(w) && !AUX_NEG.has(w) && !WH.has(w) && !FILLERS.has(w));
  if (!subject) return 'none';
  if (SECOND.has(subject)) return 'you';
  if (FIRST.has(subject) || WE.has(subject)) return 'i';
  if (THIRD.has(subject)) return 'they';
  if (IT.has(subject)) return 'it';
  if (subject === 'any' || subject === 'anything' || subject === 'anyone') return 'any';
  return 'other';
}

/** The form of a question: yes/no or wh-, and about whom; or a tag or bare phrase. */
function questionForm(ws: readonly string[]): string {
  const open = opening(ws);
  const first = open[0] ?? '';
  if (first === 'any' || first === 'anything' || first === 'anyone') return 'any';
  if (AUX.has(first) || AUX_NEG.has(first)) return `yn-${askedAbout(open)}`;
  if (WH.has(first)) return `wh-${askedAbout(open.slice(1))}`;
  if (/^(what|how|where|when|who)'s$/.test(first)) return 'wh-it';
  if (open.includes('think') && has(open, SECOND)) return 'opinion';
  return open.length <= 3 ? 'short' : 'statement';
}

const DIRECTIVE =
  /\b(?:i (?:want|need|would like|'d like) you to|i'd like you to|you (?:should|must|need to|'ll need to|have to|'re going to need to|can try|could try)|make sure|try to|don't forget|be sure to|it's important (?:that|to)|for me)\b/;
const PLAN =
  /\b(?:we'll|we will|let's|let us|we're going to|we are going to|we can|we should|we need to|i'll|i will|i'm going to|i am going to|i'd like to|going to (?:start|put|give|refer|order|send|get|book|arrange|prescribe|increase|switch))\b/;
const EXAM_ANNOUNCE =
  /\b(?:let me|i'm going to|i'll|i am going to|can i|i'd like to|i want to)\s+(?:just\s+)?(?:have a\s+)?(examine|listen|look|check|press|feel|palpate|test|see)\b/;
const DIAGNOSIS =
  /\b(?:i think (?:this|it|you|that|he|she)|(?:this|it|that) (?:looks|sounds|seems) like|looks like|sounds like|consistent with|you(?:'ve| have) got|you have (?:a|an)|(?:this|it) is (?:a|an|probably|likely)|most likely|i suspect|what you(?:'ve| have) got|diagnos)/;
const PATIENT_ASK =
  /\b(?:do you think|is it|will it|will i|should i|can i|do i|is that|is this|how long (?:will|does)|what does that)\b/;

/** The sentence's main act, one of a few classes; `act` features pair it with its neighbours'. */
export function actClass(s: ActSentence): string {
  return classOfKey(`${s.isQuestion ? '?' : '.'}${s.words.join(' ')}`);
}

// Each sentence's class is read three times (itself, and as its neighbours' neighbour): once per draft.
const classOfKey = memoizedInDraft((key: string) => classify(key.slice(1), key.startsWith('?')));

function classify(text: string, isQuestion: boolean): string {
  const ws = text ? text.split(' ') : [];
  const open = opening(ws);
  if (isQuestion) {
    const form = questionForm(ws);
    if (/\b(?:do you think|would you say|what do you think|is it (?:serious|bad|normal|safe))\b/.test(text))
      return 'ask-meaning';
    if (/^yn-you|^wh-you|^any/.test(form)) return 'ask-you';
    if (PATIENT_ASK.test(text) || form === 'yn-i' || form === 'wh-i' || form === 'opinion')
      return 'ask-meaning';
    return 'ask-other';
  }
  if (DIRECTIVE.test(text) || IMPERATIVE.has(open[0] ?? '')) return 'instruct';
  if (EXAM_ANNOUNCE.test(text)) return 'examine';
  if (PLAN.test(text)) return 'plan';
  if (DIAGNOSIS.test(text)) return 'diagnose';
  if (has(ws, THANKS)) return 'thanks';
  if (ANSWERS.has(open[0] ?? '') && ws.length <= 6) return 'answer';
  const first = has(ws, FIRST);
  const second = has(ws, SECOND);
  if (first && !second) return 'report-self';
  if (second && !first) return 'tell-you';
  if (!first && !second && !has(ws, WE) && has(ws, COPULA)) return 'state';
  return 'other';
}

export type ActSink = (kind: string, a?: string, b?: string) => void;

/**
 * The act features of a sentence (kinds starting `act`), given its neighbours' sentences: its act
 * class and its neighbours', the class paired with the one before, the form of a question, and the
 * marks of an instruction, a plan, an examination, a diagnosis, a finding, one's own experience, a
 * number with a unit. Every feature says what the sentence does, not which words a dataset uses.
 */
export function visitActFeatures(
  s: ActSentence,
  previous: ActSentence | undefined,
  next: ActSentence | undefined,
  add: ActSink,
): void {
  const ws = s.words;
  const text = ws.join(' ');
  const open = opening(ws);
  const cls = actClass(s);
  const len = ws.length <= 2 ? 's' : ws.length <= 6 ? 'm' : ws.length <= 14 ? 'l' : 'xl';
  add('act:bias');
  add('act:class', cls);
  add('act:class-len', cls, len);
  const prevCls = previous ? actClass(previous) : 'none';
  const nextCls = next ? actClass(next) : 'none';
  add('act:prev', prevCls);
  add('act:next', nextCls);
  add('act:pair', prevCls, cls);
  add('act:follow', cls, nextCls);
  if (s.isQuestion) add('act:question', questionForm(ws));
  if (DIRECTIVE.test(text)) add('act:directive');
  if (IMPERATIVE.has(open[0] ?? '') && !s.isQuestion) add('act:imperative');
  if (PLAN.test(text)) add('act:plan');
  if (has(ws, CARE_VERBS)) add('act:care-verb');
  if (EXAM_ANNOUNCE.test(text)) add('act:exam-announce');
  if (has(ws, EXAM_VERBS)) add('act:exam-verb');
  if (DIAGNOSIS.test(text)) add('act:diagnosis');
  const medical = ws.some((w) => w.length > 5 && MEDICAL_ENDING.test(w)) || has(ws, MEDICAL_HEAD);
  const who = has(ws, FIRST)
    ? has(ws, SECOND)
      ? 'both'
      : 'i'
    : has(ws, SECOND)
      ? 'you'
      : has(ws, WE)
        ? 'we'
        : 'none';
  if (medical) add('act:medical', who);
  if (ws.includes('your')) add('act:your', medical ? 'medical' : 'plain');
  if (ws.includes('my')) add('act:my');
  if (has(ws, FIRST) && has(ws, EXPERIENCE)) add('act:experience');
  if (who === 'none' && !s.isQuestion && has(ws, COPULA))
    add('act:finding', IT.has(open[0] ?? '') ? 'it' : 'thing');
  if (
    ws.some(
      (w, i) => (w === '<num>' || NUMBER_WORDS.has(w.split('-')[0] ?? '')) && UNITS.has(ws[i + 1] ?? ''),
    )
  )
    add('act:measure');
  if (previous?.isQuestion) add('act:after-question', cls);
}
