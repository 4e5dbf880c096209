/** Paths the ASR tests share: the committed test model and the team's reference audio. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeWav } from '../../audio/wav.js';

export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const testModelDir = resolve(repoRoot, 'models/test-model');
export const sharedDir = process.env.SCRIBE_SHARED_DIR ?? resolve(repoRoot, '../shared');
export const jfkWav = resolve(sharedDir, 'data/asr/audio/jfk.wav');
export const librispeechWav = resolve(sharedDir, 'data/asr/audio/librispeech-1272-141231-0002.wav');

/** 16 kHz mono PCM of a reference wav (both files are 16 kHz mono PCM16). */
export function readPcm16k(path: string): Float32Array {
  const audio = decodeWav(new Uint8Array(readFileSync(path)));
  if (audio.sampleRate !== 16000 || audio.channels !== 1) throw new Error(`${path} is not 16 kHz mono`);
  return audio.samples;
}
