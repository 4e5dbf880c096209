/**
 * transformers.js as the reference implementation for parity tests and the benchmark: the same
 * model folder loaded with `@huggingface/transformers` (onnxruntime-node, CPU, local files only).
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import {
  env,
  type Tensor,
  WhisperFeatureExtractor,
  WhisperForConditionalGeneration,
} from '@huggingface/transformers';

export interface ReferenceWhisper {
  features(pcm16k: Float32Array): Promise<Tensor>;
  /** Greedy ids after the forced prompt, EOT dropped (what our engine returns as `tokens`). */
  generate(
    features: Tensor,
    o: { maxNewTokens: number; promptLength: number; eotId: number; multilingual: boolean },
  ): Promise<number[]>;
  release(): Promise<void>;
  /** Wall time spent in the encoder session since the last reset (for per-token decode figures). */
  encoderMs: { total: number };
}

export async function loadReferenceWhisper(modelDir: string): Promise<ReferenceWhisper> {
  env.allowRemoteModels = false;
  if (basename(modelDir).startsWith('.')) {
    // transformers.js will not resolve a model id starting with a dot: reach it through a link.
    const linkDir = mkdtempSync(join(tmpdir(), 'scribe-tjs-'));
    symlinkSync(resolve(modelDir), join(linkDir, 'model'));
    modelDir = join(linkDir, 'model');
  }
  env.localModelPath = `${dirname(modelDir)}/`;
  const name = basename(modelDir);
  const model = await WhisperForConditionalGeneration.from_pretrained(name, {
    device: 'cpu',
    dtype: 'fp32',
    local_files_only: true,
  });
  const extractor = await WhisperFeatureExtractor.from_pretrained(name, { local_files_only: true });
  const encoderMs = { total: 0 };
  const encoder = (
    model as unknown as { sessions: Record<string, { run: (...a: unknown[]) => Promise<unknown> }> }
  ).sessions.model;
  if (encoder) {
    const run = encoder.run.bind(encoder);
    encoder.run = async (...args) => {
      const start = performance.now();
      try {
        return await run(...args);
      } finally {
        encoderMs.total += performance.now() - start;
      }
    };
  }
  return {
    encoderMs,
    async features(pcm16k) {
      const { input_features } = await extractor(pcm16k);
      return input_features;
    },
    async generate(features, o) {
      const out = (await model.generate({
        inputs: features,
        max_new_tokens: o.maxNewTokens,
        ...(o.multilingual ? { language: 'en', task: 'transcribe' } : {}),
      } as unknown as Parameters<typeof model.generate>[0])) as Tensor;
      const ids = Array.from(out.data as BigInt64Array, Number).slice(o.promptLength);
      return ids.at(-1) === o.eotId ? ids.slice(0, -1) : ids;
    },
    release: async () => {
      await model.dispose();
    },
  };
}
