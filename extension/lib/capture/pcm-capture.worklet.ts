/**
 * AudioWorklet processor: mixes the microphone to mono, resamples to 16 kHz (Whisper's rate) with
 * the shared band-limited resampler, and posts ~100 ms Float32 chunks plus an RMS level to the page.
 * Runs on the audio rendering thread, so it allocates little and never blocks.
 */
import { StreamingResampler } from '../../../shared/asr/audio/resample.js';

declare const sampleRate: number;
declare function registerProcessor(name: string, ctor: new () => unknown): void;
declare class AudioWorkletProcessor {
  readonly port: MessagePort;
}

const TARGET_RATE = 16000;
const CHUNK_SAMPLES = 1600; // 100 ms at 16 kHz: small enough for a live meter, large enough to be cheap

class PcmCaptureProcessor extends AudioWorkletProcessor {
  private readonly resampler = new StreamingResampler(sampleRate, TARGET_RATE);
  private pending = new Float32Array(CHUNK_SAMPLES);
  private filled = 0;
  private sumSquares = 0;
  private counted = 0;
  private stopped = false;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent) => {
      if (event.data === 'flush') this.flush();
    };
  }

  process(inputs: Float32Array[][]): boolean {
    if (this.stopped) return false;
    const channels = inputs[0];
    if (!channels || channels.length === 0 || !channels[0]) return true;
    const frames = channels[0].length;
    const mono = new Float32Array(frames);
    for (const channel of channels)
      for (let i = 0; i < frames; i++) mono[i]! += channel[i]! / channels.length;
    for (let i = 0; i < frames; i++) {
      this.sumSquares += mono[i]! * mono[i]!;
    }
    this.counted += frames;
    this.append(this.resampler.push(mono));
    return true;
  }

  private append(samples: Float32Array): void {
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(CHUNK_SAMPLES - this.filled, samples.length - offset);
      this.pending.set(samples.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === CHUNK_SAMPLES) this.post();
    }
  }

  private post(): void {
    const level = this.counted ? Math.sqrt(this.sumSquares / this.counted) : 0;
    const pcm = this.pending.slice(0, this.filled);
    this.port.postMessage({ pcm, level }, [pcm.buffer]);
    this.filled = 0;
    this.sumSquares = 0;
    this.counted = 0;
  }

  private flush(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.append(this.resampler.flush());
    if (this.filled > 0) this.post();
    this.port.postMessage({ flushed: true });
  }
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
