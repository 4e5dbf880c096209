/** What the speaker-role model sees of one sentence and its place in the conversation. */
export interface RoleFeatureInput {
  text: string;
  /** The previous sentence of the transcript was a question and belongs to another segment. */
  afterQuestionInOtherSegment: boolean;
  /** Index of the sentence in the transcript (the opening lines are mostly the clinician's). */
  index: number;
}

function tokens(text: string): string[] {
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

function lengthBucket(n: number): string {
  if (n <= 1) return '1';
  if (n <= 3) return '2-3';
  if (n <= 7) return '4-7';
  if (n <= 15) return '8-15';
  return '16+';
}

/**
 * Binary features of a sentence for the speaker-role model: words, word pairs (with sentence
 * boundaries), its length, whether it asks, and where it sits. The same function serves training
 * and inference, so the committed weights mean the same thing in both.
 */
export function roleFeatures(input: RoleFeatureInput): string[] {
  const ws = tokens(input.text);
  const features = new Set<string>();
  for (const w of ws) features.add(`w:${w}`);
  const bounded = ['<s>', ...ws.filter((w) => w !== '?'), '</s>'];
  for (let i = 0; i + 1 < bounded.length; i++) features.add(`b:${bounded[i]} ${bounded[i + 1]}`);
  features.add(`len:${lengthBucket(ws.length)}`);
  if (ws.includes('?') || /\?\s*$/.test(input.text)) features.add('ask');
  if (input.afterQuestionInOtherSegment) features.add('after-question');
  const first = ws.find((w) => !['so', 'and', 'okay', 'now', 'then', 'please', 'just'].includes(w));
  if (first && INSTRUCTION_VERBS.has(first)) features.add('instruction');
  if (ws.includes('your') && !ws.includes('my') && !ws.includes('i')) features.add('about-you');
  if (input.index < 3) features.add(`opening:${input.index}`);
  return [...features];
}
