import { toSentenceUnits } from '../../../shared/clinical/offline/units.js';
import type { Speaker, TranscriptSegment } from '../../../shared/clinical/transcript.js';

const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];

/**
 * Who said each sentence of an ASR transcript, taken from the human transcript of the same visit: the
 * words are aligned (longest common subsequence) and each ASR sentence gets the speaker most of its
 * aligned words have in the human transcript. For ASR variants whose own tags cannot be trusted
 * (VirtScribe raw ASR tags alternate by turn whoever speaks). Sentences in toSentenceUnits order.
 */
export function rolesFromHumanTranscript(
  asr: readonly TranscriptSegment[],
  human: readonly TranscriptSegment[],
): Speaker[] {
  const humanWords = toSentenceUnits(human).flatMap((u) =>
    words(u.text).map((w) => ({ w, speaker: u.speaker })),
  );
  const units = toSentenceUnits(asr).map((u) => words(u.text));
  const asrWords = units.flat();
  const n = asrWords.length;
  const m = humanWords.length;
  // LCS table, one row per ASR word (lengths fit 16 bits for a visit of a few thousand words).
  const table = new Uint16Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i * (m + 1) + j] =
        asrWords[i] === humanWords[j]?.w ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const speakerOf: Array<Speaker | undefined> = new Array(n).fill(undefined);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (asrWords[i] === humanWords[j]?.w) {
      speakerOf[i] = humanWords[j]?.speaker;
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  let word = 0;
  return units.map((ws) => {
    const votes = new Map<Speaker, number>();
    for (let k = 0; k < ws.length; k++, word++) {
      const s = speakerOf[word];
      if (s) votes.set(s, (votes.get(s) ?? 0) + 1);
    }
    return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unknown';
  });
}
