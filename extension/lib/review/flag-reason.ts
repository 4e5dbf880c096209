import type { NoteSentence } from '../../../shared/clinical/note.js';

/**
 * Why a sentence must be checked before signing, in a few words for the marker in the note body:
 * `undefined` when nothing is to be checked. The full reason stays in the sentence's evidence panel.
 */
export function flagReason(sentence: Pick<NoteSentence, 'support' | 'review'>): string | undefined {
  if (sentence.review) {
    // "Still worded as conversation (filler): reword before signing." → "worded as conversation (filler)"
    const head = sentence.review.split(':')[0] ?? sentence.review;
    return head.replace(/^still\s+/i, '').replace(/[.\s]+$/, '') || 'wording';
  }
  if (sentence.support === 'unsupported') return 'not in the transcript';
  return undefined;
}
