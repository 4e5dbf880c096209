import { describe, expect, it } from 'vitest';
import type { OrtTensor } from '../runtime/ort-types.js';
import { decodeWindow, type LogitRules, type TokenDecoder } from './decode-loop.js';
import { decisionMargin } from './sampling.js';
import { buildPrompt, type SpecialTokens } from './special-tokens.js';
import { transcribeEncodedWindow } from './transcribe-window.js';
import type { KvCache } from './whisper-onnx-model.js';

// Vocabulary: text 0–9, EOT 10, SOT 11, EN 12, TRANSCRIBE 13, SOT_PREV 14, NO_SPEECH 15, NO_TS 16, timestamps 17–26.
const V = 27;
const special: SpecialTokens = {
  sot: 11,
  eot: 10,
  noTimestamps: 16,
  timestampBegin: 17,
  sotPrev: 14,
  noSpeech: 15,
  startOfLm: undefined,
  transcribe: 13,
  translate: undefined,
  languages: { en: 12 },
  multilingual: true,
};
const rules: LogitRules = {
  eotId: 10,
  noSpeechId: 15,
  suppress: [11, 13, 14, 15],
  beginSuppress: [10],
  timestampRules: { eotId: 10, noTimestampsId: 16, timestampBeginId: 17, maxInitialTimestampIndex: 50 },
};
const encoder = {} as OrtTensor;

/** A decoder whose next-token logits come from `next(history)`; the SOT row from `atSot`. */
function scriptedDecoder(next: (history: number[]) => Float32Array, atSot?: Float32Array) {
  const calls: { fed: number[]; hadCache: boolean }[] = [];
  let history: number[] = [];
  const decoder: TokenDecoder = {
    async decode(tokens, _enc, cache) {
      calls.push({ fed: [...tokens], hadCache: cache !== null });
      history = cache ? [...history, ...tokens] : [...tokens];
      const logits = new Float32Array(tokens.length * V);
      const sotRow = history.indexOf(11);
      if (atSot && !cache && sotRow >= 0) logits.set(atSot, sotRow * V);
      logits.set(next(history), (tokens.length - 1) * V);
      return { logits, vocabSize: V, cache: new Map() as KvCache };
    },
  };
  return { decoder, calls };
}
const peaked = (id: number, height = 20) => {
  const row = new Float32Array(V);
  row[id] = height;
  return row;
};
const prompt = buildPrompt(special, { timestamps: false, maxTargetPositions: 448 });
const greedy = { temperature: 0, timestamps: false, maxNewTokens: 20, random: Math.random, useKvCache: true };

describe('buildPrompt', () => {
  it('is SOT, language, task, <|notimestamps|> and puts an initial prompt after <|startofprev|>', () => {
    expect(prompt).toEqual({ tokens: [11, 12, 13, 16], sotIndex: 0 });
    const withText = buildPrompt(special, {
      timestamps: true,
      promptTokens: [1, 2, 3],
      maxTargetPositions: 448,
    });
    expect(withText).toEqual({ tokens: [14, 1, 2, 3, 11, 12, 13], sotIndex: 4 });
    const long = buildPrompt(special, {
      timestamps: true,
      promptTokens: new Array(500).fill(5),
      maxTargetPositions: 448,
    });
    expect(long.sotIndex).toBe(224); // <|startofprev|> + the last 223 prompt tokens
  });
});

describe('decodeWindow', () => {
  it('feeds the prompt once, then one token per step with the cache; stops at EOT', async () => {
    const { decoder, calls } = scriptedDecoder((h) => peaked(h.length < 7 ? h.length - 3 : 10));
    const result = await decodeWindow(decoder, encoder, prompt, rules, greedy);
    expect(result.tokens).toEqual([1, 2, 3]);
    expect(calls.map((c) => c.fed)).toEqual([[11, 12, 13, 16], [1], [2], [3]]);
    expect(calls.map((c) => c.hadCache)).toEqual([false, true, true, true]);
    expect(result.avgLogprob).toBeCloseTo(result.sumLogprob / 4);
  });

  it('suppresses EOT at the first step and suppressed tokens always', async () => {
    const row = peaked(10);
    row[13] = 19; // a suppressed control token
    row[4] = 5;
    const { decoder } = scriptedDecoder((h) => (h.length === 4 ? row : peaked(10)));
    expect((await decodeWindow(decoder, encoder, prompt, rules, greedy)).tokens).toEqual([4]);
  });

  it('reads the no-speech probability at the SOT row, before any filter', async () => {
    const { decoder } = scriptedDecoder(() => peaked(10), peaked(15, 30));
    const result = await decodeWindow(decoder, encoder, prompt, rules, greedy);
    expect(result.noSpeechProb).toBeGreaterThan(0.99);
  });
});

describe('decision margins', () => {
  it('decisionMargin is best minus second best: 0 on a tie, Infinity when one token is allowed', () => {
    expect(decisionMargin(Float32Array.of(1, 4, 2.5, -3))).toBeCloseTo(1.5);
    expect(decisionMargin(Float32Array.of(4, 1, 2.5))).toBeCloseTo(1.5); // best first
    expect(decisionMargin(Float32Array.of(2, 7, 7))).toBe(0);
    const one = new Float32Array(4).fill(Number.NEGATIVE_INFINITY);
    one[2] = 3;
    expect(decisionMargin(one)).toBe(Number.POSITIVE_INFINITY);
  });

  it('reports one margin per greedy decision, EOT included, measured after the filters', async () => {
    const rows = [peaked(2, 6), peaked(5, 9), peaked(10, 4)];
    rows[0]![10] = 50; // EOT is begin-suppressed: it must not count as the runner-up
    rows[0]![7] = 5.5;
    rows[1]![13] = 30; // suppressed control token: not the runner-up either
    rows[1]![1] = 8.75;
    const { decoder } = scriptedDecoder((h) => rows[h.length - 4] ?? peaked(10));
    const result = await decodeWindow(decoder, encoder, prompt, rules, { ...greedy, margins: true });
    expect(result.tokens).toEqual([2, 5]);
    expect(result.margins).toEqual([0.5, 0.25, 4]);
  });

  it('costs nothing unless asked, and is absent for sampled decoding', async () => {
    const { decoder } = scriptedDecoder((h) => peaked(h.length < 6 ? 3 : 10));
    expect((await decodeWindow(decoder, encoder, prompt, rules, greedy)).margins).toBeUndefined();
    const sampled = { ...greedy, temperature: 0.5, margins: true, random: () => 0.5 };
    expect((await decodeWindow(decoder, encoder, prompt, rules, sampled)).margins).toBeUndefined();
  });

  it('stops one short of EOT when the token budget ends the window', async () => {
    const { decoder } = scriptedDecoder(() => peaked(3));
    const result = await decodeWindow(decoder, encoder, prompt, rules, {
      ...greedy,
      maxNewTokens: 3,
      margins: true,
    });
    expect(result.tokens).toEqual([3, 3, 3]);
    expect(result.margins).toEqual([20, 20, 20]);
  });
});

describe('transcribeEncodedWindow (temperature fallback and silence)', () => {
  const textOf = (tokens: readonly number[]) => tokens.map((t) => `w${t} `).join('');

  it('drops a window whose no-speech probability is high and whose text is unlikely', async () => {
    const flatish = new Float32Array(V).fill(0); // every token equally (un)likely: avg logprob ≈ −3.3
    const { decoder } = scriptedDecoder((h) => (h.length < 8 ? flatish : peaked(10)), peaked(15, 30));
    const result = await transcribeEncodedWindow(decoder, encoder, prompt, rules, textOf, {
      timestamps: false,
      maxNewTokens: 20,
      useKvCache: true,
    });
    expect(result.noSpeech).toBe(true);
    expect(result.temperature).toBe(0); // silence is not retried at higher temperatures
  });

  it('keeps confident text even when the no-speech probability is high', async () => {
    const { decoder } = scriptedDecoder((h) => peaked(h.length < 8 ? 3 : 10), peaked(15, 30));
    const result = await transcribeEncodedWindow(decoder, encoder, prompt, rules, textOf, {
      timestamps: false,
      maxNewTokens: 20,
      useKvCache: true,
    });
    expect(result.noSpeech).toBe(false);
    expect(result.tokens).toEqual([3, 3, 3, 3]);
  });

  it('retries with seeded sampling when greedy output loops (compression ratio > 2.4)', async () => {
    const loop = new Float32Array(V).fill(0);
    loop[7] = 4; // greedy always picks 7 → "w7 w7 w7 …" compresses extremely well
    const run = async () => {
      const { decoder } = scriptedDecoder((h) => (h.length < 40 ? loop : peaked(10)));
      return transcribeEncodedWindow(decoder, encoder, prompt, rules, textOf, {
        timestamps: false,
        maxNewTokens: 60,
        useKvCache: true,
        fallback: { seed: 7 },
      });
    };
    const first = await run();
    expect(first.temperature).toBeGreaterThan(0);
    expect(new Set(first.tokens).size).toBeGreaterThan(1);
    expect((await run()).tokens).toEqual(first.tokens); // seeded: reproducible
  });
});

describe('decodeWindow frees every KV cache it ends with (GPU buffers on WebGPU)', () => {
  /** Each decode returns a fresh cache object; the test sees which ones are disposed. */
  function cachingDecoder(steps: number) {
    const made: KvCache[] = [];
    const disposed: KvCache[] = [];
    const decoder: TokenDecoder = {
      async decode(tokens) {
        const cache: KvCache = new Map();
        made.push(cache);
        const logits = new Float32Array(tokens.length * V);
        logits.set(peaked(made.length >= steps ? 10 : 3), (tokens.length - 1) * V); // EOT after `steps`
        return { logits, vocabSize: V, cache };
      },
      disposeCache: (cache) => {
        disposed.push(cache);
      },
    };
    return { decoder, made, disposed };
  }

  it('with the cache on, disposes only the last one (each earlier one was consumed by the next step)', async () => {
    const { decoder, made, disposed } = cachingDecoder(4);
    const out = await decodeWindow(decoder, encoder, prompt, rules, greedy);
    expect(out.tokens).toEqual([3, 3, 3]);
    expect(made).toHaveLength(4);
    expect(disposed).toEqual([made[3]]);
  });

  it('without the cache, disposes every step’s unused cache', async () => {
    const { decoder, made, disposed } = cachingDecoder(3);
    await decodeWindow(decoder, encoder, prompt, rules, { ...greedy, useKvCache: false });
    expect(disposed).toEqual(made);
  });

  it('still disposes the cache when a step fails', async () => {
    const { decoder, made, disposed } = cachingDecoder(10);
    const decode = decoder.decode.bind(decoder);
    let n = 0;
    decoder.decode = async (...args) => {
      if (++n === 3) throw new Error('device lost');
      return decode(...args);
    };
    await expect(decodeWindow(decoder, encoder, prompt, rules, greedy)).rejects.toThrow('device lost');
    expect(disposed).toEqual([made[1]]);
  });
});
