import type { Evidence } from '../evidence.js';
import { hasProseDefect } from '../quality/prose-defects.js';
import { cleanSpeech } from './clean-speech.js';
import { assertionOf, findModifiers } from './context.js';
import type { Pronoun } from './person.js';
import { secondToThird } from './person.js';
import { findProblems } from './problem-lexicon.js';
import type { OfflineResources } from './resources.js';
import { safetyScreenAnswer } from './safety-screens.js';
import { tokenize } from './tokens.js';
import type { Fact, ProblemMention } from './types.js';
import type { SentenceUnit } from './units.js';

// "Problems with" stays before a body part or a function ("any problems with your vision?" → "Denies
// problems with their vision.", never "Denies their vision."): the symptom is the problem.
const QUESTION_LEAD =
  /^(?:(?:and|so|okay|now|also|what about|how about|no|any)\s+)*(?:(?:do you have|have you had|have you been having|are you having|have you noticed|have you experienced|did you have|did you notice|do you get|do you ever get|are you experiencing|have you been experiencing|is there|was there|any)\s+)?(?:any\s+)?(?:other\s+)?(?:symptoms\s+(?:of|like)\s+|(?:issues|problems) with\s+(?!(?:your|his|her|their|my|the)\b))?/i;

const SYMPTOM_QUESTION =
  /^(?:(?:and|so|okay|now|also)\s+)*(?:do you have|have you had|have you been having|are you having|have you noticed|have you experienced|any)\b/i;

const span = (u: SentenceUnit): Evidence => ({ seq: u.seq, start: u.start, end: u.end });

// "Are you still smoking?", "Do you drink?", "Have you ever used drugs?": social history questions.
const HABIT_QUESTION =
  /^(?:(?:and|so|okay|now|also)\s+)*(?:are you|do you|have you(?: ever)?|did you(?: ever)?)\s+(still\s+|currently\s+)?(smok\w*|vap\w*|drink\w*|use (?:any )?(?:drugs|tobacco|marijuana|alcohol)|used (?:any )?(?:drugs|tobacco|marijuana))\b/i;
const HABIT_NOUN: Array<[RegExp, string]> = [
  [/^smok/, 'smoking'],
  [/^vap/, 'vaping'],
  [/^drink/, 'alcohol use'],
  [/drugs/, 'drug use'],
  [/tobacco/, 'tobacco use'],
  [/marijuana/, 'marijuana use'],
  [/alcohol/, 'alcohol use'],
];

/** A yes or no to a social history question: "Denies current smoking.", "Reports alcohol use." */
function habitAnswer(question: SentenceUnit, answer: SentenceUnit, polarity: 'yes' | 'no'): Fact | undefined {
  const m = HABIT_QUESTION.exec(cleanSpeech(question.text));
  const noun = m?.[2] && HABIT_NOUN.find(([re]) => re.test(m[2]?.toLowerCase() ?? ''))?.[1];
  if (!m || !noun) return undefined;
  // "Are you still smoking?", "do you smoke?" ask about now; "have you ever" about a lifetime.
  const current = m[1] || /^(?:(?:and|so|okay|now|also)\s+)*(?:are|do) you\b/i.test(m[0]) ? 'current ' : '';
  return {
    category: 'social',
    text: `${polarity === 'no' ? 'Denies' : 'Reports'} ${current}${noun}.`,
    evidence: [span(question), span(answer)],
    assertion: polarity === 'no' ? 'negated' : 'present',
  };
}

// "Are you still taking the sertraline 50 mg every morning?", "Do you use your inhaler daily?": a
// question about a medicine in use, whose yes or no says whether it is taken.
export const TAKING_QUESTION =
  /^(?:(?:and|so|okay|now|also)\s+)*(?:are you|do you|have you been)\s+(still\s+|currently\s+)?(taking|using|on)\s+(?!(?:any|anything|something)\b)(.{3,80})$/i;

/** A yes or no to a question about a medicine in use: "Taking the sertraline 50 mg every morning." */
function takingAnswer(
  question: SentenceUnit,
  answer: SentenceUnit,
  polarity: 'yes' | 'no',
  pronoun: Pronoun,
): Fact | undefined {
  const m = TAKING_QUESTION.exec(cleanSpeech(question.text).replace(/[?.!]+$/, ''));
  if (!m?.[2] || !m[3]) return undefined;
  const what = secondToThird(` ${m[3]}`, pronoun).trim();
  const verb = m[2].toLowerCase() === 'on' ? 'on' : m[2].toLowerCase();
  const still = m[1] ? `${m[1].trim().toLowerCase()} ` : '';
  const text =
    polarity === 'yes'
      ? `${`${still}${verb}`.charAt(0).toUpperCase()}${`${still}${verb}`.slice(1)} ${what}.`
      : `Not ${verb === 'on' ? 'on' : verb} ${what}.`;
  if (hasProseDefect(text)) return undefined;
  return {
    category: 'medication',
    text,
    evidence: [span(question), span(answer)],
    assertion: polarity === 'no' ? 'negated' : 'present',
  };
}

/**
 * A bare "no"/"yes" answer to a clinician's question about symptoms becomes a pertinent negative
 * ("Denies chest pain, shortness of breath.") or a positive, with both turns as evidence.
 */
// A question put as a negative statement ("it has not settled", "you haven't been sleeping").
// Speech recognition often drops the apostrophe ("hasnt").
const NEGATIVE_STATEMENT =
  /\b(?:not|never|no longer|(?:is|are|was|were|has|have|had|does|do|did|could|would|should|ca|wo)nt)\b|n't\b/i;

export function answerFact(
  question: SentenceUnit,
  answer: SentenceUnit,
  polarity: 'yes' | 'no',
  pronoun: Pronoun,
  resources: OfflineResources,
): { fact?: Fact; mentions: ProblemMention[] } {
  const screen = safetyScreenAnswer(question, answer, polarity);
  if (screen) return { fact: screen, mentions: [] };
  const habit = habitAnswer(question, answer, polarity);
  if (habit) return { fact: habit, mentions: [] };
  const taking = takingAnswer(question, answer, polarity, pronoun);
  if (taking) return { fact: taking, mentions: [] };
  const tokens = tokenize(question.text, question.start);
  const problems = findProblems(tokens, resources.problems);
  // A question about a symptom the lexicon does not know ("any thoughts of hurting yourself?") still
  // has a finding as its answer, when it was asked as a symptom question and is short.
  const lead = SYMPTOM_QUESTION.exec(cleanSpeech(question.text));
  const shortQuestion = question.text.split(/\s+/).length <= 12;
  if (problems.length === 0 && !(lead && shortQuestion)) return { mentions: [] };
  const modifiers = findModifiers(tokens, resources.context);
  const evidence = [span(question), span(answer)];
  const mentions = problems.map((p): ProblemMention => {
    const inQuestion = assertionOf(p.start, p.end, modifiers);
    // The answer decides unless the question itself was about someone else or the past.
    const assertion =
      inQuestion === 'family' || inQuestion === 'historical'
        ? inQuestion
        : polarity === 'no'
          ? 'negated'
          : 'present';
    const first = tokens[p.start];
    const last = tokens[p.end - 1];
    const start = first?.start ?? question.start;
    const end = last?.end ?? question.end;
    return {
      text: question.text.slice(start - question.start, end - question.start),
      normalized: p.normalized,
      assertion,
      category: polarity === 'no' ? 'ros' : 'symptom',
      evidence: [{ seq: question.seq, start, end }, span(answer)],
    };
  });
  const body = secondToThird(
    ` ${cleanSpeech(question.text).replace(/\?$/, '').replace(QUESTION_LEAD, '')}`,
    pronoun,
  );
  const verb = polarity === 'no' ? 'Denies' : 'Endorses';
  // A question the lead-in rules cannot turn into a finding ("what do you take for it?") is no answer.
  if (
    hasProseDefect(body) ||
    /^(what|how|when|where|why|which|who|is|are|was|were|does|do|did|can|could|has|have|this|that|it)\b/i.test(
      body.trim(),
    )
  )
    return { mentions };
  // "The rash hasn't got better with the cream?" "No, it's spreading": a yes or no to a negative
  // statement agrees or disagrees with it, so neither "Denies" nor "Endorses" can carry it.
  if (NEGATIVE_STATEMENT.test(body)) return { mentions };
  const text = `${verb} ${body.trim()}.`.replace(/\s+/g, ' ');
  // "No allergies?" answered "no" is a double negative no one can sign: leave it to the transcript.
  if (hasProseDefect(text)) return { mentions };
  return {
    fact: {
      category: polarity === 'no' ? 'ros' : 'symptom',
      text,
      evidence,
      assertion: polarity === 'no' ? 'negated' : 'present',
    },
    mentions,
  };
}
