import { ResampleKernel } from './resample-kernel.js';

/** Number of output samples for `inputLength` input samples: ceil(inputLength · L / M). */
function outputLength(inputLength: number, kernel: ResampleKernel): number {
  return Math.ceil((inputLength * kernel.up) / kernel.down);
}

/**
 * Band-limited resampling (Kaiser-windowed sinc, polyphase) of mono PCM, e.g. 44.1/48 kHz → 16 kHz
 * for Whisper. Anti-aliasing low-pass below the lower Nyquist; samples outside the input count as 0.
 * Returns a copy when the rates are equal.
 */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input.slice();
  const kernel = new ResampleKernel(fromRate, toRate);
  const { up, down, halfWidth } = kernel;
  const out = new Float32Array(outputLength(input.length, kernel));
  const last = input.length - 1;
  for (let n = 0; n < out.length; n++) {
    const position = n * down;
    const base = Math.floor(position / up);
    const taps = kernel.taps(position - base * up);
    const first = base - halfWidth + 1;
    // Clip the tap range to the input instead of testing bounds per tap.
    const tStart = Math.max(0, -first);
    const tEnd = Math.min(taps.length, last - first + 1);
    let acc = 0;
    for (let t = tStart; t < tEnd; t++) acc += taps[t]! * input[first + t]!;
    out[n] = acc;
  }
  return out;
}

/**
 * Chunk-by-chunk resampler for live capture (AudioWorklet blocks of 128 samples, etc.): the
 * concatenation of push() outputs and flush() equals resample() on the concatenated input. Keeps
 * only the last ~2·halfWidth input samples between calls.
 */
export class StreamingResampler {
  private readonly kernel: ResampleKernel | undefined;
  private history = new Float32Array(0);
  /** Absolute input index of history[0]. */
  private historyStart = 0;
  private totalIn = 0;
  /** Absolute index of the next output sample. */
  private nextOut = 0;
  private flushed = false;

  constructor(fromRate: number, toRate: number) {
    this.kernel = fromRate === toRate ? undefined : new ResampleKernel(fromRate, toRate);
  }

  push(chunk: Float32Array): Float32Array {
    if (this.flushed) throw new Error('StreamingResampler: push() after flush()');
    if (this.kernel === undefined) return chunk.slice();
    this.append(chunk);
    const { up, down, halfWidth } = this.kernel;
    // Output n is ready once its last tap, input base + halfWidth, has arrived.
    let ready = this.nextOut;
    while (Math.floor((ready * down) / up) + halfWidth <= this.totalIn - 1) ready++;
    return this.emit(ready);
  }

  /** Emits the tail (treating the input as followed by silence) and ends the stream. */
  flush(): Float32Array {
    if (this.flushed) return new Float32Array(0);
    this.flushed = true;
    if (this.kernel === undefined) return new Float32Array(0);
    return this.emit(outputLength(this.totalIn, this.kernel));
  }

  private append(chunk: Float32Array): void {
    const kernel = this.kernel!;
    // Keep what the next output still needs: inputs from its base − halfWidth + 1 on.
    const neededFrom = Math.max(
      0,
      Math.floor((this.nextOut * kernel.down) / kernel.up) - kernel.halfWidth + 1 - this.historyStart,
    );
    const kept = this.history.subarray(Math.min(neededFrom, this.history.length));
    const merged = new Float32Array(kept.length + chunk.length);
    merged.set(kept);
    merged.set(chunk, kept.length);
    this.historyStart += this.history.length - kept.length;
    this.history = merged;
    this.totalIn += chunk.length;
  }

  private emit(until: number): Float32Array {
    const kernel = this.kernel!;
    const { up, down, halfWidth } = kernel;
    const out = new Float32Array(Math.max(0, until - this.nextOut));
    const { history, historyStart } = this;
    for (let i = 0; i < out.length; i++) {
      const position = (this.nextOut + i) * down;
      const base = Math.floor(position / up);
      const taps = kernel.taps(position - base * up);
      const first = base - halfWidth + 1 - historyStart;
      const tStart = Math.max(0, -first - historyStart);
      const tEnd = Math.min(taps.length, history.length - first);
      let acc = 0;
      for (let t = tStart; t < tEnd; t++) acc += taps[t]! * history[first + t]!;
      out[i] = acc;
    }
    this.nextOut = until;
    return out;
  }
}
