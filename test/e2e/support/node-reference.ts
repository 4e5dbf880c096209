import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWav } from '../../../shared/asr/audio/wav.js';
import { WhisperEngine } from '../../../shared/asr/decoder/whisper-engine.js';
import { loadNodeRuntime, readFileFromDisk } from '../../../shared/asr/runtime/node-runtime.js';
import { type TranscribedSegment, transcribePcm } from '../../../shared/asr/transcriber/transcriber.js';
import { repoRoot } from './paths.js';

/**
 * Segments the Node engine (onnxruntime-web WASM, like the extension) produces for a 16 kHz wav;
 * with `margins`, each greedy decision's margin too (best minus second-best filtered logit).
 */
export async function nodeSegmentsForWav(
  wavPath: string,
  language: string,
  o: { margins?: boolean } = {},
): Promise<TranscribedSegment[]> {
  const audio = decodeWav(new Uint8Array(readFileSync(wavPath)));
  if (audio.sampleRate !== 16000) throw new Error('reference expects a 16 kHz file');
  const { ort, sessionOptions } = await loadNodeRuntime('wasm');
  const engine = await WhisperEngine.load({
    ort,
    readFile: readFileFromDisk,
    modelDir: path.join(repoRoot, 'models/test-model'),
    sessionOptions,
  });
  try {
    return await transcribePcm(engine, audio.samples, { window: { language, margins: o.margins } });
  } finally {
    await engine.release();
  }
}

/** Tokens the Node engine (onnxruntime-web WASM, like the extension) produces for a 16 kHz wav. */
export async function nodeTokensForWav(wavPath: string, language: string): Promise<number[][]> {
  return (await nodeSegmentsForWav(wavPath, language)).map((s) => s.tokens);
}
