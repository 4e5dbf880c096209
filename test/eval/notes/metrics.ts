import type { NoteContent } from '../../../shared/clinical/note.js';
import { contentWords } from '../../../shared/clinical/offline/classify.js';
import { cleanSpeech } from '../../../shared/clinical/offline/clean-speech.js';
import { REWRITE_VOCABULARY } from '../../../shared/clinical/offline/rewrite.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { rougeTokens } from './rouge.js';

// Inflections the rewriter introduces ("i take" → "she takes") still count as supported.
function variants(word: string): string[] {
  return [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
}

/** Words of a transcript passage, as spoken and as the drafter normalises them (digits, units). */
function supportWords(text: string): Set<string> {
  return new Set([...rougeTokens(text), ...rougeTokens(cleanSpeech(text))]);
}

function claimWords(sentence: string): string[] {
  return contentWords(sentence).filter((w) => !REWRITE_VOCABULARY.has(w));
}

/**
 * Share of draft sentences with a content word found neither in their own evidence
 * (`byEvidence`) nor anywhere in the transcript (`byTranscript`).
 */
export function unsupportedShare(
  content: NoteContent,
  segments: readonly TranscriptSegment[],
): { byEvidence: number; byTranscript: number; sentences: number } {
  const bySeq = new Map(segments.map((s) => [s.seq, s.text]));
  const transcriptWords = supportWords(segments.map((s) => s.text).join(' '));
  let sentences = 0;
  let badEvidence = 0;
  let badTranscript = 0;
  for (const section of content.sections) {
    for (const s of section.sentences) {
      sentences++;
      const evidenceText = s.evidence.map((e) => bySeq.get(e.seq)?.slice(e.start, e.end) ?? '').join(' ');
      const own = supportWords(evidenceText);
      const claims = claimWords(s.text);
      if (claims.some((w) => !variants(w).some((v) => own.has(v)))) badEvidence++;
      if (claims.some((w) => !variants(w).some((v) => transcriptWords.has(v)))) badTranscript++;
    }
  }
  return {
    byEvidence: sentences ? badEvidence / sentences : 0,
    byTranscript: sentences ? badTranscript / sentences : 0,
    sentences,
  };
}

/** Distinct numbers in a text ("120/80" gives 120 and 80). */
export function numbersIn(text: string): Set<string> {
  return new Set(text.match(/\d+(?:\.\d+)?/g) ?? []);
}

/** Distinct known drug names in a text. */
export function drugsIn(text: string, drugNames: ReadonlySet<string>): Set<string> {
  return new Set(rougeTokens(text).filter((w) => drugNames.has(w)));
}

/** Recall of `reference` items found in `candidate`, as [found, total]. */
export function recallCounts(reference: Set<string>, candidate: Set<string>): [number, number] {
  let found = 0;
  for (const x of reference) if (candidate.has(x)) found++;
  return [found, reference.size];
}
