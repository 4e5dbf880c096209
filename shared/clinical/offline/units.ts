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
        speaker: seg.speaker,
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

/** The patient's pronoun from how the clinician describes them ("a 50-year-old female"), else neutral. */
export function detectPronoun(segments: readonly TranscriptSegment[]): Pronoun {
  let female = 0;
  let male = 0;
  for (const seg of segments) {
    const t = seg.text.toLowerCase();
    if (/\b(year[- ]old|yo) (female|woman|lady|girl)\b|\b(mrs|ms|miss)\b\.?/.test(t)) female += 3;
    if (/\b(year[- ]old|yo) (male|man|gentleman|boy)\b|\bmr\b\.?/.test(t)) male += 3;
    if (
      /\b(she|her|woman|lady|female|mother|mom|pregnan\w*|menstrua\w*|period|ovar\w*|uter\w*|mammogram|pap smear)\b/.test(
        t,
      ) &&
      seg.speaker !== 'patient'
    )
      female += 1;
    if (/\b(he|his|him|man|male|gentleman|prostate|testicular)\b/.test(t) && seg.speaker !== 'patient')
      male += 1;
    // Words only one sex uses about their own body or partner in these conversations.
    if (seg.speaker === 'patient' && /\b(my husband|my period|pregnant|my boyfriend)\b/.test(t)) female += 1;
    if (seg.speaker === 'patient' && /\b(my wife|my prostate|my girlfriend)\b/.test(t)) male += 1;
  }
  if (female >= 2 && female > male * 1.5) return 'she';
  if (male >= 2 && male > female * 1.5) return 'he';
  return 'they';
}
