import type { Evidence } from '../../shared/clinical/evidence.js';
import { assertionOf, type CompiledContextRules } from '../../shared/clinical/offline/context.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { analysedSentences } from './sentence-analysis.js';
import { contentWords, stem } from './term-words.js';

/** Where a feature was first said, and the words that said it (shown as a suggestion's evidence). */
export interface FeatureOccurrence {
  evidence: Evidence;
  words: string;
}

// Words denied, hypothetical, uncertain or about a relative are not evidence for the patient's codes.
const NOT_EVIDENCE = new Set(['negated', 'family', 'hypothetical', 'possible']);

const isContentWord = (lower: string) =>
  /^[a-z][a-z-]{2,}$/.test(lower) && contentWords(lower).length > 0 && lower !== 'no' && lower !== 'not';

/**
 * Bag-of-words features of an encounter for the learned code classifier: stems of content words
 * (`w:stem`) and of adjacent content-word pairs (`b:stem stem`), each with its first occurrence.
 * Words under a negation, family, hypothetical or uncertainty trigger (ConText) are left out.
 */
export function textFeatures(
  segments: readonly TranscriptSegment[],
  context: CompiledContextRules,
): Map<string, FeatureOccurrence> {
  const features = new Map<string, FeatureOccurrence>();
  const add = (key: string, seq: number, start: number, end: number, text: string) => {
    if (!features.has(key))
      features.set(key, { evidence: { seq, start, end }, words: text.slice(start, end) });
  };
  for (const segment of segments) {
    const text = segment.text;
    for (const { tokens, modifiers } of analysedSentences(text, context)) {
      let previous: { stem: string; start: number } | undefined;
      tokens.forEach((token, i) => {
        const usable = isContentWord(token.lower) && !NOT_EVIDENCE.has(assertionOf(i, i + 1, modifiers));
        if (!usable) {
          previous = undefined;
          return;
        }
        const s = stem(token.lower);
        add(`w:${s}`, segment.seq, token.start, token.end, text);
        if (previous) add(`b:${previous.stem} ${s}`, segment.seq, previous.start, token.end, text);
        previous = { stem: s, start: token.start };
      });
    }
  }
  return features;
}
