/**
 * AudioWorklet processor: mixes the microphone (input 0) and, in telehealth mode, the call tab
 * (input 1) to one mono signal, resamples it to 16 kHz (Whisper's rate) with the shared
 * band-limited resampler, and posts ~100 ms Float32 chunks plus each input's RMS over that chunk
 * (`level`: microphone; `tab`: call tab, null without a tab input): the energies that tell who spoke.
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
  private tabSumSquares = 0;
  private counted = 0;
  /** Whether the node was built with a tab input (2 inputs). */
  private hasTab = false;
  private stopped = false;

  constructor() {
    super();
    this.port.onmessage = (event: MessageEvent) => {
      if (event.data === 'flush') this.flush();
    };
  }

  process(inputs: Float32Array[][]): boolean {
    if (this.stopped) return false;
    this.hasTab = inputs.length > 1;
    const mic = inputs[0] ?? [];
    const tab = inputs[1] ?? [];
    // An input with nothing connected (or an ended track) has no channels: it is silence.
    const frames = mic[0]?.length ?? tab[0]?.length ?? 0;
    if (frames === 0) return true;
    const micMono = downmix(mic, frames);
    const tabMono = downmix(tab, frames);
    const mixed = new Float32Array(frames);
    for (let i = 0; i < frames; i++) {
      this.sumSquares += micMono[i]! * micMono[i]!;
      this.tabSumSquares += tabMono[i]! * tabMono[i]!;
      mixed[i] = micMono[i]! + tabMono[i]!;
    }
    this.counted += frames;
    this.append(this.resampler.push(mixed));
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
    const rms = (sum: number) => (this.counted ? Math.sqrt(sum / this.counted) : 0);
    const pcm = this.pending.slice(0, this.filled);
    const tab = this.hasTab ? rms(this.tabSumSquares) : null;
    this.port.postMessage({ pcm, level: rms(this.sumSquares), tab }, [pcm.buffer]);
    this.filled = 0;
    this.sumSquares = 0;
    this.tabSumSquares = 0;
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

/** The channels of one input averaged to mono (zeros when the input has none). */
function downmix(channels: Float32Array[], frames: number): Float32Array {
  const mono = new Float32Array(frames);
  for (const channel of channels) for (let i = 0; i < frames; i++) mono[i]! += channel[i]! / channels.length;
  return mono;
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
