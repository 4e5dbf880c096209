import type { TranscriptSegment } from '../transcript.js';
import type { SentenceUnit } from './units.js';

// A sentence that stops on a word needing more after it ("... and it does show", "the scan showed",
// "she was started on the"): a recorder's segment ended at a pause mid-clause.
const NEEDS_MORE =
  /\b(?:(?:does|did|do|will|would|can|could|should|may|might|to)\s+(?:not\s+)?(?:show|find|reveal|demonstrate|have|need|get|take|give|include|see|tell|feel|notice|confirm)|shows|showed|revealed|reveals|demonstrates|demonstrated|includes|included|consistent with|positive for|negative for|significant for|started on|switched to|increased to|decreased to|the|a|an|and|or|but|because|of|with|his|her|their|your|my)\s*[.!?]?$/i;
// What opens a sentence of its own rather than carrying on the one before ("okay", "so", "any ...",
// "do you ...", "yes").
const OWN_START =
  /^(?:okay|ok|alright|all right|so|and so|um|uh|yeah|yes|yep|no|nope|right|well|now|thanks|thank you|do|does|did|is|are|was|were|have|has|can|could|would|will|what|when|where|how|why|which|who|any|i|we|you|she|he|they|it's|there's|let's)\b/i;

/** Whether a drafted sentence still stops where the recording cut it ("... and it does show."). */
export function endsMidClause(text: string): boolean {
  return NEEDS_MORE.test(text.trim());
}

/** Where a segment's last sentence ends: its text without the closing marks and spaces. */
const lastSentenceEnd = (text: string) => text.replace(/[\s.?!,;:-]+$/, '').length;

/**
 * Sentences a recorder's segment cut off mid-clause at its end, keyed by `seq:end`, with what the
 * reviewer is told: that it goes on in the next segment (said by the same speaker, not opening a
 * sentence of its own), or that it was cut off. A drafted sentence built from one that still ends
 * where the cut was (endsMidClause) is flagged, never shipped as though complete.
 */
export function cutOffSentences(
  units: readonly SentenceUnit[],
  segments: readonly TranscriptSegment[],
): Map<string, string> {
  const ordered = [...segments].sort((a, b) => a.seq - b.seq);
  const out = new Map<string, string>();
  ordered.forEach((seg, i) => {
    const end = lastSentenceEnd(seg.text);
    const last = units.find((u) => u.seq === seg.seq && u.end === end);
    if (!last || last.isQuestion || !endsMidClause(last.text)) return;
    const next = ordered[i + 1];
    const following = next && units.find((u) => u.seq === next.seq);
    const continues =
      following !== undefined && following.speaker === last.speaker && !OWN_START.test(following.text.trim());
    out.set(
      `${last.seq}:${last.end}`,
      continues
        ? 'Cut off at a pause in the recording and goes on in the next segment: complete it before signing.'
        : 'Cut off mid-sentence in the recording: complete or remove it before signing.',
    );
  });
  return out;
}
