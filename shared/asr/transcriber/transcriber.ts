import type { WindowOptions } from '../decoder/whisper-engine.js';
import { EnergyVad, type VadSegment } from '../vad/energy-vad.js';
import { PcmBuffer } from './pcm-buffer.js';

const SAMPLE_RATE = 16000;
const MAX_SEGMENT_SAMPLES = 30 * SAMPLE_RATE;

/** One transcribed stretch of speech. Times are from the first pushed sample. */
export interface TranscribedSegment {
  seq: number;
  startMs: number;
  endMs: number;
  text: string;
  tokens: number[];
  avgLogprob: number;
  noSpeechProb: number;
  /** With `window.margins`: the greedy decision margins of `tokens` (see DecodeResult.margins). */
  margins?: number[];
}

/** What the transcriber needs from an engine (WhisperEngine fits; tests pass fakes). */
export interface WindowTranscriber {
  transcribe(
    pcm16k: Float32Array,
    options?: WindowOptions,
  ): Promise<{
    text: string;
    tokens: number[];
    avgLogprob: number;
    noSpeechProb: number;
    noSpeech: boolean;
    margins?: number[];
  }>;
}

export interface VoiceActivityDetector {
  push(pcm16k: Float32Array): VadSegment[];
  flush(): VadSegment[];
}

export interface TranscriberOptions {
  vad?: VoiceActivityDetector;
  window?: WindowOptions;
  onSegment?: (segment: TranscribedSegment) => void;
  /** First `seq` (continue numbering after a reload). */
  firstSeq?: number;
  /**
   * When segments close faster than they are transcribed (slow device, bursts of short phrases),
   * merge the waiting ones into one window of ≤ 30 s: one encoder pass instead of several, so the
   * queue catches up and stop → final transcript stays about one window. Off by default because
   * the segmentation then depends on timing (not reproducible run to run).
   */
  catchUp?: boolean;
}

interface PendingWindow {
  startSample: number;
  endSample: number;
}

/**
 * Streaming transcription: 16 kHz PCM goes in as it arrives, the VAD closes segments at pauses
 * (≤ 30 s each), and each closed segment is transcribed at once on a serial queue, so `finish()`
 * only has the last open segment left to do. Windows judged silence produce no segment.
 */
export class Transcriber implements AsyncIterable<TranscribedSegment> {
  private readonly vad: VoiceActivityDetector;
  private readonly audio = new PcmBuffer();
  private readonly backlog: PendingWindow[] = [];
  private worker: Promise<void> | undefined;
  private nextSeq: number;
  private failure: unknown;
  private finished = false;
  private readonly results: TranscribedSegment[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly engine: WindowTranscriber,
    private readonly options: TranscriberOptions = {},
  ) {
    this.vad = options.vad ?? new EnergyVad({ sampleRate: SAMPLE_RATE, maxSegmentMs: 30000 });
    this.nextSeq = options.firstSeq ?? 0;
  }

  /** Segments emitted so far, in order. */
  get segments(): readonly TranscribedSegment[] {
    return this.results;
  }

  push(pcm16k: Float32Array): void {
    if (this.finished) throw new Error('Transcriber.push after finish()');
    this.audio.append(pcm16k);
    for (const segment of this.vad.push(pcm16k)) this.enqueue(segment);
  }

  /** Closes the stream: transcribes the last open segment and resolves with every segment. */
  async finish(): Promise<TranscribedSegment[]> {
    if (!this.finished) {
      this.finished = true;
      for (const segment of this.vad.flush()) this.enqueue(segment);
    }
    while (this.worker) await this.worker;
    this.wake();
    if (this.failure !== undefined) throw this.failure;
    return [...this.results];
  }

  private enqueue(segment: VadSegment): void {
    // The VAD already limits segments to 30 s; the clamp guards a custom VAD.
    const endSample = Math.min(segment.endSample, segment.startSample + MAX_SEGMENT_SAMPLES);
    this.backlog.push({ startSample: segment.startSample, endSample });
    this.worker ??= this.drain();
  }

  /** The serial queue: one window at a time until the backlog is empty. */
  private async drain(): Promise<void> {
    // One microtask first, so `worker` is assigned before this can finish.
    await Promise.resolve();
    try {
      for (let next = this.takeWindow(); next; next = this.takeWindow()) {
        const pcm = this.audio.slice(next.startSample, next.endSample);
        this.audio.discardBefore(Math.min(next.endSample, this.backlog[0]?.startSample ?? next.endSample));
        if (this.failure === undefined) await this.transcribeWindow(next, pcm);
        this.wake();
      }
    } finally {
      // Cleared in the same turn as the last backlog check, so no segment can be left waiting.
      this.worker = undefined;
      this.wake();
    }
  }

  private takeWindow(): PendingWindow | undefined {
    const first = this.backlog.shift();
    if (!first || !this.options.catchUp) return first;
    const merged = { ...first };
    for (
      let n = this.backlog[0];
      n && n.endSample - merged.startSample <= MAX_SEGMENT_SAMPLES;
      n = this.backlog[0]
    ) {
      merged.endSample = n.endSample;
      this.backlog.shift();
    }
    return merged;
  }

  private async transcribeWindow(w: PendingWindow, pcm: Float32Array): Promise<void> {
    try {
      const r = await this.engine.transcribe(pcm, this.options.window);
      if (r.noSpeech || r.text === '') return;
      const emitted: TranscribedSegment = {
        seq: this.nextSeq++,
        startMs: Math.round((w.startSample * 1000) / SAMPLE_RATE),
        endMs: Math.round((w.endSample * 1000) / SAMPLE_RATE),
        text: r.text,
        tokens: r.tokens,
        avgLogprob: r.avgLogprob,
        noSpeechProb: r.noSpeechProb,
        ...(r.margins ? { margins: r.margins } : {}),
      };
      this.results.push(emitted);
      this.options.onSegment?.(emitted);
    } catch (e) {
      this.failure = e;
    }
  }

  private wake(): void {
    for (const w of this.waiters) w();
    this.waiters.clear();
  }

  /** Yields segments as they are transcribed; ends after finish(). */
  async *[Symbol.asyncIterator](): AsyncIterator<TranscribedSegment> {
    let index = 0;
    for (;;) {
      while (index < this.results.length) yield this.results[index++]!;
      if (this.failure !== undefined) throw this.failure;
      if (this.finished && !this.worker) {
        while (index < this.results.length) yield this.results[index++]!;
        return;
      }
      await new Promise<void>((resolve) => this.waiters.add(resolve));
    }
  }
}

/** Transcribes a whole recording with the same streaming path (1 s chunks). */
export async function transcribePcm(
  engine: WindowTranscriber,
  pcm16k: Float32Array,
  options: TranscriberOptions = {},
): Promise<TranscribedSegment[]> {
  const transcriber = new Transcriber(engine, options);
  for (let i = 0; i < pcm16k.length; i += SAMPLE_RATE) transcriber.push(pcm16k.subarray(i, i + SAMPLE_RATE));
  return transcriber.finish();
}
