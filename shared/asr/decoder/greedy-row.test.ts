import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyPick, tokenMask } from './greedy-row.js';
import { logSumExp, suppressTokens } from './logit-filters.js';
import { argmax } from './sampling.js';

/** The copying path the decode loop uses for sampling and timestamps. */
function reference(row: Float32Array, suppressed: number[]) {
  const copy = row.slice();
  suppressTokens(copy, suppressed);
  const token = argmax(copy);
  return { token, logprob: (copy[token] ?? Number.NEGATIVE_INFINITY) - logSumExp(copy, 0, copy.length) };
}

describe('greedyPick (greedy decoding without copying the logits)', () => {
  it('picks the same token with the same log-probability as suppress + argmax + log-softmax', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -40, max: 40, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(320), { maxLength: 40 }),
        fc.array(fc.nat(320), { maxLength: 10 }),
        (values, suppress, beginSuppress) => {
          const row = Float32Array.from(values);
          const got = greedyPick(row, tokenMask(row.length, suppress, beginSuppress));
          const want = reference(row, [...suppress, ...beginSuppress]);
          expect(got.token).toBe(want.token);
          // Everything suppressed: the copying path computes −∞ − −∞ = NaN; −∞ is the honest answer.
          if (Number.isNaN(want.logprob)) expect(got.logprob).toBe(Number.NEGATIVE_INFINITY);
          else expect(got.logprob).toBeCloseTo(want.logprob, 9);
        },
      ),
    );
  });

  it('leaves the row untouched, breaks ties towards the first token, and survives a fully masked row', () => {
    const row = Float32Array.from([1, 5, 5, 2]);
    expect(greedyPick(row, tokenMask(4, [0]))).toEqual({
      token: 1,
      logprob: expect.closeTo(Math.log(Math.exp(5) / (2 * Math.exp(5) + Math.exp(2))), 12),
    });
    expect(Array.from(row)).toEqual([1, 5, 5, 2]);
    expect(greedyPick(row, tokenMask(4, [1]))).toMatchObject({ token: 2 });
    expect(greedyPick(row, tokenMask(4, [0, 1, 2, 3]))).toEqual({
      token: 0,
      logprob: Number.NEGATIVE_INFINITY,
    });
  });

  it('drops only terms that cannot change the sum (36 nats or more below the best)', () => {
    const row = Float32Array.from([0, -35, -37, -1000]);
    const { logprob } = greedyPick(row, tokenMask(4));
    expect(logprob).toBeCloseTo(-Math.log(1 + Math.exp(-35) + Math.exp(-37)), 15);
    // The running maximum: a best token late in the row still counts the earlier terms.
    const rising = Float32Array.from([-3, -2, -1, 0, 30]);
    expect(greedyPick(rising, tokenMask(5)).logprob).toBeCloseTo(
      -Math.log(1 + Math.exp(-30) + Math.exp(-31) + Math.exp(-32) + Math.exp(-33)),
      15,
    );
  });
});
