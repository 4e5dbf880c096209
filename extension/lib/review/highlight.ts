import type { Evidence } from '../../../shared/clinical/evidence.js';

export interface TextPart {
  text: string;
  highlighted: boolean;
}

/** Cuts a segment's text into plain and highlighted parts for the evidence ranges of that segment. */
export function highlightParts(text: string, seq: number, evidence: readonly Evidence[]): TextPart[] {
  const ranges = evidence
    .filter((e) => e.seq === seq)
    .map(
      (e) =>
        [Math.max(0, Math.min(e.start, text.length)), Math.max(0, Math.min(e.end, text.length))] as const,
    )
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) parts.push({ text: text.slice(cursor, from), highlighted: false });
    parts.push({ text: text.slice(from, end), highlighted: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), highlighted: false });
  return parts;
}
