import { describe, expect, it } from 'vitest';
import {
  reranked,
  VISIT_RANKING_FEATURES,
  type VisitCandidate,
  type VisitRankingModel,
  visitRankingModel,
  visitRankingRows,
} from './visit-ranking.js';

const candidate = (over: Partial<VisitCandidate> & Pick<VisitCandidate, 'code'>): VisitCandidate => ({
  title: over.code,
  confidence: 0.3,
  stated: false,
  assessed: false,
  supports: [{ position: 0, learnedOnly: false }],
  seqs: [1],
  phrases: [],
  similarity: 0,
  neighbourVote: 0,
  aboveFloor: true,
  ...over,
});

const feature = (row: readonly number[] | undefined, name: (typeof VISIT_RANKING_FEATURES)[number]) =>
  row?.[VISIT_RANKING_FEATURES.indexOf(name)];

describe('visit ranking features', () => {
  it('marks a symptom said beside a diagnosis the clinician stated, not the diagnosis itself', () => {
    const rows = visitRankingRows(
      [
        candidate({ code: 'I5032', title: 'Chronic diastolic (congestive) heart failure', stated: true }),
        candidate({ code: 'R0602', title: 'Shortness of breath' }),
      ],
      { statedAny: true, segments: 20 },
    );
    expect(feature(rows[0], 'symptom_beside_stated_diagnosis')).toBe(0);
    expect(feature(rows[1], 'symptom_beside_stated_diagnosis')).toBe(1);
    expect(feature(rows[1], 'said_elsewhere_beside_stated')).toBe(1);
  });

  it('counts the turns a problem is said in and where in the visit it was said last', () => {
    const [row] = visitRankingRows([candidate({ code: 'F411', seqs: [2, 2, 9, 18] })], {
      statedAny: false,
      segments: 20,
    });
    expect(feature(row, 'log_turns')).toBeCloseTo(Math.log(4));
    expect(feature(row, 'first_said')).toBeCloseTo(0.1);
    expect(feature(row, 'last_said')).toBeCloseTo(0.9);
  });

  it('tells a code the words name from one only a learned profile proposes', () => {
    const rows = visitRankingRows(
      [candidate({ code: 'S93401A' }), candidate({ code: 'M25571', supports: [], similarity: 0.4 })],
      { statedAny: false, segments: 10 },
    );
    expect(feature(rows[0], 'profile_only')).toBe(0);
    expect(feature(rows[0], 'best_for_mention')).toBe(1);
    expect(feature(rows[1], 'profile_only')).toBe(1);
    expect(feature(rows[1], 'gap_to_best')).toBeCloseTo(0);
  });
});

describe('reranked (the committed visit model)', () => {
  it('puts the heart failure the clinician assessed above a headache mentioned once in passing', () => {
    // The raw blend (fitted on hospital reports) likes the headache better.
    const visit = [
      candidate({
        code: 'R519',
        title: 'Headache, unspecified',
        confidence: 0.8,
        seqs: [1],
        supports: [{ position: 0, learnedOnly: false }],
      }),
      candidate({
        code: 'I509',
        title: 'Heart failure, unspecified',
        confidence: 0.7,
        stated: true,
        assessed: true,
        seqs: [4, 15, 16],
        supports: [
          { position: 0, learnedOnly: false },
          { position: 0, learnedOnly: false },
        ],
      }),
    ];
    const ranked = reranked(visit, { statedAny: true, segments: 18 });
    expect(ranked.map((c) => c.code)).toEqual(['I509', 'R519']);
    expect(ranked[0]?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(ranked[1]?.confidence).toBeLessThan(0.5);
  });

  it('does not show a learned guess the visit never said beside the sprain the clinician named', () => {
    const ranked = reranked(
      [
        candidate({
          code: 'M7989',
          title: 'Other specified soft tissue disorders',
          confidence: 0.55,
          supports: [],
          similarity: 0.1,
        }),
        candidate({
          code: 'S93402A',
          title: 'Sprain of unspecified ligament of left ankle, initial encounter',
          confidence: 0.4,
          stated: true,
          assessed: true,
          seqs: [3, 12],
        }),
      ],
      { statedAny: true, segments: 14 },
    );
    expect(ranked[0]?.code).toBe('S93402A');
    expect(ranked.find((c) => c.code === 'M7989')?.confidence ?? 1).toBeLessThan(0.5);
  });

  it('keeps every field of a candidate and only changes its confidence and place', () => {
    const model: VisitRankingModel = {
      trainedOn: 'test',
      features: [...VISIT_RANKING_FEATURES],
      weights: VISIT_RANKING_FEATURES.map((f) => (f === 'stated' ? 3 : 0)),
      bias: -1,
    };
    const ranked = reranked(
      [
        { ...candidate({ code: 'F321' }), note: 'kept' },
        { ...candidate({ code: 'F411', stated: true }), note: 'kept too' },
      ],
      { statedAny: true, segments: 5 },
      model,
    );
    expect(ranked.map((c) => [c.code, c.note])).toEqual([
      ['F411', 'kept too'],
      ['F321', 'kept'],
    ]);
    expect(ranked[0]?.confidence).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });

  it('loads committed weights for exactly its features', () => {
    expect(visitRankingModel().weights).toHaveLength(VISIT_RANKING_FEATURES.length);
  });
});
