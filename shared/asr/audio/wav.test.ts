import { describe, expect, it } from 'vitest';
import { readAsrBytes } from '../../../test/fixtures/speech/shared-data.js';
import { AppError } from '../../errors.js';
import { decodeWav, encodeWav } from './wav.js';

interface Chunk {
  id: string;
  body: Uint8Array;
  /** Size written in the header when it should lie about the body. */
  declaredSize?: number;
}

function chunk(id: string, body: Uint8Array, declaredSize?: number): Chunk {
  return declaredSize === undefined ? { id, body } : { id, body, declaredSize };
}

function riff(chunks: Chunk[]): Uint8Array {
  const parts: number[] = [];
  const u32 = (v: number) => parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  const ascii = (s: string) => parts.push(...[...s].map((c) => c.charCodeAt(0)));
  ascii('RIFF');
  u32(0); // patched below
  ascii('WAVE');
  for (const c of chunks) {
    ascii(c.id);
    u32(c.declaredSize ?? c.body.length);
    parts.push(...c.body);
    if (c.body.length % 2 === 1) parts.push(0);
  }
  const bytes = Uint8Array.from(parts);
  new DataView(bytes.buffer).setUint32(4, bytes.length - 8, true);
  return bytes;
}

function fmt(opts: {
  tag?: number;
  channels: number;
  rate: number;
  bits: number;
  extensibleSubFormat?: number;
}) {
  const extensible = opts.extensibleSubFormat !== undefined;
  const body = new Uint8Array(extensible ? 40 : 16);
  const v = new DataView(body.buffer);
  const blockAlign = (opts.channels * opts.bits) / 8;
  v.setUint16(0, extensible ? 0xfffe : (opts.tag ?? 1), true);
  v.setUint16(2, opts.channels, true);
  v.setUint32(4, opts.rate, true);
  v.setUint32(8, opts.rate * blockAlign, true);
  v.setUint16(12, blockAlign, true);
  v.setUint16(14, opts.bits, true);
  if (extensible) {
    v.setUint16(16, 22, true); // cbSize
    v.setUint16(18, opts.bits, true); // valid bits
    v.setUint32(20, opts.channels === 2 ? 3 : 4, true); // channel mask
    v.setUint16(24, opts.extensibleSubFormat!, true); // SubFormat GUID starts with the format tag
  }
  return chunk('fmt ', body);
}

function pcm(values: number[], bytesPer: number, write: (v: DataView, o: number, x: number) => void) {
  const body = new Uint8Array(values.length * bytesPer);
  const v = new DataView(body.buffer);
  for (const [i, x] of values.entries()) write(v, i * bytesPer, x);
  return body;
}

function expectInvalid(bytes: Uint8Array, message: RegExp) {
  try {
    decodeWav(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid_audio');
    expect((e as AppError).message).toMatch(message);
    return;
  }
  throw new Error('expected decodeWav to throw');
}

const int16 = (v: DataView, o: number, x: number) => v.setInt16(o, x, true);

describe('decodeWav', () => {
  it('decodes the real 16 kHz jfk.wav', () => {
    const audio = decodeWav(readAsrBytes('audio', 'jfk.wav'));
    expect(audio.sampleRate).toBe(16000);
    expect(audio.channels).toBe(1);
    expect(audio.samples.length).toBe(176000);
    expect(audio.durationMs).toBe(11000);
    const peak = audio.samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(1);
  });

  it('round-trips encodeWav exactly for 16-bit values', () => {
    const samples = Float32Array.from([0, 0.5, -0.5, -1, 32767 / 32768, 1 / 32768]);
    const decoded = decodeWav(encodeWav(samples, 44100));
    expect(decoded.sampleRate).toBe(44100);
    expect(Array.from(decoded.samples)).toEqual(Array.from(samples));
  });

  it('mixes stereo to mono by averaging and skips LIST chunks with odd padding', () => {
    const data = pcm([16384, -16384, 8192, 8192, -32768, 0], 2, int16);
    const list = chunk('LIST', new TextEncoder().encode('INFOodd'));
    const audio = decodeWav(riff([fmt({ channels: 2, rate: 44100, bits: 16 }), list, chunk('data', data)]));
    expect(audio.channels).toBe(2);
    expect(audio.sampleRate).toBe(44100);
    expect(Array.from(audio.samples)).toEqual([0, 0.25, -0.5]);
  });

  it('decodes 24-bit PCM with sign extension', () => {
    const data = pcm([0x400000, -0x400000, -0x800000, 0x7fffff], 3, (v, o, x) => {
      v.setUint8(o, x & 0xff);
      v.setUint8(o + 1, (x >> 8) & 0xff);
      v.setInt8(o + 2, x >> 16);
    });
    const audio = decodeWav(riff([fmt({ channels: 1, rate: 48000, bits: 24 }), chunk('data', data)]));
    expect(Array.from(audio.samples)).toEqual([0.5, -0.5, -1, Math.fround(0x7fffff / 0x800000)]);
  });

  it('decodes 32-bit int, float32, float64 and WAVE_FORMAT_EXTENSIBLE', () => {
    const i32 = pcm([2 ** 30, -(2 ** 31)], 4, (v, o, x) => v.setInt32(o, x, true));
    expect(
      Array.from(decodeWav(riff([fmt({ channels: 1, rate: 8000, bits: 32 }), chunk('data', i32)])).samples),
    ).toEqual([0.5, -1]);
    const f32 = pcm([0.25, -0.75, 3, Number.NaN], 4, (v, o, x) => v.setFloat32(o, x, true));
    const fact = chunk('fact', new Uint8Array(4));
    const floatWav = riff([fmt({ tag: 3, channels: 1, rate: 16000, bits: 32 }), fact, chunk('data', f32)]);
    // Overs are clamped and NaN zeroed to keep the [-1, 1] contract.
    expect(Array.from(decodeWav(floatWav).samples)).toEqual([0.25, -0.75, 1, 0]);
    const f64 = pcm([0.125, -0.5], 8, (v, o, x) => v.setFloat64(o, x, true));
    expect(
      Array.from(
        decodeWav(riff([fmt({ tag: 3, channels: 2, rate: 22050, bits: 64 }), chunk('data', f64)])).samples,
      ),
    ).toEqual([-0.1875]);
    const ext = riff([
      fmt({ channels: 2, rate: 16000, bits: 16, extensibleSubFormat: 1 }),
      chunk('data', pcm([100, 300], 2, int16)),
    ]);
    expect(decodeWav(ext).samples[0]).toBe(200 / 32768);
    const extFloat = riff([
      fmt({ channels: 1, rate: 16000, bits: 32, extensibleSubFormat: 3 }),
      chunk('data', f32),
    ]);
    expect(decodeWav(extFloat).samples[1]).toBe(-0.75);
  });

  it('reports duration at 44.1 kHz', () => {
    const audio = decodeWav(encodeWav(new Float32Array(44100 * 2), 44100));
    expect(audio.durationMs).toBe(2000);
  });

  it('accepts a streaming placeholder data size (0xFFFFFFFF) and reads to the end of file', () => {
    const bytes = riff([
      fmt({ channels: 1, rate: 16000, bits: 16 }),
      chunk('data', pcm([1, 2, 3], 2, int16), 0xffffffff),
    ]);
    expect(decodeWav(bytes).samples.length).toBe(3);
  });

  it('drops a cut-off partial frame at the very end of the file', () => {
    const bytes = riff([
      fmt({ channels: 2, rate: 16000, bits: 16 }),
      chunk('data', Uint8Array.from([1, 0, 2, 0, 3, 0])),
    ]);
    expect(decodeWav(bytes).samples.length).toBe(1);
  });

  it('rejects a truncated header', () => {
    expectInvalid(new Uint8Array(8), /truncated/);
    const full = encodeWav(new Float32Array(10), 16000);
    expectInvalid(full.subarray(0, 20), /'fmt ' declares 16 bytes but only \d+ remain/);
  });

  it('rejects 8-bit PCM and says what to do', () => {
    const bytes = riff([fmt({ channels: 1, rate: 8000, bits: 8 }), chunk('data', new Uint8Array(4))]);
    expectInvalid(bytes, /8-bit PCM WAV is not supported.*16-bit/);
  });

  it('rejects a data chunk longer than the file', () => {
    const bytes = riff([
      fmt({ channels: 1, rate: 16000, bits: 16 }),
      chunk('data', new Uint8Array(10), 1000),
    ]);
    expectInvalid(bytes, /data chunk declares 1000 bytes but only 10 remain/);
  });

  it('rejects wrong chunk and format sizes', () => {
    expectInvalid(
      riff([chunk('fmt ', new Uint8Array(12)), chunk('data', new Uint8Array(4))]),
      /fmt chunk is 12 bytes/,
    );
    const badAlign = fmt({ channels: 2, rate: 16000, bits: 16 });
    new DataView(badAlign.body.buffer).setUint16(12, 3, true);
    expectInvalid(riff([badAlign, chunk('data', new Uint8Array(4))]), /block align 3/);
    const oddData = riff([
      fmt({ channels: 2, rate: 16000, bits: 16 }),
      chunk('data', new Uint8Array(6)),
      chunk('LIST', new Uint8Array(4)),
    ]);
    expectInvalid(oddData, /not a multiple of the frame size 4/);
  });

  it('rejects missing fmt or data, non-WAV bytes and compressed encodings', () => {
    expectInvalid(riff([chunk('data', new Uint8Array(4))]), /no fmt chunk/);
    expectInvalid(riff([fmt({ channels: 1, rate: 16000, bits: 16 })]), /no data chunk/);
    expectInvalid(new TextEncoder().encode('ID3\u0004 this is an mp3 file'), /Not a WAV file/);
    expectInvalid(
      riff([fmt({ tag: 7, channels: 1, rate: 8000, bits: 8 }), chunk('data', new Uint8Array(4))]),
      /0x7.*not supported/,
    );
  });
});
