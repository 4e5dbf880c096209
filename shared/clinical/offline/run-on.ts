import { abandonsThought } from '../quality/clinician-talk.js';
import {
  fusedClauseStarts,
  hasProseDefect,
  hasProseDefectOf,
  innerQuestionStart,
} from '../quality/prose-defects.js';
import { withoutOfferedNumbers } from './asks.js';
import { wordCount } from './tokens.js';
import { trailsMainClause } from './trailing-subordinate.js';

// A clause that opened on a subordinator and has not been closed by a comma: the fused clause after
// it is its main clause ("when she bends it it hurts", "on the days he works out he takes 5 mg"),
// not a new sentence.
const OPEN_SUBORDINATE =
  /\b(?:when|whenever|if|in case|since(?! then\b)|because|while|after(?! (?:that|this)\b)|before(?! (?:that|this)\b)|until|once(?= (?:he|she|they|it|we|i|you|the|his|her|their)\b)|unless|although|though|where|whether|(?:the|every|any) (?:days?|times?|nights?|mornings?))\b[^,;:]*$/i;
// A coordinator followed by a few words with no verb ("and in march", "but sometimes"): it opens the
// clause that follows, which is then no new sentence.
const OPEN_COORDINATE = /\b(?:and|but|or|so|then)\s+(?:\S+\s+){0,3}\S*$/i;
// "rate and rhythm", "flexion and extension": one noun joined to the one before ends its clause; a
// time or a manner word after "and" ("and sometimes", "and lately") opens the next.
const PAIRED_NOUN =
  /^(?:and|or)\s+(?!(?:sometimes|then|now|also|still|today|tonight|yesterday|lately|recently|later|again|since|once|usually|occasionally|often|never|always|even|yet|so|too)\b)[a-z-]+(?<!ly)\s*$/i;
const FINITE =
  /\b(?:is|was|are|were|has|had|have|does|did|do|will|would|can|could|should|may|might|must)\b|\b(?:he|she|they|it|we|i|there|the patient)\s+(?:\w+\s+)?\w+(?:ed|s)\b/i;
// An adverb that ties a clause to the one before ("otherwise", "however"), said without a comma.
// So does an exam named before its findings ("... no distress on his heart exam he has a regular rhythm").
const CONNECTIVE =
  /(?:\b(?:otherwise|however|then|also|now|still)|\bon (?:his|her|their|the) (?:[\w-]+ )?exam(?:ination)?,?)\s+$/i;
// A verb that needs what is said, thought, shown or had after it ("she did say", "to confirm", "he
// does not have").
const SAYS_WHAT_FOLLOWS =
  /\b(?:say|says|said|tell|told|think|thinks|thought|know|knows|knew|feel|feels|felt|mean|means|hope|guess|believe|believes|notice|noticed|confirm|ensure|make sure|see|check|show|shows|showed|find|rule out|determine|have|has|had)$/i;
// An exam named, then what it found, with no verb ("On his heart exam a 2/6 murmur at the apex"):
// a sentence of findings as a note writes it.
const EXAM_FINDINGS = /^\s*on (?:his|her|their|the) (?:[\w-]+ ){0,2}exam(?:ination)?\s+\S+\s+\S+/i;
// Fewer words than this is no sentence of its own ("It seem.", "She gets.").
const MIN_WORDS = 3;
// Joining words left at the end of a clause once the next one is its own sentence.
const TRAILING_LINK = /(?:[\s,;:]+(?:and|but|so|or|then|because))*[\s,;:]*$/i;

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Whether a clause reads as a sentence once cut: enough words, a verb, not cut off mid-phrase. */
const standsAlone = (clause: string) =>
  wordCount(clause) >= MIN_WORDS &&
  !SAYS_WHAT_FOLLOWS.test(clause) &&
  (FINITE.test(clause) || EXAM_FINDINGS.test(clause)) &&
  !hasProseDefectOf(capital(`${clause.trim()}.`), 'fragment');

/** Whether a clause ends on a coordinator that opens the next one ("and in march", "but sometimes"). */
function opensNext(clause: string): boolean {
  const open = OPEN_COORDINATE.exec(clause);
  return open !== null && !FINITE.test(open[0]) && !PAIRED_NOUN.test(open[0]);
}

/**
 * A run-on ("there is no redness there is no swelling") as its sentences ("There is no redness.",
 * "There is no swelling."): cut where a new subject and its verb start with nothing to join them to
 * what came before, unless they are the main clause of an open subordinate one. A sentence with no
 * such boundary comes back as it is.
 */
export function runOnSentences(text: string): string[] {
  const body = text.replace(/[.!?]+$/, '');
  const cuts: number[] = [];
  // Where a subordinate clause's main clause starts: a comma goes there ("when she bends it, it hurts").
  const commas: number[] = [];
  let last = 0;
  // A subordinate clause is closed by the clause after it: only words since the last clause count.
  let clause = 0;
  // Where a thought abandoned for the next one starts ("their oxygen is | she is satting 99%"): that
  // piece is left out, the next documented on its own.
  const abandoned = new Set<number>();
  for (const found of fusedClauseStarts(body)) {
    // An adverb joining the clauses ("... 5 mg otherwise he takes 2") opens the new sentence.
    const at = found - (CONNECTIVE.exec(body.slice(0, found))?.[0].length ?? 0);
    const left = body.slice(last, at).replace(TRAILING_LINK, '');
    const sub = OPEN_SUBORDINATE.exec(body.slice(clause, at));
    // A subordinate clause trailing a main clause is closed by the new one (trailing-subordinate.ts).
    const open = sub !== null && !trailsMainClause(body.slice(last, clause + sub.index));
    clause = found;
    if (open && LEADING_SUBORDINATE.test(body.slice(last, at).trim()) && /\s$/.test(body.slice(0, at)))
      commas.push(at);
    if (!open && abandonsThought(left)) abandoned.add(last);
    else if (!standsAlone(left) || open || opensNext(left)) continue;
    cuts.push(at);
    last = at;
  }
  // The words after the last cut must stand on their own too ("... sometimes she gets").
  while (cuts.length > 0 && wordCount(body.slice(cuts.at(-1))) < MIN_WORDS) {
    cuts.pop();
    abandoned.delete(cuts.at(-1) ?? 0);
  }
  if (cuts.length === 0 && commas.length === 0) return [text];
  const bounds = [0, ...cuts, body.length];
  const sentences: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? body.length;
    if (abandoned.has(from)) continue;
    // The piece with a comma closing each of its subordinate clauses.
    let said = '';
    let at = from;
    for (const comma of commas.filter((c) => c > from && c < to)) {
      said += `${body.slice(at, comma).trimEnd()}, `;
      at = comma;
    }
    said += body.slice(at, to);
    const piece = said.trim().replace(TRAILING_LINK, '');
    if (/\w/.test(piece)) sentences.push(capital(`${piece}.`));
  }
  return sentences;
}

const LEADING_SUBORDINATE =
  /^(?:when|whenever|if|since|because|while|after|before|until|once|unless|although|though|as)\b[^,;]*$/i;
// A question word left in the statement: it asked too.
const ASKING = /\b(?:how|what|which|why)\b/i;
// Words that hand over from a statement to the question after it ("..., now has anyone", "so is it").
const HAND_OVER = /(?:[\s,;]+(?:and|so|now|but|okay|then))*[\s,;]*$/i;

/**
 * A statement with a question run on after it ("her tonsils are swollen now has anyone at home been
 * sick"): the statement, when it reads as documentation on its own and the question holds no figure
 * (its answer, not the question, is what a note documents). Undefined otherwise.
 */
export function withoutTrailingQuestion(text: string): string | undefined {
  const at = innerQuestionStart(text);
  if (at === undefined || /\d/.test(withoutOfferedNumbers(text.slice(at)))) return undefined;
  const statement = text.slice(0, at).replace(HAND_OVER, '');
  // A subordinate clause the question was the main clause of ("when he takes the ibuprofen | how
  // much does it help") says nothing alone.
  if (wordCount(statement) < MIN_WORDS || LEADING_SUBORDINATE.test(statement) || ASKING.test(statement))
    return undefined;
  const sentence = capital(`${statement}.`);
  return hasProseDefect(sentence) ? undefined : sentence;
}
