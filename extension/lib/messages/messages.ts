import { z } from 'zod';
import { ehrInsertModeSchema } from '../../../shared/api/ehr-insert.js';
import { speechPrecisionSchema } from '../../../shared/api/org-settings.js';
import { asrBackendPreferenceSchema } from '../asr/backend-choice.js';
import { captureStateSchema } from './capture-state.js';

/** zod's url() also accepts javascript: and data: URLs; the extension only ever talks HTTP(S). */
export const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

export const startCaptureSchema = z.object({
  encounterId: z.string().uuid(),
  modelBaseUrl: httpUrl,
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .nullable(),
  /** The compute setting (see Settings.asrBackend). */
  backend: asrBackendPreferenceSchema,
  /** Model weight precision (the organisation's setting); omitted: fp32. */
  precision: speechPrecisionSchema.optional(),
  /** Continue seq numbering (a resumed encounter). */
  firstSeq: z.number().int().min(0),
  /** Telehealth mode: mix in the call tab's audio prepared by `capture.tab-open`. */
  tabAudio: z.boolean().optional(),
});
export type StartCapture = z.infer<typeof startCaptureSchema>;

/** Requests extension pages send to the background (which forwards capture commands to the offscreen document). */
export const backgroundRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture.start'), start: startCaptureSchema }),
  /** Transcribe audio an interrupted recording left on the device. */
  z.object({ type: z.literal('capture.recover'), start: startCaptureSchema }),
  z.object({ type: z.literal('capture.pause') }),
  z.object({ type: z.literal('capture.resume') }),
  z.object({ type: z.literal('capture.stop') }),
  z.object({ type: z.literal('capture.status') }),
  /**
   * Telehealth mode, before the encounter is created: the background asks tabCapture for the call
   * tab's stream and the recorder opens it (answer: TabAudioResult).
   */
  z.object({ type: z.literal('capture.tab-open'), tabId: z.number().int().min(0) }),
  /** Give back call tab audio that no recording took (the encounter could not be created). */
  z.object({ type: z.literal('capture.tab-release') }),
  z.object({ type: z.literal('uploads.kick') }),
  z.object({ type: z.literal('ehr.sync-registration') }),
  /** The IndexedDB at-rest key, for the offscreen document (which cannot read storage.session). */
  z.object({ type: z.literal('db.key') }),
]);
export type BackgroundRequest = z.infer<typeof backgroundRequestSchema>;

/** Only the background sends this: the tabCapture stream id it obtained for `capture.tab-open`. */
export const tabAttachSchema = z.object({
  type: z.literal('capture.tab-attach'),
  streamId: z.string().min(1).max(4096),
});

/** The same capture commands, addressed to the offscreen document. */
export const offscreenRequestSchema = z.object({
  target: z.literal('offscreen'),
  request: z.union([backgroundRequestSchema, tabAttachSchema]),
});
export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>['request'];

/** Broadcasts from the offscreen document / background to any open page. */
export const broadcastSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture.state'), state: captureStateSchema }),
  z.object({ type: z.literal('sync.changed'), encounterId: z.string() }),
]);
export type Broadcast = z.infer<typeof broadcastSchema>;

/**
 * Messages the side panel sends to the EHR content script. The content script only answers these;
 * it has no message that can reach privileged actions (sign, delete, settings).
 */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ehr.read-patient') }),
  z.object({ type: z.literal('ehr.preview-insert') }),
  z.object({
    type: z.literal('ehr.insert'),
    text: z.string().max(200_000),
    expectedCurrent: z.string(),
    mode: ehrInsertModeSchema,
    /** The note's patient: the page re-reads its identifier at the moment of writing. */
    expectedMrn: z.string().max(64),
    /** Only after an audited override: write even though the chart shows another (or no) identifier. */
    allowOtherPatient: z.boolean(),
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

export const contentResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('patient'), mrn: z.string().nullable() }),
  z.object({
    type: z.literal('preview'),
    found: z.boolean(),
    current: z.string(),
    /** The chart's patient identifier, or null when the site has no selector or it matched nothing. */
    mrn: z.string().nullable(),
    /** The field has a caret position (for the "at cursor" mode). */
    hasCaret: z.boolean(),
  }),
  z.object({
    type: z.literal('inserted'),
    ok: z.boolean(),
    reason: z.string().nullable(),
    /** Why it was refused: UIs branch on this, never on `reason`. */
    code: z.enum(['wrong_patient', 'changed', 'no_field']).nullable(),
  }),
]);
export type ContentResponse = z.infer<typeof contentResponseSchema>;

/** True when a message comes from one of this extension's own pages (not a content script or web page). */
export function isExtensionPage(
  sender: { id?: string; url?: string },
  runtimeId: string,
  baseUrl: string,
): boolean {
  return sender.id === runtimeId && typeof sender.url === 'string' && sender.url.startsWith(baseUrl);
}
