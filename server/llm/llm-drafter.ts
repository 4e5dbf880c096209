import OpenAI from 'openai';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { RecordedSex } from '../../shared/clinical/offline/index.js';
import type { TemplateBody } from '../../shared/clinical/template.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { AppError } from '../../shared/errors.js';
import { type LlmConfig, llmConfigSchema, shouldMinimisePhi } from './llm-config.js';
import { type LlmProposedCode, llmNoteSchema, toNoteContent } from './llm-output.js';
import { buildMessages, noteJsonSchema } from './llm-prompt.js';
import { createPhiMinimiser, identityMinimiser } from './phi-minimiser.js';

export interface LlmDraftInput {
  segments: TranscriptSegment[];
  template: TemplateBody;
  /** `sex` as recorded on the encounter: the note's pronoun (absent: "the patient"). */
  patient?: { displayName?: string | null; mrn?: string; sex?: RecordedSex };
  /** Other names known to occur (clinician, companions), minimised like the patient's. */
  names?: string[];
}

export interface LlmDraft {
  content: NoteContent;
  /** Codes the model proposed: not yet validated against the loaded release. */
  codes: LlmProposedCode[];
  unsupportedSentences: number;
}

/** Why the LLM draft failed, in words safe to show (no PHI, no endpoint internals). */
export type LlmFailureReason =
  | 'timeout'
  | 'rate limited'
  | 'server error'
  | 'unreachable'
  | 'invalid response'
  | 'refused';

export function failureReason(error: unknown): LlmFailureReason {
  const reason = error instanceof AppError ? error.details?.reason : undefined;
  if (typeof reason === 'string') return reason as LlmFailureReason;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (error instanceof OpenAI.RateLimitError) return 'rate limited';
  if (error instanceof OpenAI.APIConnectionError) return 'unreachable';
  if (error instanceof OpenAI.APIError) return 'server error';
  return 'invalid response';
}

const fail = (reason: LlmFailureReason, cause?: unknown) =>
  new AppError('llm_unavailable', `LLM draft failed: ${reason}`, { cause, details: { reason } });

/**
 * Drafts a note through an OpenAI-compatible endpoint with structured JSON output. Throws
 * AppError('llm_unavailable') with details.reason on transport failure or unusable output; the
 * caller falls back to the offline drafter.
 */
export async function draftWithLlm(config: LlmConfig, input: LlmDraftInput): Promise<LlmDraft> {
  const resolved = llmConfigSchema.parse(config);
  const phi = shouldMinimisePhi(resolved)
    ? createPhiMinimiser({
        names: [input.patient?.displayName, ...(input.names ?? [])],
        mrn: input.patient?.mrn ?? null,
        scan: input.segments.map((s) => s.text),
      })
    : identityMinimiser;
  const client = new OpenAI({
    baseURL: resolved.baseURL,
    // Local servers (Ollama, llama.cpp) need no key, but the client insists on one.
    apiKey: resolved.apiKey || 'not-needed',
    timeout: resolved.timeoutMs,
    maxRetries: resolved.maxRetries,
  });
  const redacted = input.segments.map((s) => ({ ...s, text: phi.redact(s.text) }));

  let raw: string | null | undefined;
  try {
    const completion = await client.chat.completions.create({
      model: resolved.model,
      messages: buildMessages(input.template, redacted, input.patient?.sex ? { sex: input.patient.sex } : {}),
      temperature: 0,
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'clinical_note',
          strict: true,
          schema: noteJsonSchema as unknown as Record<string, unknown>,
        },
      },
    });
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw fail('refused');
    raw = message?.content;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fail(failureReason(error), error);
  }
  if (!raw) throw fail('invalid response');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw fail('invalid response', error);
  }
  const parsed = llmNoteSchema.safeParse(json);
  if (!parsed.success) throw fail('invalid response', parsed.error);
  const draft = toNoteContent(parsed.data, input.template, input.segments, phi);
  const sentences = draft.content.sections.reduce((n, s) => n + s.sentences.length, 0);
  // A note with nothing in any template section is not a draft (wrong section ids, empty answer).
  if (sentences === 0 && input.segments.length > 0) throw fail('invalid response');
  return draft;
}
