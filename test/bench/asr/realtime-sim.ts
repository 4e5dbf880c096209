import type { WindowOptions } from '../../../shared/asr/decoder/whisper-engine.js';
import {
  type TranscribedSegment,
  Transcriber,
  type WindowTranscriber,
} from '../../../shared/asr/transcriber/transcriber.js';

const SR = 16000;

export interface RealtimeReport {
  audioSeconds: number;
  windows: number;
  segments: TranscribedSegment[];
  /** Sum of engine time over all windows. */
  processingSeconds: number;
  /** Engine time of the last window alone (the one only finish() can start). */
  lastWindowSeconds: number;
  /** On the simulated real-time clock: stop → final transcript. */
  stopToFinalSeconds: number;
}

export interface RealtimeOptions {
  catchUp?: boolean;
  chunkMs?: number;
  /** Caps tokens per window at what real speech of that length yields (random models never stop). */
  tokensPerSecond?: number;
  onWindow?: (done: number) => void;
}

/**
 * A live recording on a virtual clock, without waiting ten minutes: while the engine is idle,
 * audio time advances as chunks are pushed; while it is busy for d seconds (measured for real),
 * exactly d seconds of audio arrive before the window "completes". So queued windows, catch-up
 * merging and the stop → final delay come out as they would live, on this machine.
 */
export async function simulateRealtime(
  engine: WindowTranscriber,
  pcm16k: Float32Array,
  window: WindowOptions,
  options: RealtimeOptions = {},
): Promise<RealtimeReport> {
  const chunk = Math.round((SR * (options.chunkMs ?? 100)) / 1000);
  let fed = 0; // samples pushed so far = the virtual clock while idle
  let engineFreeAt = 0; // virtual second the engine finishes its current window
  let stopped = false;
  let inFlight: Promise<void> | undefined;
  const durations: number[] = [];

  const pushUntil = (sample: number) => {
    for (; fed < Math.min(sample, pcm16k.length); fed += chunk)
      transcriber.push(pcm16k.subarray(fed, fed + chunk));
  };
  const timed: WindowTranscriber = {
    async transcribe(pcm, windowOptions) {
      let release = () => {};
      inFlight = new Promise<void>((r) => {
        release = r;
      });
      const budget = options.tokensPerSecond
        ? Math.ceil((pcm.length / SR) * options.tokensPerSecond) + 5
        : undefined;
      const startedAt = Math.max(fed / SR, engineFreeAt);
      const start = performance.now();
      try {
        return await engine.transcribe(pcm, {
          ...windowOptions,
          ...(budget ? { maxNewTokens: budget } : {}),
        });
      } finally {
        const seconds = (performance.now() - start) / 1000;
        durations.push(seconds);
        engineFreeAt = startedAt + seconds;
        if (!stopped) pushUntil(Math.round(engineFreeAt * SR)); // the audio that arrived meanwhile
        options.onWindow?.(durations.length);
        inFlight = undefined;
        release();
      }
    },
  };
  const transcriber = new Transcriber(timed, { window, catchUp: options.catchUp });

  while (fed < pcm16k.length) {
    if (inFlight) await inFlight;
    else pushUntil(fed + chunk);
    await Promise.resolve(); // let a window that just closed start before more audio arrives
  }
  stopped = true;
  const audioSeconds = pcm16k.length / SR;
  const segments = await transcriber.finish();
  return {
    audioSeconds,
    windows: durations.length,
    segments,
    processingSeconds: durations.reduce((a, b) => a + b, 0),
    lastWindowSeconds: durations.at(-1) ?? 0,
    stopToFinalSeconds: Math.max(0, engineFreeAt - audioSeconds),
  };
}
