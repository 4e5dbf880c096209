import type { z } from 'zod';
import { AppError } from '../../../shared/errors.js';
import { networkError } from '../upload/upload-queue.js';
import { errorFromResponse } from './api-error.js';

/**
 * Awaits a request, maps network failures and problem+json answers to AppError, and validates the
 * JSON body with `schema` (the extension never trusts a response shape blindly).
 */
export async function expectJson<S extends z.ZodType>(
  pending: Promise<Response>,
  schema: S,
): Promise<{ data: z.infer<S>; response: Response }> {
  const response = await expectOk(pending);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new AppError('internal', 'The server answered with an unexpected shape', { cause: parsed.error });
  }
  return { data: parsed.data, response };
}

export async function expectOk(pending: Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await pending;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}
