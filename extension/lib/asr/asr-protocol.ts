import { z } from 'zod';
import { speechPrecisionSchema } from '../../../shared/api/org-settings.js';
import { asrBackendPreferenceSchema } from './backend-choice.js';

const pcm = z.instanceof(Float32Array);

/** Page → ASR worker. */
export const asrRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('load'),
    /** e.g. https://scribe.example.org/models/whisper-base.en */
    modelBaseUrl: z.string().url(),
    /** Where the extension bundles onnxruntime-web's .wasm/.mjs files. */
    wasmPaths: z.string().url(),
    backend: asrBackendPreferenceSchema,
    /** Weight precision to load (the organisation's setting); omitted: fp32. */
    precision: speechPrecisionSchema.optional(),
  }),
  z.object({
    type: z.literal('start'),
    firstSeq: z.number().int().min(0),
    language: z.string().nullable(),
    /**
     * Live microphone-only recording: segments that closed while the engine was busy are merged
     * into one window of ≤ 30 s (Transcriber `catchUp`), so a slow or loaded computer falls behind by
     * about one window instead of by minutes. Off where speakers are told apart by source (telehealth):
     * a merged window would span both speakers and lose its label.
     */
    catchUp: z.boolean().default(false),
  }),
  z.object({ type: z.literal('push'), pcm }),
  z.object({ type: z.literal('finish') }),
  z.object({ type: z.literal('transcribe-file'), pcm, language: z.string().nullable() }),
]);
export type AsrRequest = z.infer<typeof asrRequestSchema>;

export const asrSegmentSchema = z.object({
  seq: z.number().int(),
  startMs: z.number().int(),
  endMs: z.number().int(),
  text: z.string(),
  tokens: z.array(z.number().int()),
  avgLogprob: z.number(),
  noSpeechProb: z.number(),
});
export type AsrSegment = z.infer<typeof asrSegmentSchema>;

/** ASR worker → page. */
export const asrEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    loadedBytes: z.number(),
    totalBytes: z.number(),
    fromCache: z.boolean(),
  }),
  z.object({
    type: z.literal('ready'),
    /** The backend that runs. */
    backend: z.enum(['webgpu', 'wasm']),
    /** Why (adapter, setting, or the WebGPU error); never contains user data. */
    reason: z.string(),
    /** WebGPU was to run (setting or automatic choice) but could not: WASM runs instead. */
    fellBack: z.boolean(),
  }),
  z.object({ type: z.literal('segment'), segment: asrSegmentSchema, realTimeFactor: z.number() }),
  z.object({ type: z.literal('finished'), segments: z.array(asrSegmentSchema) }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type AsrEvent = z.infer<typeof asrEventSchema>;
