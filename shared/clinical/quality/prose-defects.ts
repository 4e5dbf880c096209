/**
 * Conversation left in documentation prose: the things a physician would have to strike out of a
 * drafted sentence before signing it. Used by the offline drafter (to flag a sentence it could not
 * rewrite cleanly) and by the notes evaluation (share of sentences with a defect).
 */
export type ProseDefect =
  | 'second-person'
  | 'filler'
  | 'truncated-word'
  | 'question'
  | 'device-talk'
  | 'exam-narration';

const CHECKS: Array<[ProseDefect, RegExp]> = [
  ['second-person', /\b(you|your|yours|yourself|you'(re|ve|ll|d)|y'all)\b/i],
  [
    'filler',
    /\b(um+|uh+|uhm|hmm+|mm-?hmm|uh-huh|okay|ok|all right|alright|you know|kinda|sorta|gonna|wanna|gotta|yeah|yep|yup|nope|gotcha|i mean)\b/i,
  ],
  // A word cut off mid-speech ("In t-, for his", "n- no"), not a hyphenated compound or a range.
  ['truncated-word', /(^|[\s(])[a-z]{1,3}-(?=[\s,.;:]|$)/i],
  [
    'question',
    /\?|^(do|does|did|are|is|was|were|have|has|can|could|would|will|what|when|where|how|why|any)\b[^.]*\b(you|your)\b/i,
  ],
  ['device-talk', /\b(hey,? dragon|dragon|dax|end (of )?(the )?recording|scribe,|new paragraph)\b/i],
  [
    'exam-narration',
    /(^here is the\b|\b(let's|let us|let me|here's|going to (listen|look|take a look|examine|check|feel|press|push)|take a listen|what i (find|see|hear|feel)|i('m| am) (going to|gonna) (listen|examine|look)|(listen|look) (to|at) (your|his|her|the patient's) ))/i,
  ],
];

/** The kinds of conversation left in a drafted sentence; empty when it reads as documentation. */
export function proseDefects(sentence: string): ProseDefect[] {
  const text = sentence.trim();
  if (!text) return [];
  return CHECKS.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}
