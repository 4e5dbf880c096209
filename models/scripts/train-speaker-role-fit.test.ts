import { describe, expect, it } from 'vitest';
import { CLASSIFIER, type Dialogue, fitClassifier, fitModel } from './train-speaker-role.js';

type Role = 'clinician' | 'patient' | 'other';

/** A synthetic dialogue: one sentence per entry, `[role, turn number, features]`. */
function dialogue(source: string, sentences: Array<[Role, number, string[]]>): Dialogue {
  const d: Dialogue = sentences.map(([role, seq, features]) => ({
    seq,
    text: '',
    isQuestion: false,
    role,
    features,
  }));
  d.source = source;
  d.group = source;
  return d;
}

describe('fitModel transitions', () => {
  it('weighs each source the same, so a large source of short turns does not set them alone', () => {
    // Forty short alternating exchanges (one sentence a turn) against one visit in which the
    // clinician examines, explains and plans in a row, each sentence its own segment.
    const alternating = Array.from({ length: 40 }, () =>
      dialogue('short-turns', [
        ['clinician', 0, ['bias']],
        ['patient', 1, ['bias']],
        ['clinician', 2, ['bias']],
        ['patient', 3, ['bias']],
      ]),
    );
    const runs = dialogue('long-runs', [
      ['clinician', 0, ['bias']],
      ['clinician', 1, ['bias']],
      ['clinician', 2, ['bias']],
      ['clinician', 3, ['bias']],
      ['patient', 4, ['bias']],
      ['clinician', 5, ['bias']],
      ['clinician', 6, ['bias']],
      ['clinician', 7, ['bias']],
    ]);
    const model = fitModel([...alternating, runs], { bias: [0, 0, 0] }, 1);
    // Turn share 0.05: mostly the sentence-to-sentence transition; clinician to clinician.
    const stay = Math.exp((model.logNextSegment[0]?.[0]?.[0] ?? 0) / 100);
    // Pooled, the 120 alternations would swamp the 5 clinician runs (under 0.1); averaged by
    // source it is near the mean of 0 and 5/6 (with one pseudo-count per cell).
    expect(stay).toBeGreaterThan(0.3);
    expect(stay).toBeLessThan(0.5);
  });
});

describe('fitClassifier lexical dropout', () => {
  it('lets how a sentence is said carry weight that its words would otherwise take', () => {
    // Two cues that always agree: a word (w:) and a structural feature (cue:); with the word hidden
    // half the time, the structural feature must carry the role on its own.
    const sentences: Array<[Role, number, string[]]> = [];
    for (let i = 0; i < 60; i++)
      sentences.push(
        i % 2 === 0
          ? ['clinician', i, ['bias', 'w:examine', 'cue:exam-announce']]
          : ['patient', i, ['bias', 'w:sore', 'person:i']],
      );
    const data = [dialogue('s', sentences)];
    const options = { ...CLASSIFIER, minCount: 1, minWeight: 0 };
    const margin = (f: Record<string, readonly number[]>, name: string) =>
      (f[name]?.[0] ?? 0) - (f[name]?.[1] ?? 0);
    const plain = fitClassifier(data, { ...options, lexicalDropout: 0 });
    const dropped = fitClassifier(data, { ...options, lexicalDropout: 0.5 });
    expect(margin(dropped, 'cue:exam-announce')).toBeGreaterThan(margin(plain, 'cue:exam-announce'));
    expect(margin(dropped, 'w:examine')).toBeLessThan(margin(plain, 'w:examine'));
  });
});
