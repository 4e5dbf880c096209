import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, isAppError } from '../../shared/errors.js';
import type { AppEnv } from '../app-env.js';
import { describeCause } from '../logging/error-fields.js';

const titles: Partial<Record<ErrorCode, string>> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign-in required',
  forbidden: 'Not allowed for your role',
  not_found: 'Not found',
  internal: 'Internal server error',
};

/** Any thrown value as our one error type: AppError as is, Hono's exceptions and outages mapped, the rest `internal`. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof HTTPException) return fromHttpException(error);
  if (isDatabaseUnavailable(error))
    return new AppError('service_unavailable', 'The database is unavailable; try again shortly', {
      cause: error,
    });
  // A value the schemas let through but PostgreSQL refuses (class 22, data exception) is bad
  // input, not a server failure: the boundary schemas are the fix, this keeps it a 400 meanwhile.
  if (hasDataExceptionCode(error))
    return new AppError('bad_request', 'The request holds a value the database cannot store', {
      cause: error,
    });
  return new AppError('internal', 'An unexpected error occurred', { cause: error });
}

/** Turns any error into RFC 9457 problem+json. The single place errors become responses. */
export function problemResponse(c: Context<AppEnv>, error: unknown): Response {
  const appError = toAppError(error);
  const requestId = c.get('requestId');
  const deps = c.get('deps');
  if (appError.status >= 500 || appError.code === 'bad_request') {
    // Messages can quote input (a name, a value in a failed query): log only codes and where it happened.
    deps?.logger.log(appError.status >= 500 ? 'error' : 'warn', 'request failed', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: appError.status,
      code: appError.code,
      ...describeCause(appError.cause ?? appError),
    });
  }
  const body = {
    type: `https://scribe.dev/problems/${appError.code.replaceAll('_', '-')}`,
    title: titles[appError.code] ?? appError.message,
    status: appError.status,
    code: appError.code,
    // A 500 never leaks internals: the message is generic, details are only in our logs.
    detail:
      appError.status >= 500 && appError.code === 'internal'
        ? 'An unexpected error occurred'
        : appError.message,
    instance: new URL(c.req.url).pathname,
    requestId,
    ...(appError.details ?? {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  const retryAfter = appError.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers['retry-after'] = String(retryAfter);
  if (appError.code === 'service_unavailable') headers['retry-after'] ??= '5';
  return c.body(JSON.stringify(body), appError.status as ContentfulStatusCode, headers);
}

function fromHttpException(e: HTTPException): AppError {
  switch (e.status) {
    case 413:
      return new AppError('payload_too_large', 'The request body is too large', { cause: e });
    case 401:
      return new AppError('unauthenticated', 'Sign-in required', { cause: e });
    case 404:
      return new AppError('not_found', 'Not found', { cause: e });
    default:
      return e.status < 500
        ? new AppError('bad_request', e.message || 'Bad request', { cause: e })
        : new AppError('internal', 'An unexpected error occurred', { cause: e });
  }
}

const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  // statement_timeout hit, or the server is out of connections: the database is overloaded, not broken.
  '57014',
  '53300',
]);

function hasDataExceptionCode(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && unavailableCodes.has(code)) return true;
    const message = (e as { message?: unknown }).message;
    if (
      typeof message === 'string' &&
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
        message,
      )
    )
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
