import { describe, expect, it } from 'vitest';
import { withDraftMemo } from './draft-memo.js';
import { splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits ACI-Bench tokenised text and keeps exact offsets', () => {
    const t = 'hi , martha . how are you ? i have had a cough for three days .';
    const spans = splitSentences(t);
    expect(texts(t)).toEqual(['hi , martha', 'how are you', 'i have had a cough for three days']);
    expect(spans.map((s) => s.terminator)).toEqual(['.', '?', '.']);
    for (const s of spans) expect(t.slice(s.start, s.end)).not.toMatch(/^\s|\s$/);
  });

  it('does not split decimals or abbreviations', () => {
    expect(texts('Temp was 98.6 today. Dr. Smith saw her.')).toEqual([
      'Temp was 98.6 today',
      'Dr. Smith saw her',
    ]);
  });

  it('drops leading punctuation and empty pieces', () => {
    expect(texts('. , okay . ?')).toEqual(['okay']);
  });

  it('cuts unpunctuated run-on ASR turns at discourse markers', () => {
    const t =
      'yeah i was walking up and down the stairs i was doing my laundry and i slipped and i tried to catch myself and i put my arms out so then all of a sudden my wrist started to hurt real bad and it got real swollen and i could not move it at all and then i went home and put ice on it';
    const pieces = texts(t);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(' ')).toBe(t);
  });
});

describe('splitSentences inside a draft', () => {
  it('splits a text once per draft (the same spans come back), and afresh outside one', () => {
    const t = 'The ankle swelled after the fall. Can you put weight on it? Only a little.';
    const outside = splitSentences(t);
    expect(splitSentences(t)).not.toBe(outside);
    withDraftMemo(() => {
      const first = splitSentences(t);
      expect(splitSentences(t)).toBe(first);
      expect(first).toEqual(outside);
    });
  });
});
