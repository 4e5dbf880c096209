/**
 * Feature-extraction benchmark (`npm run bench:features`): our log-mel per 30 s window against
 * transformers.js WhisperFeatureExtractor in the same process, on real speech (jfk.wav, 11 s padded
 * to 30 s) and on a full 30 s of signal (no zero padding to skip). Target: ≥ 3× faster.
 */
import { readFileSync } from 'node:fs';
import { WhisperFeatureExtractor } from '@huggingface/transformers';
import { asrDataPath } from '../../../test/fixtures/speech/shared-data.js';
import { CHUNK_SAMPLES, LogMelExtractor } from './log-mel.js';
import { decodeWav } from './wav.js';

const WARMUP = 3;
const RUNS = 15;

async function medianMs(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

const jfk = decodeWav(new Uint8Array(readFileSync(asrDataPath('audio', 'jfk.wav')))).samples;
// 30 s of jfk repeated: every frame carries signal, so nothing is skipped as digital silence.
const full = Float32Array.from({ length: CHUNK_SAMPLES }, (_, i) => jfk[i % jfk.length]!);

const ours = new LogMelExtractor(80);
const reference = new WhisperFeatureExtractor({
  feature_size: 80,
  sampling_rate: 16000,
  hop_length: 160,
  chunk_length: 30,
  n_fft: 400,
  n_samples: CHUNK_SAMPLES,
  nb_max_frames: 3000,
  padding_value: 0,
  return_attention_mask: false,
});

console.log(`log-mel 80 × 3000 per 30 s window, median of ${RUNS} runs (node ${process.version})`);
for (const [name, audio] of [
  ['jfk.wav (11 s, padded)', jfk],
  ['30 s of speech', full],
] as const) {
  const oursMs = await medianMs(() => ours.compute(audio));
  const theirsMs = await medianMs(() => reference._call(audio));
  console.log(
    `${name.padEnd(24)} scribe ${oursMs.toFixed(1).padStart(6)} ms   transformers.js ${theirsMs
      .toFixed(1)
      .padStart(6)} ms   ${(theirsMs / oursMs).toFixed(1)}× faster`,
  );
}
