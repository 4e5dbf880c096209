import { resample } from '../../../shared/asr/audio/resample.js';
import { decodeWav } from '../../../shared/asr/audio/wav.js';

const isWav = (bytes: Uint8Array) =>
  bytes.length > 12 &&
  String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF' &&
  String.fromCharCode(...bytes.subarray(8, 12)) === 'WAVE';

/**
 * 16 kHz mono PCM of a dictation file. WAV goes through the shared decoder and resampler (the
 * same code as the Node engine, so both transcribe identical samples); other formats (mp3, m4a,
 * webm) use the browser's decoder.
 */
export async function decodeAudioFile(file: Blob): Promise<Float32Array> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isWav(bytes)) {
    const audio = decodeWav(bytes);
    return audio.sampleRate === 16000 ? audio.samples : resample(audio.samples, audio.sampleRate, 16000);
  }
  const context = new OfflineAudioContext(1, 1, 16000);
  const decoded = await context.decodeAudioData(bytes.buffer.slice(0) as ArrayBuffer);
  const mono = new Float32Array(decoded.length);
  for (let c = 0; c < decoded.numberOfChannels; c++) {
    const channel = decoded.getChannelData(c);
    for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / decoded.numberOfChannels;
  }
  return decoded.sampleRate === 16000 ? mono : resample(mono, decoded.sampleRate, 16000);
}
