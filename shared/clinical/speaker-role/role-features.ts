import { memoizedInDraft } from '../offline/draft-memo.js';

/** One neighbouring sentence as the speaker-role model sees it. */
export interface RoleNeighbour {
  text: string;
  isQuestion: boolean;
}

/** What the speaker-role model sees of one sentence and its place in the conversation. */
export interface RoleFeatureInput {
  text: string;
  isQuestion: boolean;
  /** Index of the sentence in the transcript (the opening lines are mostly the clinician's). */
  index: number;
  /** The sentences just before and after, whoever said them (segment boundaries are not used). */
  previous?: RoleNeighbour;
  next?: RoleNeighbour;
}

// Each sentence is read three times (itself, and as its neighbours' neighbour): once per draft.
const tokens = memoizedInDraft(tokensOf);

function tokensOf(text: string): readonly string[] {
  return (
    text
      .toLowerCase()
      .replace(/\s+([,.?!])/g, '$1')
      .replace(/(\w)\s*n't\b/g, "$1n't")
      .replace(/\?/g, ' ? ')
      .match(/[a-z][a-z'-]*|\d+(?:\.\d+)?|\?/g) ?? []
  ).map((t) => (/^\d/.test(t) ? '<num>' : t));
}

// Instructions start with a bare verb ("Take ibuprofen...", "Weigh yourself..."): a grammatical cue
// whose weight the model learns, since single first words are too sparse on their own.
const INSTRUCTION_VERBS = new Set(
  'take wear ice weigh call come follow avoid keep rest elevate apply continue stop start return schedule drink eat try make bring watch put hold increase decrease use'.split(
    ' ',
  ),
);
const FILLERS = new Set([
  'so',
  'and',
  'okay',
  'ok',
  'now',
  'then',
  'please',
  'just',
  'well',
  'um',
  'uh',
  'alright',
]);
const FIRST_PERSON = new Set(['i', 'me', 'my', "i'm", "i've", "i'd", "i'll", 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'd", "you'll", 'yours', 'yourself']);
const INCLUSIVE = new Set(['we', "we'll", "we're", "let's", 'us', 'our']);

function lengthBucket(n: number): string {
  if (n <= 1) return '1';
  if (n <= 3) return '2-3';
  if (n <= 7) return '4-7';
  if (n <= 15) return '8-15';
  return '16+';
}

function content(ws: readonly string[]): string[] {
  const i = ws.findIndex((w) => !FILLERS.has(w));
  return i < 0 ? [] : ws.slice(i);
}

/** Who a sentence talks about: first person only, second only, both, we, or none of them. */
function person(ws: readonly string[]): string {
  const first = ws.some((w) => FIRST_PERSON.has(w));
  const second = ws.some((w) => SECOND_PERSON.has(w));
  if (first && second) return 'both';
  if (first) return 'i';
  if (second) return 'you';
  return ws.some((w) => INCLUSIVE.has(w)) ? 'we' : 'none';
}

/** Features a neighbouring sentence lends: does it ask, how long is it, how it opens, who it is about. */
function neighbourFeatures(prefix: string, n: RoleNeighbour, into: Set<string>): void {
  const ws = tokens(n.text);
  const opening = content(ws.filter((w) => w !== '?'));
  if (n.isQuestion || ws.includes('?')) into.add(`${prefix}:ask`);
  into.add(`${prefix}:len:${lengthBucket(ws.length)}`);
  into.add(`${prefix}:person:${person(ws)}`);
  into.add(`${prefix}:first:${opening[0] ?? '-'}`);
  if (opening.length > 1) into.add(`${prefix}:first2:${opening[0]} ${opening[1]}`);
}

/**
 * Binary features of a sentence for the speaker-role model: its words and word pairs (with sentence
 * boundaries), how it opens, its length, whether it asks or instructs, who it talks about (I, you,
 * we), where it sits, and what its neighbours look like (a short answer follows a question). The same
 * function serves training and inference, so the committed weights mean the same thing in both.
 */
export function roleFeatures(input: RoleFeatureInput): string[] {
  const ws = tokens(input.text);
  const words = ws.filter((w) => w !== '?');
  const features = new Set<string>(['bias']);
  for (const w of words) features.add(`w:${w}`);
  const bounded = ['<s>', ...words, '</s>'];
  for (let i = 0; i + 1 < bounded.length; i++) features.add(`b:${bounded[i]} ${bounded[i + 1]}`);
  const opening = content(words);
  if (opening.length > 0) features.add(`first:${opening[0]}`);
  if (opening.length > 1) features.add(`first2:${opening[0]} ${opening[1]}`);
  features.add(`len:${lengthBucket(ws.length)}`);
  if (input.isQuestion || ws.includes('?')) features.add('ask');
  const first = opening[0];
  if (first && INSTRUCTION_VERBS.has(first)) features.add('instruction');
  features.add(`person:${person(words)}`);
  if (words.includes('<num>')) features.add('number');
  if (input.index < 3) features.add(`opening:${input.index}`);
  if (input.previous) neighbourFeatures('prev', input.previous, features);
  else features.add('prev:none');
  if (input.next) neighbourFeatures('next', input.next, features);
  else features.add('next:none');
  if (input.previous && (input.previous.isQuestion || /\?\s*$/.test(input.previous.text)))
    features.add(`after-ask:len:${lengthBucket(ws.length)}`);
  return [...features];
}

/** The features of the `i`-th sentence of a transcript, with its neighbours as context. */
export function featuresAt(sentences: readonly RoleNeighbour[], i: number): string[] {
  const unit = sentences[i];
  if (!unit) return [];
  const previous = sentences[i - 1];
  const next = sentences[i + 1];
  return roleFeatures({
    text: unit.text,
    isQuestion: unit.isQuestion,
    index: i,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  });
}
