import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';

describe('errors are problem+json with stable codes', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('unknown route → 401 to strangers (routes are not revealed), 404 not_found when signed in', async () => {
    expect((await t.call('GET', '/nope')).status).toBe(401);
    const res = await t.call('GET', '/nope', { token: t.tokens.staff });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await json(res)).toMatchObject({ status: 404, code: 'not_found', instance: '/nope' });
  });

  it('invalid JSON body → 400 validation_failed with the path of each issue', async () => {
    const res = await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn: '' }, consent: { attested: false, method: 'telepathy' } },
    });
    expect(res.status).toBe(400);
    const body = await json<{ code: string; errors: { path: string }[] }>(res);
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['patient.mrn', 'consent.attested', 'consent.method']),
    );
  });

  it('malformed JSON → 400, not 500', async () => {
    const res = await t.call('POST', '/auth/login', {
      body: '{"email": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).code).toMatch(/bad_request|validation_failed/);
  });

  it('a body that is not JSON → 415', async () => {
    const res = await t.call('POST', '/auth/login', {
      body: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect((await json(res)).code).toBe('unsupported_media_type');
  });

  it('a body over the limit → 413, also when sent chunked without Content-Length', async () => {
    const big = JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2_000_000) });
    const res = await t.call('POST', '/auth/login', { body: big });
    expect(res.status).toBe(413);
    expect((await json(res)).code).toBe('payload_too_large');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
        controller.close();
      },
    });
    const chunked = await t.app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('every response carries security headers and a request id', async () => {
    const res = await t.call('GET', '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('CORS allows no origin that is not configured, and never null', async () => {
    const res = await t.call('OPTIONS', '/auth/login', {
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const nullOrigin = await t.call('GET', '/health', { headers: { origin: 'null' } });
    expect(nullOrigin.headers.get('access-control-allow-origin')).toBeNull();
  });
});
