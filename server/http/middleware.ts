import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
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

/**
 * Sets a header on the finished response as it is. `c.header` would have the Node adapter build a
 * web Response with a body stream to copy it into, and serve the body by reading that stream back.
 * HEAD keeps `c.header`: hono answers it with a copy of the GET response made from that response's
 * construction arguments, which only the copy `c.header` makes carries headers set afterwards.
 */
const setHeader = (c: Context, name: string, value: string, append = false) => {
  if (c.req.method === 'HEAD') c.header(name, value, { append });
  else if (append) c.res.headers.append(name, value);
  else c.res.headers.set(name, value);
};

/** A request id for every request, echoed in X-Request-Id and in problem bodies and audit events. */
export const requestId = (): MiddlewareHandler<AppEnv> => async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
  c.set('requestId', id);
  await next();
  setHeader(c, 'x-request-id', id);
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

const EXPOSED_HEADERS = ['etag', 'x-request-id', 'retry-after'];

/**
 * Only configured extension and EHR origins; never the `null` origin. A preflight (OPTIONS) is
 * hono's cors; any other request gets the very headers hono's cors gives it (Allow-Origin when the
 * origin is allowed, Expose-Headers, `Vary: Origin` appended), set once the response exists: hono's
 * sets them on a placeholder response before the handler runs, and the handler's response then
 * replaced it through a copy (a web Response and a body stream the Node adapter reads the body
 * back from) on every request.
 */
export const corsPolicy = (allowedOrigins: readonly string[]): MiddlewareHandler => {
  const allowed = (origin: string) =>
    origin && origin !== 'null' && allowedOrigins.includes(origin) ? origin : null;
  const preflight = cors({
    origin: allowed,
    allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-request-id'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposeHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  const exposed = EXPOSED_HEADERS.join(',');
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    const origin = allowed(c.req.header('origin') ?? '');
    await next();
    if (origin) setHeader(c, 'Access-Control-Allow-Origin', origin);
    setHeader(c, 'Access-Control-Expose-Headers', exposed);
    setHeader(c, 'Vary', 'Origin', true);
  };
};

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
