import { problemSchema } from '../../../shared/api/problem.js';
import { AppError, type ErrorCode, errorCodes } from '../../../shared/errors.js';

const knownCode = (code: string): code is ErrorCode => Object.hasOwn(errorCodes, code);

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 412) return 'precondition_failed';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'service_unavailable';
  return 'bad_request';
}

/** Turns a non-2xx response (RFC 9457 problem+json) into an AppError carrying the server's code. */
export async function errorFromResponse(response: Response): Promise<AppError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const problem = problemSchema.safeParse(body);
  if (problem.success && knownCode(problem.data.code)) {
    return new AppError(problem.data.code, problem.data.detail ?? problem.data.title, {
      details: { requestId: problem.data.requestId, errors: problem.data.errors },
    });
  }
  const serverCode = problem.success ? problem.data.code : undefined;
  return new AppError(codeForStatus(response.status), `The server answered ${response.status}`, {
    details: { serverCode },
  });
}

/** A user-facing sentence for an error code (UIs branch on code, never on message text). */
export function describeError(e: unknown): string {
  if (!(e instanceof AppError)) return 'Something went wrong. Try again.';
  switch (e.code) {
    case 'network_unavailable':
      return 'The Scribe server cannot be reached. Work is kept on this device and will sync.';
    case 'invalid_credentials':
      return 'Email or password is not correct.';
    case 'unauthenticated':
    case 'session_expired':
      return 'Your session has ended. Sign in again from the Scribe settings.';
    case 'forbidden':
      return 'Your role does not allow this action.';
    case 'precondition_failed':
      return 'Someone saved a newer version of this note. Reload to see it; your edit was not saved.';
    case 'note_signed':
      return 'This note is signed and locked. Add an addendum instead.';
    case 'segment_conflict':
      return 'The server already holds a different transcript segment with this number.';
    default:
      return e.message;
  }
}
