import { describe, expect, it } from 'vitest';
import { toSentenceUnits } from '../offline/units.js';
import type { TranscriptSegment } from '../transcript.js';
import { roleUnits } from './role-units.js';

const segment = (seq: number, text: string): TranscriptSegment => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text,
});

describe('roleUnits', () => {
  it('cuts a long run-on written without punctuation into sentences, each an exact range of its segment', () => {
    // A telehealth heart-failure check written as speech recognition without punctuation gives it.
    const said =
      'how many pillows are you sleeping on now i need three pillows most nights and my ankles are swollen by the evening';
    const units = roleUnits([segment(0, said)]);
    expect(toSentenceUnits([segment(0, said)])).toHaveLength(1);
    expect(units.length).toBeGreaterThan(1);
    for (const u of units) {
      expect(u.seq).toBe(0);
      expect(said.slice(u.start, u.end)).toBe(u.text);
    }
    expect(units.map((u) => u.text).join(' ')).toBe(said);
  });

  it('leaves punctuated segments as their sentences', () => {
    const segments = [
      segment(0, 'Has he been pulling at his ear? Any fever at night?'),
      segment(1, 'He had 38.5 on Tuesday, and he is not eating much.'),
    ];
    expect(roleUnits(segments)).toEqual(toSentenceUnits(segments));
  });
});
