import type { Evidence } from '../evidence.js';
import { cleanSpeech } from './clean-speech.js';
import { assertionOf, findModifiers } from './context.js';
import type { Pronoun } from './person.js';
import { secondToThird } from './person.js';
import { findProblems } from './problem-lexicon.js';
import type { OfflineResources } from './resources.js';
import { tokenize } from './tokens.js';
import type { Fact, ProblemMention } from './types.js';
import type { SentenceUnit } from './units.js';

const QUESTION_LEAD =
  /^(?:(?:and|so|okay|now|also|what about|how about)\s+)*(?:do you have|have you had|have you been having|are you having|have you noticed|have you experienced|did you have|did you notice|do you get|do you ever get|are you experiencing|have you been experiencing|is there|was there|any)\s+(?:any\s+)?(?:other\s+)?(?:symptoms\s+(?:of|like)\s+|issues with\s+|problems with\s+)?/i;

const span = (u: SentenceUnit): Evidence => ({ seq: u.seq, start: u.start, end: u.end });

/**
 * A bare "no"/"yes" answer to a clinician's question about symptoms becomes a pertinent negative
 * ("Denies chest pain, shortness of breath.") or a positive, with both turns as evidence.
 */
export function answerFact(
  question: SentenceUnit,
  answer: SentenceUnit,
  polarity: 'yes' | 'no',
  pronoun: Pronoun,
  resources: OfflineResources,
): { fact?: Fact; mentions: ProblemMention[] } {
  const tokens = tokenize(question.text, question.start);
  const problems = findProblems(tokens, resources.problems);
  if (problems.length === 0) return { mentions: [] };
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
  const text = `${verb} ${body.trim()}.`.replace(/\s+/g, ' ');
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
