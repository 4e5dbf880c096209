import { AppError } from '../../errors.js';
import { parseWavLayout, type WavFormat } from './wav-format.js';

export interface DecodedAudio {
  sampleRate: number;
  /** Channels in the file; `samples` is always the mono mix. */
  channels: number;
  /** Mono samples in [-1, 1] (channels averaged). */
  samples: Float32Array;
  durationMs: number;
}

/**
 * Decodes a RIFF/WAVE file: integer PCM 16/24/32-bit, IEEE float 32/64-bit, plain or
 * WAVE_FORMAT_EXTENSIBLE, any sample rate and channel count (mixed down to mono by averaging).
 * Throws AppError('invalid_audio') with a message that says what is wrong and what to do.
 */
export function decodeWav(bytes: Uint8Array): DecodedAudio {
  const { format, dataOffset, dataLength } = parseWavLayout(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const frames = dataLength / format.blockAlign;
  const samples = new Float32Array(frames);
  const read = sampleReader(format, view);
  const bytesPerSample = format.bitsPerSample / 8;
  const { channels } = format;
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    const frameOffset = dataOffset + f * format.blockAlign;
    for (let c = 0; c < channels; c++) sum += read(frameOffset + c * bytesPerSample);
    const mono = sum / channels;
    // Float files may hold NaN or overs; keep the documented [-1, 1] contract.
    samples[f] = Number.isNaN(mono) ? 0 : Math.max(-1, Math.min(1, mono));
  }
  return {
    sampleRate: format.sampleRate,
    channels,
    samples,
    durationMs: (frames * 1000) / format.sampleRate,
  };
}

function sampleReader(format: WavFormat, view: DataView): (offset: number) => number {
  if (format.encoding === 'float') {
    return format.bitsPerSample === 32 ? (o) => view.getFloat32(o, true) : (o) => view.getFloat64(o, true);
  }
  switch (format.bitsPerSample) {
    case 16:
      return (o) => view.getInt16(o, true) / 32768;
    case 24:
      return (o) => {
        // Sign-extend the 24-bit little-endian value through the high byte.
        const value = view.getUint8(o) | (view.getUint8(o + 1) << 8) | (view.getInt8(o + 2) << 16);
        return value / 8388608;
      };
    case 32:
      return (o) => view.getInt32(o, true) / 2147483648;
    default:
      throw new AppError('invalid_audio', `Unsupported PCM bit depth ${format.bitsPerSample}`);
  }
}

/** Encodes mono samples as a 16-bit PCM WAV (values clamped to [-1, 1]). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) {
    throw new AppError('invalid_audio', `Sample rate must be a positive integer, got ${sampleRate}`);
  }
  const dataLength = samples.length * 2;
  const bytes = new Uint8Array(44 + dataLength);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataLength, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // WAVE_FORMAT_PCM
  view.setUint16(22, 1, true); // channels
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataLength, true);
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i]!;
    // Scale by 32768 so decodeWav (÷32768) round-trips k/32768 exactly; clamp the positive end.
    const value = Number.isNaN(x) ? 0 : Math.max(-32768, Math.min(32767, Math.round(x * 32768)));
    view.setInt16(44 + i * 2, value, true);
  }
  return bytes;
}
