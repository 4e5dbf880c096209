/**
 * The one error type of the project. `code` is stable (UIs and tests branch on it, never on
 * `message`); `status` is the HTTP status the server answers with; `cause` keeps the original error
 * for logs (never sent to clients).
 */
export const errorCodes = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  session_expired: 401,
  totp_required: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  wrong_patient: 409,
  segment_conflict: 409,
  note_signed: 409,
  /** An MRN that belongs to a patient with other identity details: check the MRN, or correct the record. */
  patient_mismatch: 409,
  /** Segments sent to an encounter that was completed or has a signed note. */
  encounter_closed: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  idempotency_mismatch: 422,
  rate_limited: 429,
  internal: 500,
  llm_unavailable: 502,
  service_unavailable: 503,
  // Not HTTP-facing: engines and CLIs.
  invalid_audio: 400,
  invalid_model: 400,
  model_not_found: 404,
  network_unavailable: 503,
  invalid_template: 400,
  invalid_transcript: 400,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = errorCodes[code];
    this.details = options?.details;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
