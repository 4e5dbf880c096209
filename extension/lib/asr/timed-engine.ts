import type { WindowOptions } from '../../../shared/asr/decoder/whisper-engine.js';
import type { WindowTranscriber } from '../../../shared/asr/transcriber/transcriber.js';

/** Wraps an engine to measure the real-time factor (processing time / audio time) of each window. */
export class TimedEngine implements WindowTranscriber {
  lastRealTimeFactor = 0;

  constructor(
    private readonly engine: WindowTranscriber & { release?: () => Promise<void> },
    private readonly now: () => number = () => performance.now(),
  ) {}

  async transcribe(pcm16k: Float32Array, options?: WindowOptions) {
    const started = this.now();
    const result = await this.engine.transcribe(pcm16k, options);
    const audioMs = (pcm16k.length / 16000) * 1000;
    this.lastRealTimeFactor = audioMs > 0 ? (this.now() - started) / audioMs : 0;
    return result;
  }

  /** Frees the engine's ONNX sessions (and their GPU buffers on WebGPU). */
  async release(): Promise<void> {
    await this.engine.release?.();
  }
}
