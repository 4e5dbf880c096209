import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import { problemResponse } from './problem.js';

/** A route failing with `error`, answered by the one error handler. */
const answer = async (error: unknown) => {
  const app = new Hono<AppEnv>().get('/x', () => {
    throw error;
  });
  app.onError((err, c) => problemResponse(c, err));
  const res = await app.request('/x');
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as { code: string },
  };
};

describe('database outages become 503 service_unavailable, not 500', () => {
  it.each([
    ['pool connection timeout', new Error('timeout exceeded when trying to connect')],
    [
      'connection refused',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    ['server shutting down', Object.assign(new Error('terminating connection'), { code: '57P01' })],
    [
      'statement timeout',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
    ],
    [
      'wrapped by the query builder',
      Object.assign(new Error('Failed query: select 1'), {
        cause: new Error('Connection terminated unexpectedly'),
      }),
    ],
  ])('%s → 503 with Retry-After', async (_label, error) => {
    const res = await answer(error);
    expect(res.status).toBe(503);
    expect(res.body.code).toBe('service_unavailable');
    expect(res.retryAfter).toBe('5');
  });

  it('any other error is a 500 that reveals nothing', async () => {
    const res = await answer(new Error('secret internal detail'));
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('secret internal detail');
  });
});

describe('a value PostgreSQL refuses (data exception) is a 400, not a 500', () => {
  it.each([
    ['NUL in text', '22P05'],
    ['integer out of range', '22003'],
    ['date out of range', '22008'],
  ])('%s → 400 bad_request', async (_label, code) => {
    const res = await answer(
      Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('x'), { code }) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('bad_request');
  });
});
