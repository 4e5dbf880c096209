import { memoizedInDraft } from '../offline/draft-memo.js';
import { type ActSentence, visitActFeatures } from './role-acts.js';

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

/**
 * Receives each feature as its kind and up to two words: the name is `kind`, `kind:a` or `kind:a b`
 * (roleFeatures), so the model can look weights up without building every name (inferRoles).
 */
export type RoleFeatureSink = (kind: string, a?: string, b?: string) => void;

// The kinds of a neighbour's features, named once.
const NEIGHBOUR_KINDS = {
  prev: {
    ask: 'prev:ask',
    len: 'prev:len',
    person: 'prev:person',
    first: 'prev:first',
    first2: 'prev:first2',
  },
  next: {
    ask: 'next:ask',
    len: 'next:len',
    person: 'next:person',
    first: 'next:first',
    first2: 'next:first2',
  },
} as const;

/** Features a neighbouring sentence lends: does it ask, how long is it, how it opens, who it is about. */
function neighbourFeatures(prefix: 'prev' | 'next', n: RoleNeighbour, add: RoleFeatureSink): void {
  const kind = NEIGHBOUR_KINDS[prefix];
  const ws = tokens(n.text);
  const opening = content(ws.filter((w) => w !== '?'));
  if (n.isQuestion || ws.includes('?')) add(kind.ask);
  add(kind.len, lengthBucket(ws.length));
  add(kind.person, person(ws));
  add(kind.first, opening[0] ?? '-');
  if (opening.length > 1) add(kind.first2, opening[0], opening[1]);
}

/**
 * Binary features of a sentence for the speaker-role model: its words and word pairs (with sentence
 * boundaries), how it opens, its length, whether it asks or instructs, who it talks about (I, you,
 * we), where it sits, and what its neighbours look like (a short answer follows a question). The same
 * function serves training and inference, so the committed weights mean the same thing in both.
 */
export function roleFeatures(input: RoleFeatureInput): string[] {
  const features = new Set<string>();
  visitRoleFeatures(input, (kind, a, b) =>
    features.add(a === undefined ? kind : b === undefined ? `${kind}:${a}` : `${kind}:${a} ${b}`),
  );
  return [...features];
}

/** The features of roleFeatures in the same order, each as kind and words (repeats included). */
export function visitRoleFeatures(input: RoleFeatureInput, add: RoleFeatureSink): void {
  const ws = tokens(input.text);
  const words = ws.filter((w) => w !== '?');
  add('bias');
  for (const w of words) add('w', w);
  const bounded = ['<s>', ...words, '</s>'];
  for (let i = 0; i + 1 < bounded.length; i++) add('b', bounded[i], bounded[i + 1]);
  const opening = content(words);
  if (opening.length > 0) add('first', opening[0]);
  if (opening.length > 1) add('first2', opening[0], opening[1]);
  add('len', lengthBucket(ws.length));
  if (input.isQuestion || ws.includes('?')) add('ask');
  const first = opening[0];
  if (first && INSTRUCTION_VERBS.has(first)) add('instruction');
  add('person', person(words));
  if (words.includes('<num>')) add('number');
  if (input.index < 3) add('opening', String(input.index));
  if (input.previous) neighbourFeatures('prev', input.previous, add);
  else add('prev:none');
  if (input.next) neighbourFeatures('next', input.next, add);
  else add('next:none');
  if (input.previous && (input.previous.isQuestion || /\?\s*$/.test(input.previous.text)))
    add('after-ask:len', lengthBucket(ws.length));
  visitActFeatures(
    { words, isQuestion: input.isQuestion || ws.includes('?') },
    input.previous && actSentence(input.previous),
    input.next && actSentence(input.next),
    add,
  );
}

function actSentence(n: RoleNeighbour): ActSentence {
  const ws = tokens(n.text);
  return { words: ws.filter((w) => w !== '?'), isQuestion: n.isQuestion || ws.includes('?') };
}

/** Whether a feature is one of the act classifier's (role-acts.ts) rather than the word classifier's. */
export const isActFeature = (name: string): boolean => name.startsWith('act:');

/** The features of the `i`-th sentence of a transcript, with its neighbours as context. */
export function featuresAt(sentences: readonly RoleNeighbour[], i: number): string[] {
  const input = inputAt(sentences, i);
  return input ? roleFeatures(input) : [];
}

/** visitRoleFeatures of the `i`-th sentence of a transcript, with its neighbours as context. */
export function visitFeaturesAt(sentences: readonly RoleNeighbour[], i: number, add: RoleFeatureSink): void {
  const input = inputAt(sentences, i);
  if (input) visitRoleFeatures(input, add);
}

function inputAt(sentences: readonly RoleNeighbour[], i: number): RoleFeatureInput | undefined {
  const unit = sentences[i];
  if (!unit) return undefined;
  const previous = sentences[i - 1];
  const next = sentences[i + 1];
  return {
    text: unit.text,
    isQuestion: unit.isQuestion,
    index: i,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  };
}
