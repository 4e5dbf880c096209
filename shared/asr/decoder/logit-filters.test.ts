import { WhisperTimeStampLogitsProcessor } from '@huggingface/transformers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTimestampRules, type TimestampRuleTokens } from './logit-filters.js';

// A crafted vocabulary: text 0–9, EOT 10, SOT 11, <|notimestamps|> 12, timestamps 13–22 (<|0.00|>…<|0.18|>).
const EOT = 10;
const SOT = 11;
const NO_TS = 12;
const TS = 13;
const VOCAB = 23;
const ts = (i: number) => TS + i;
const rules: TimestampRuleTokens = {
  eotId: EOT,
  noTimestampsId: NO_TS,
  timestampBeginId: TS,
  maxInitialTimestampIndex: 2,
};

/** Ids still allowed after the rules. */
function allowed(logits: number[], sampled: number[], r = rules): number[] {
  const row = Float32Array.from(logits);
  applyTimestampRules(row, sampled, r);
  return [...row.keys()].filter((i) => row[i] !== Number.NEGATIVE_INFINITY);
}
const flat = (v = 0) => new Array<number>(VOCAB).fill(v);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('applyTimestampRules (OpenAI ApplyTimestampRules)', () => {
  it('starts a window with a timestamp no later than max_initial_timestamp_index', () => {
    expect(allowed(flat(), [])).toEqual([ts(0), ts(1), ts(2)]);
    expect(allowed(flat(), [], { ...rules, maxInitialTimestampIndex: undefined })).toEqual(range(TS, VOCAB));
  });

  it('never allows <|notimestamps|>', () => {
    const logits = flat();
    logits[NO_TS] = 50;
    expect(allowed(logits, [ts(0), 3])).not.toContain(NO_TS);
  });

  it('closes an open timestamp pair: after text then a timestamp, only a timestamp or EOT', () => {
    const logits = flat(-5);
    logits[4] = 10; // the model wants text, but the open pair must be closed first
    logits[EOT] = 9; // EOT outweighs the timestamps, so the mass rule does not hide it
    const out = allowed(logits, [ts(0), 4, 5, ts(3)]);
    expect(out.filter((id) => id < EOT)).toEqual([]);
    expect(out).toContain(EOT);
    expect(out).toContain(ts(3)); // an open pair may end at the same time it started text
  });

  it('after a closed pair (two timestamps), text must follow', () => {
    const out = allowed(flat(), [ts(0), 4, ts(2), ts(2)]);
    expect(out.filter((id) => id >= TS)).toEqual([]);
    expect(out).toContain(4);
  });

  it('keeps timestamps non-decreasing and segments non-empty', () => {
    const logits = flat(-5);
    logits[4] = 10; // text dominates so the mass rule stays out of the way
    const out = allowed(logits, [ts(0), 4, ts(3), ts(3), 5]);
    expect(out.filter((id) => id >= TS)).toEqual(range(ts(4), VOCAB)); // strictly after the last one
  });

  it('forces a timestamp when the timestamps together outweigh every text token', () => {
    const logits = flat(0);
    logits[4] = 1.5; // the best text token, but ten timestamps at 0 sum to more (log 10 ≈ 2.3)
    expect(allowed(logits, [ts(0), 4]).every((id) => id >= TS)).toBe(true);
    logits[4] = 3; // now the text token wins: nothing is forced
    expect(allowed(logits, [ts(0), 4])).toContain(4);
  });
});

describe('applyTimestampRules agrees with transformers.js where the two implement the same rules', () => {
  // transformers.js skips max_initial_timestamp and the non-decreasing rule; these histories avoid both.
  const histories = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 }), // text only
    fc
      .tuple(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }), fc.integer({ min: 0, max: 9 }))
      .map(([text, t]) => [ts(0), ...text, 5, ts(t), ts(t)]), // a closed pair: no timestamp may follow
  );
  it('masks the same ids on random logits', () => {
    fc.assert(
      fc.property(
        histories,
        fc.array(fc.float({ min: -8, max: 8, noNaN: true }), { minLength: VOCAB, maxLength: VOCAB }),
        (sampled, logits) => {
          const ours = Float32Array.from(logits);
          applyTimestampRules(ours, sampled, rules);
          const theirs = Float32Array.from(logits);
          const processor = new WhisperTimeStampLogitsProcessor(
            { eos_token_id: EOT, no_timestamps_token_id: NO_TS, max_initial_timestamp_index: 2 } as never,
            [SOT],
          );
          processor._call([[SOT, ...sampled]] as never, [{ data: theirs }] as never);
          const mask = (a: Float32Array) => [...a].map((v) => v === Number.NEGATIVE_INFINITY);
          expect(mask(ours)).toEqual(mask(theirs));
        },
      ),
      { numRuns: 200 },
    );
  });
});
