import { replacingInTurn } from './rule-gate.js';

/**
 * Repeats and pauses that speech recognition writes around a contraction or a verb, which the general
 * stutter rule (clean-speech.ts) cannot see: a word said twice before a contraction's tail written
 * apart ("i do do n't hear any crackles", "i'm gon gon na order"), the tail said twice ("i do n't n't
 * believe"), a recogniser's "do don't", and "like" as a pause between an auxiliary and its verb ("i
 * can like appreciate an effusion", "i might like recommend") or after "any"/"some"/"no" ("any like
 * murmur"), a filler said twice, and "mm-hmm"/"uh-huh" taken whole. Each is what the speaker meant
 * said once; nothing else of the sentence changes.
 */
const CLINICAL_VERBS =
  'appreciate|hear|see|feel|notice|note|find|recommend|prescribe|order|get|start|give|send|refer|try|increase|decrease|continue|stop|check|think|want|need|put|take|schedule|switch|change|add|do|have|go';

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Mm-hmm" and "uh-huh" whole: taken a piece at a time they leave "-" or "-huh" behind.
  [/(?<![\w-])(?:mm-hmm|mhm|uh-huh)(?![\w-])[,.!]?/gi, ''],
  // A filler word said twice ("i mean mean your levels", "you know know"): the filler, once.
  [/\b(mean|know|like|um|uh|okay|yeah)(?:\s+\1\b)+/gi, '$1'],
  // A hesitation inside a contraction written apart ("i wan um na get an x-ray").
  [/\b(gon|wan|got)\s+(?:um+|uh+)\s+(na|ta)\b/gi, '$1 $2'],
  [/\b([a-z]+)(?:\s+\1)+\s+(n't|na|ta)\b/gi, '$1 $2'],
  [/\b(n't|na|ta)(?:\s+\1\b)+/gi, '$1'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should)\s+(\1n't)\b/gi, '$2'],
  [
    new RegExp(
      String.raw`\b(can|could|do|does|did|might|may|will|must|to)\s+like\s+(?=(?:${CLINICAL_VERBS})\b)`,
      'gi',
    ),
    '$1 ',
  ],
  [/\b(any|some|no)\s+like\s+(?=[a-z])/gi, '$1 '],
];

// Each rule only run on a sentence with the words it needs (rule-gate.ts).
const RULES_IN_TURN = replacingInTurn(RULES);

// The words every rule needs; a sentence with none of them is returned at once.
const NEEDS = /n't|\b(?:na|ta|like|mm-hmm|mhm|uh-huh|mean|know|um|uh|okay|yeah)\b/i;

/** The sentence with a recogniser's repeats and pauses around contractions and verbs said once. */
export function withoutAsrDisfluency(text: string): string {
  if (!NEEDS.test(text)) return text;
  return RULES_IN_TURN(text);
}
