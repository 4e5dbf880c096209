import { getRequestListener } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from '../../shared/errors.js';
import { corsPolicy, requestId, securityHeaders } from './middleware.js';

const ORIGIN = 'chrome-extension://scribe-test';

// What these middlewares were: hono's cors as configured, and the request id set with `c.header`.
const previousCors = cors({
  origin: (origin) => (origin && origin !== 'null' && [ORIGIN].includes(origin) ? origin : null),
  allowHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-request-id'],
  allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
  exposeHeaders: ['etag', 'x-request-id', 'retry-after'],
  maxAge: 600,
});
const previousRequestId: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('x-request-id', c.req.header('x-request-id') ?? 'none');
};

const appWith = (ids: MiddlewareHandler, corsMiddleware: MiddlewareHandler) => {
  const app = new Hono()
    .use(ids)
    .use(securityHeaders())
    .use(corsMiddleware)
    .get('/chart', (c) => c.json({ vitals: 'stable' }))
    .post('/chart', (c) => {
      c.header('etag', '"3"');
      return c.json({ saved: true }, 201);
    })
    .get('/refused', () => {
      throw new AppError('forbidden', 'Not your patient');
    })
    // Every response of the app names its content type (problem+json, csv, text, ...).
    .get('/raw', () => new Response('plain', { headers: { vary: 'Accept', 'content-type': 'text/plain' } }));
  app.onError((e, c) => c.json({ code: isAppError(e) ? e.code : 'internal' }, 403));
  return app;
};

const requests = () =>
  [
    ['GET', '/chart', { origin: ORIGIN }],
    ['GET', '/chart', { origin: 'https://elsewhere.test' }],
    ['GET', '/chart', { origin: 'null' }],
    ['GET', '/chart', {}],
    ['HEAD', '/chart', { origin: ORIGIN }],
    ['HEAD', '/chart', {}],
    ['HEAD', '/raw', {}],
    ['POST', '/chart', { origin: ORIGIN }],
    ['GET', '/refused', { origin: ORIGIN }],
    ['GET', '/raw', {}],
    ['GET', '/nowhere', { origin: ORIGIN }],
    ['OPTIONS', '/chart', { origin: ORIGIN, 'access-control-request-method': 'POST' }],
    ['OPTIONS', '/chart', { origin: 'https://elsewhere.test', 'access-control-request-method': 'POST' }],
  ].map(
    ([method, path, headers]) =>
      new Request(`http://scribe.test${path}`, {
        method: method as string,
        headers: { 'x-request-id': 'req-12345678', ...(headers as Record<string, string>) },
      }),
  );

const seen = async (res: Response) => ({
  status: res.status,
  headers: [...res.headers.entries()],
  body: await res.text(),
});

describe('response headers (request id, security, CORS)', () => {
  it('are exactly what hono cors and c.header gave every kind of response, web or Node adapter Response', async () => {
    for (const adapter of [false, true]) {
      // The Node adapter's lightweight Response, installed globally as `serve` does.
      if (adapter) getRequestListener(() => new Response());
      const now = appWith(requestId(), corsPolicy([ORIGIN]));
      const before = appWith(previousRequestId, previousCors);
      const previous = requests();
      for (const [i, req] of requests().entries()) {
        expect(await seen(await now.fetch(req))).toEqual(await seen(await before.fetch(previous[i]!)));
      }
    }
  });

  it('leave a JSON response as the Node adapter made it: its body still a string, no stream to read back', async () => {
    // The adapter's lightweight Response, as under `serve`.
    getRequestListener(() => new Response());
    const res = await appWith(requestId(), corsPolicy([ORIGIN])).fetch(
      new Request('http://scribe.test/chart', { headers: { origin: ORIGIN } }),
    );
    const cache = Object.getOwnPropertySymbols(res).find((s) => s.description === 'cache');
    expect(cache).toBeDefined();
    const [status, body] = (res as unknown as Record<symbol, [number, unknown]>)[cache!]!;
    expect([status, typeof body]).toEqual([200, 'string']);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('x-request-id')).toMatch(/.+/);
  });
});
