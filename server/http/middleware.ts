import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../../shared/errors.js';
import type { AppDeps, AppEnv } from '../app-env.js';
import { toAppError } from './problem.js';

/** Makes the injected dependencies available to every handler. */
export const injectDeps =
  (deps: AppDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    c.set('deps', deps);
    c.set('db', deps.db);
    await next();
  };

const requestIdPattern = /^[A-Za-z0-9._-]{8,64}$/;

/** A request id for every request, echoed in X-Request-Id and in problem bodies and audit events. */
export const requestId = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
  c.set('requestId', id);
  await next();
  c.header('x-request-id', id);
};

/** One log line per request: method, route pattern (no ids or query strings), status, problem code, duration. */
export const accessLog = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const started = performance.now();
  await next();
  c.get('deps').logger.log('info', 'request', {
    requestId: c.get('requestId'),
    method: c.req.method,
    route: c.req.routePath,
    status: c.res.status,
    ...(c.error ? { code: toAppError(c.error).code } : {}),
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    userId: c.get('user')?.id,
  });
};

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-site',
  });

/** Only configured extension and EHR origins; never the `null` origin. */
export const corsPolicy = (allowedOrigins: readonly string[]) =>
  cors({
    origin: (origin) => (origin && origin !== 'null' && allowedOrigins.includes(origin) ? origin : null),
    allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-request-id'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposeHeaders: ['etag', 'x-request-id', 'retry-after'],
    maxAge: 600,
  });

/**
 * Refuses a body over `maxSize` bytes (413). GET and HEAD pass straight on: they carry no body (the
 * Node adapter attaches none and a Request refuses one), and asking for it, as hono's bodyLimit
 * does, makes the Node adapter build the whole web Request (abort signal, headers, stream) on every
 * note read, for nothing.
 */
export const limitBody = (maxSize: number): MiddlewareHandler => {
  const limit = bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `The request body exceeds ${maxSize} bytes`);
    },
  });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
};

/** Requests that carry a body must say it is JSON: no form posts or text/plain CSRF vectors. */
export const requireJson = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const method = c.req.method;
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    const length = c.req.header('content-length');
    const hasBody =
      (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = c.req.header('content-type');
    const isJson = type !== undefined && /^application\/(json|merge-patch\+json)\b/i.test(type);
    if ((hasBody || type !== undefined) && !isJson) {
      throw new AppError('unsupported_media_type', 'Send the request body as application/json');
    }
  }
  await next();
};
