import type { OrtTensor } from '../runtime/ort-types.js';
import { greedyPick, type TokenMask, tokenMask } from './greedy-row.js';
import { applyTimestampRules, logSumExp, suppressTokens, type TimestampRuleTokens } from './logit-filters.js';
import { argmax, decisionMargin, sampleWithTemperature } from './sampling.js';
import type { DecoderOutput, KvCache } from './whisper-onnx-model.js';

/** What the loop needs from a model: one decoder call (a fake in unit tests, ONNX otherwise). */
export interface TokenDecoder {
  /** Consumes `cache`: its replaced entries may be freed, so the loop never passes it twice. */
  decode(tokens: readonly number[], encoderHidden: OrtTensor, cache: KvCache | null): Promise<DecoderOutput>;
  /** Frees a cache the loop is done with (GPU buffers on WebGPU; nothing to do on the CPU). */
  disposeCache?(cache: KvCache): void;
}

export interface DecodePrompt {
  /** [<|startofprev|> prompt…] <|startoftranscript|> [lang] [task] [<|notimestamps|>] */
  tokens: number[];
  /** Index of <|startoftranscript|> in `tokens`: the no-speech probability is read at that row. */
  sotIndex: number;
}

export interface LogitRules {
  eotId: number;
  noSpeechId: number | undefined;
  suppress: readonly number[];
  beginSuppress: readonly number[];
  timestampRules: TimestampRuleTokens;
}

export interface DecodeOptions {
  temperature: number;
  timestamps: boolean;
  maxNewTokens: number;
  /** Uniform [0, 1) source for temperature > 0. */
  random: () => number;
  /** false re-runs the whole prefix every step (slow; proves the cache changes nothing). */
  useKvCache: boolean;
  /** Also report each greedy decision's margin (`DecodeResult.margins`); off: no extra work. */
  margins?: boolean;
}

export interface DecodeResult {
  /** Generated tokens, without the prompt and without EOT (timestamp tokens included). */
  tokens: number[];
  sumLogprob: number;
  /** OpenAI's definition: sum of log-probs (EOT included) / (tokens + 1). */
  avgLogprob: number;
  noSpeechProb: number;
  temperature: number;
  /**
   * With `margins` at temperature 0: for each decision, best minus second-best logit after the
   * filters. `margins[i]` belongs to `tokens[i]`; one more entry, when present, to the EOT that ended
   * the window. Absent for sampled windows (a sample has no decision margin).
   */
  margins?: number[];
}

function softmaxAt(row: Float32Array, id: number): number {
  return Math.exp((row[id] ?? Number.NEGATIVE_INFINITY) - logSumExp(row, 0, row.length));
}

/** Greedy (temperature 0) or sampled decoding of one 30 s window, with OpenAI's logit filters. */
export async function decodeWindow(
  model: TokenDecoder,
  encoderHidden: OrtTensor,
  prompt: DecodePrompt,
  rules: LogitRules,
  options: DecodeOptions,
): Promise<DecodeResult> {
  const sampled: number[] = [];
  let cache: KvCache | null = null;
  let fed = prompt.tokens;
  let sumLogprob = 0;
  let noSpeechProb = 0;
  const margins = options.margins && options.temperature === 0 ? ([] as number[]) : undefined;
  let masks: { first: TokenMask; rest: TokenMask } | undefined;

  try {
    for (let step = 0; step < options.maxNewTokens; step++) {
      const input = options.useKvCache ? fed : [...prompt.tokens, ...sampled];
      const out = await model.decode(input, encoderHidden, options.useKvCache ? cache : null);
      if (options.useKvCache) cache = out.cache;
      else model.disposeCache?.(out.cache);
      const V = out.vocabSize;
      if (step === 0 && rules.noSpeechId !== undefined) {
        // Read before any filter, at the <|startoftranscript|> position (OpenAI does the same).
        noSpeechProb = softmaxAt(
          out.logits.subarray(prompt.sotIndex * V, (prompt.sotIndex + 1) * V),
          rules.noSpeechId,
        );
      }
      let next: number;
      if (options.temperature === 0 && !options.timestamps && !margins) {
        // Plain greedy: pick from the runtime's buffer by mask, no copy of the vocabulary-wide row.
        masks ??= {
          first: tokenMask(V, rules.suppress, rules.beginSuppress),
          rest: tokenMask(V, rules.suppress),
        };
        const pick = greedyPick(
          out.logits.subarray((input.length - 1) * V, input.length * V),
          sampled.length === 0 ? masks.first : masks.rest,
        );
        next = pick.token;
        sumLogprob += pick.logprob;
      } else {
        const row = out.logits.slice((input.length - 1) * V, input.length * V);
        if (sampled.length === 0) suppressTokens(row, rules.beginSuppress);
        suppressTokens(row, rules.suppress);
        if (options.timestamps) applyTimestampRules(row, sampled, rules.timestampRules);
        next =
          options.temperature > 0
            ? sampleWithTemperature(row, options.temperature, options.random)
            : argmax(row);
        margins?.push(decisionMargin(row));
        sumLogprob += (row[next] ?? Number.NEGATIVE_INFINITY) - logSumExp(row, 0, row.length);
      }
      if (next === rules.eotId) break;
      sampled.push(next);
      fed = [next];
    }
  } finally {
    if (cache) model.disposeCache?.(cache);
  }
  return {
    tokens: sampled,
    sumLogprob,
    avgLogprob: sumLogprob / (sampled.length + 1),
    noSpeechProb,
    temperature: options.temperature,
    ...(margins ? { margins } : {}),
  };
}
