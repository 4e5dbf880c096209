import { HonoRequest } from 'hono/request';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../test-support/test-app.js';

describe('refusing malformed text', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext('pglite');
  });
  afterAll(() => t.close());

  it('reads no body on a GET that says it is JSON, and still refuses a NUL in a JSON body', async () => {
    const json = vi.spyOn(HonoRequest.prototype, 'json');
    try {
      const headers = { 'content-type': 'application/json' };
      const res = await t.call('GET', '/encounters', { token: t.tokens.clinician, headers });
      expect(res.status).toBe(200);
      // Before: every such GET had the Node adapter build a web Request to read an absent body.
      expect(json).not.toHaveBeenCalled();
      const bad = await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn: 'NUL\u0000-1' }, consent: { attested: true, method: 'verbal' } },
      });
      expect(bad.status).toBe(400);
      expect(json).toHaveBeenCalled();
    } finally {
      json.mockRestore();
    }
  });
});
