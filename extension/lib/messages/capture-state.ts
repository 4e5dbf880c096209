import { z } from 'zod';

export const capturePhaseSchema = z.enum([
  'idle',
  'loading-model',
  'recording',
  'paused',
  'finishing',
  'done',
  'error',
]);
export type CapturePhase = z.infer<typeof capturePhaseSchema>;

/** What the offscreen recorder reports to the side panel (no transcript text: that is read from IndexedDB). */
export const captureStateSchema = z.object({
  phase: capturePhaseSchema,
  encounterId: z.string().nullable(),
  elapsedMs: z.number().min(0),
  /** RMS input level 0..1 of the last audio block, for the meter. */
  level: z.number().min(0).max(1),
  segments: z.number().int().min(0),
  backend: z.enum(['webgpu', 'wasm']).nullable(),
  backendReason: z.string().nullable(),
  /** The chosen backend (WebGPU) could not start and another one runs: shown, not only logged. */
  backendFellBack: z.boolean().default(false),
  /** Processing time / audio time of the last transcribed segment (< 1 keeps up with speech). */
  realTimeFactor: z.number().nullable(),
  model: z.object({ loadedBytes: z.number(), totalBytes: z.number(), fromCache: z.boolean() }).nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /**
   * Telehealth mode: `on` while the call tab's audio is mixed in; `ended` when it stopped (tab
   * closed or navigated) or could not be handed over, the microphone recording going on; `off`:
   * microphone only.
   */
  tabAudio: z.enum(['off', 'on', 'ended']).default('off'),
  /** RMS level 0..1 of the call tab in the last audio block. */
  tabLevel: z.number().min(0).max(1).default(0),
});
export type CaptureState = z.infer<typeof captureStateSchema>;

export const idleCaptureState: CaptureState = {
  phase: 'idle',
  encounterId: null,
  elapsedMs: 0,
  level: 0,
  segments: 0,
  backend: null,
  backendReason: null,
  backendFellBack: false,
  realTimeFactor: null,
  model: null,
  error: null,
  tabAudio: 'off',
  tabLevel: 0,
};
