import type { Speaker, TranscriptSegment } from '../transcript.js';
import type { Pronoun } from './person.js';
import { splitSentences } from './sentences.js';

/** One spoken sentence: where it is (segment seq + range) and who said it. */
export interface SentenceUnit {
  seq: number;
  start: number;
  end: number;
  speaker: Speaker;
  text: string;
  isQuestion: boolean;
  /** For a speaker inferred from the wording (the segment said `unknown`): the model's confidence. */
  roleConfidence?: number;
}

const QUESTION_START =
  /^(?:so |and |okay |now )*(do|does|did|are|is|was|were|have|has|had|any|can|could|would|will|what|when|where|how|which|who|why)\b/i;

// Requests for information are questions even without a question mark.
const REQUEST =
  /^(?:so |and |okay |now |well )*(tell me|can you tell|describe|walk me through|let me ask|any other)\b/i;

/** A sentence said without a question mark that asks by its wording ("do you smoke", "tell me about"). */
export function asksByWording(text: string): boolean {
  return QUESTION_START.test(text) || REQUEST.test(text);
}

/** Split every segment into sentence units in transcript order. */
export function toSentenceUnits(segments: readonly TranscriptSegment[]): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  const ordered = [...segments].sort((a, b) => a.seq - b.seq);
  for (const seg of ordered) {
    for (const span of splitSentences(seg.text)) {
      const text = seg.text.slice(span.start, span.end);
      units.push({
        seq: seg.seq,
        start: span.start,
        end: span.end,
        // A clinician's correction wins over the recorded label and over the model's guess.
        speaker: seg.correctedRole ?? seg.speaker,
        text,
        isQuestion:
          span.terminator === '?' ||
          (span.terminator === '' && QUESTION_START.test(text)) ||
          REQUEST.test(text),
      });
    }
  }
  return units;
}

/** Sex as recorded on the encounter (never inferred from the conversation). */
export type RecordedSex = 'female' | 'male' | 'other' | 'unknown';

/** How the note refers to the patient: from the recorded sex only, else "the patient". */
export function pronounFor(sex: RecordedSex | undefined): Pronoun {
  if (sex === 'female') return 'she';
  if (sex === 'male') return 'he';
  return 'they';
}
