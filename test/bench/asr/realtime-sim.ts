import type { WindowOptions } from '../../../shared/asr/decoder/whisper-engine.js';
import {
  type TranscribedSegment,
  Transcriber,
  type WindowTranscriber,
} from '../../../shared/asr/transcriber/transcriber.js';
import { EnergyVad, type VadSegment } from '../../../shared/asr/vad/energy-vad.js';

const SR = 16000;

export interface RealtimeReport {
  audioSeconds: number;
  windows: number;
  segments: TranscribedSegment[];
  /** Sum of engine time over all windows. */
  processingSeconds: number;
  /** Engine time of the last window alone (the one only finish() can start). */
  lastWindowSeconds: number;
  /** On a real-time timeline rebuilt from measured durations: stop → final transcript. */
  stopToFinalSeconds: number;
}

/**
 * Feeds a long recording faster than real time, records when (in audio time) each VAD segment
 * closed and how long the engine took on it, then replays that on a real-time clock: a window
 * starts when it closes or when the previous one finishes, whichever is later. The difference
 * between the final window's end and the end of the audio is the stop → final-transcript delay a
 * user would see live.
 */
export async function simulateRealtime(
  engine: WindowTranscriber,
  pcm16k: Float32Array,
  window: WindowOptions,
  options: { chunkMs?: number; tokensPerSecond?: number; onWindow?: (done: number) => void } = {},
): Promise<RealtimeReport> {
  const chunkMs = options.chunkMs ?? 100;
  const closedAtSample: number[] = [];
  let pushed = 0;
  const inner = new EnergyVad({ sampleRate: SR });
  const vad = {
    push(pcm: Float32Array): VadSegment[] {
      pushed += pcm.length;
      const closed = inner.push(pcm);
      for (const _ of closed) closedAtSample.push(pushed);
      return closed;
    },
    flush(): VadSegment[] {
      const closed = inner.flush();
      for (const _ of closed) closedAtSample.push(pushed);
      return closed;
    },
  };
  const durations: number[] = [];
  const timed: WindowTranscriber = {
    async transcribe(pcm, windowOptions) {
      // A random-weight model never says EOT early; cap it at what real speech of this length yields.
      const budget = options.tokensPerSecond
        ? Math.ceil((pcm.length / SR) * options.tokensPerSecond) + 5
        : undefined;
      const start = performance.now();
      try {
        return await engine.transcribe(pcm, {
          ...windowOptions,
          ...(budget ? { maxNewTokens: budget } : {}),
        });
      } finally {
        durations.push((performance.now() - start) / 1000);
        options.onWindow?.(durations.length);
      }
    },
  };
  const transcriber = new Transcriber(timed, { vad, window });
  const chunk = Math.round((SR * chunkMs) / 1000);
  for (let i = 0; i < pcm16k.length; i += chunk) transcriber.push(pcm16k.subarray(i, i + chunk));
  const segments = await transcriber.finish();

  const audioSeconds = pcm16k.length / SR;
  let busyUntil = 0;
  durations.forEach((d, i) => {
    const closedAt = (closedAtSample[i] ?? pcm16k.length) / SR;
    busyUntil = Math.max(busyUntil, closedAt) + d;
  });
  return {
    audioSeconds,
    windows: durations.length,
    segments,
    processingSeconds: durations.reduce((a, b) => a + b, 0),
    lastWindowSeconds: durations.at(-1) ?? 0,
    stopToFinalSeconds: Math.max(0, busyUntil - audioSeconds),
  };
}
