import { sentenceStarts } from '../sentence-boundary/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { asksByWording, type SentenceUnit } from './units.js';

// Shorter than this, a spoken unit is left whole.
const LONG_WORDS = 10;
const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

// A mark of punctuation; a point inside a figure ("2.68", "1.5 mg") is none.
const PUNCTUATION = /[,?!;:]|\.(?!\d)/;

/** Segments written with no punctuation at all (speech recognition that adds none). */
export function unpunctuatedSegments(segments: readonly TranscriptSegment[]): Set<number> {
  return new Set(segments.filter((s) => !PUNCTUATION.test(s.text)).map((s) => s.seq));
}

/**
 * A long unit of a segment said without punctuation ("he first noticed it when his shoes were too
 * tight he felt some burning ...") as the sentences the learned boundary model finds in it, each
 * with exact offsets into the same segment; anything else as is. A piece asks a question when its
 * wording does.
 */
export function unpunctuatedSentences(unit: SentenceUnit, unpunctuated: ReadonlySet<number>): SentenceUnit[] {
  if (!unpunctuated.has(unit.seq) || wordCount(unit.text) < LONG_WORDS) return [unit];
  const starts = sentenceStarts(unit.text);
  if (starts.length === 0) return [unit];
  const bounds = [0, ...starts, unit.text.length];
  const out: SentenceUnit[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const raw = unit.text.slice(from, bounds[i + 1] ?? unit.text.length);
    const text = raw.trim();
    if (!text) continue;
    const start = unit.start + from + (raw.length - raw.trimStart().length);
    out.push({ ...unit, start, end: start + text.length, text, isQuestion: asksByWording(text) });
  }
  return out;
}
