import type { OrtTensor } from '../runtime/ort-types.js';
import {
  type DecodeOptions,
  type DecodePrompt,
  type DecodeResult,
  decodeWindow,
  type LogitRules,
  type TokenDecoder,
} from './decode-loop.js';
import { compressionRatio, seededRandom } from './sampling.js';

/** OpenAI `transcribe()` defaults. */
export interface FallbackOptions {
  temperatures: readonly number[];
  compressionRatioThreshold: number;
  logprobThreshold: number;
  noSpeechThreshold: number;
  seed: number;
}
export const defaultFallback: FallbackOptions = {
  temperatures: [0, 0.2, 0.4, 0.6, 0.8, 1.0],
  compressionRatioThreshold: 2.4,
  logprobThreshold: -1,
  noSpeechThreshold: 0.6,
  seed: 0,
};

export interface WindowResult extends DecodeResult {
  compressionRatio: number;
  /** True when the window was judged silence: its tokens are dropped. */
  noSpeech: boolean;
}

type TextOf = (tokens: readonly number[]) => string;

/** OpenAI's fallback test: retry hotter when the output loops or is unlikely — unless it is silence. */
export function needsFallback(
  r: { compressionRatio: number; avgLogprob: number; noSpeechProb: number },
  f: FallbackOptions,
) {
  const looksWrong = r.compressionRatio > f.compressionRatioThreshold || r.avgLogprob < f.logprobThreshold;
  const isSilence = r.noSpeechProb > f.noSpeechThreshold && r.avgLogprob < f.logprobThreshold;
  return looksWrong && !isSilence;
}

/** OpenAI's skip test: a likely no-speech window is dropped unless its text is confidently decoded. */
export function isNoSpeech(r: { avgLogprob: number; noSpeechProb: number }, f: FallbackOptions): boolean {
  return r.noSpeechProb > f.noSpeechThreshold && !(r.avgLogprob > f.logprobThreshold);
}

/** Decodes one encoded window with temperature fallback (seeded sampling above 0). */
export async function transcribeEncodedWindow(
  model: TokenDecoder,
  encoderHidden: OrtTensor,
  prompt: DecodePrompt,
  rules: LogitRules,
  textOf: TextOf,
  options: Omit<DecodeOptions, 'temperature' | 'random'> & { fallback?: Partial<FallbackOptions> },
): Promise<WindowResult> {
  const f = { ...defaultFallback, ...options.fallback };
  const random = seededRandom(f.seed);
  let result: WindowResult | undefined;
  for (const temperature of f.temperatures) {
    const decoded = await decodeWindow(model, encoderHidden, prompt, rules, {
      ...options,
      temperature,
      random,
    });
    const ratio = compressionRatio(textOf(decoded.tokens));
    result = { ...decoded, compressionRatio: ratio, noSpeech: false };
    if (!needsFallback(result, f)) break;
  }
  if (!result) throw new Error('fallback.temperatures must not be empty');
  result.noSpeech = isNoSpeech(result, f);
  return result;
}
