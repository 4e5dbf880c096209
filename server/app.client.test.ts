import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppType } from './app.js';
import { createTestContext, type TestContext } from './test-support/test-app.js';

describe('typed client (hc<AppType>) as the extension uses it', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('calls routes with typed inputs and reads typed outputs', async () => {
    const client = hc<AppType>('http://scribe.test', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => t.app.request(input, init),
      headers: { authorization: `Bearer ${t.tokens.clinician}` },
    });
    const created = await client.encounters.$post({
      json: { patient: { mrn: 'HC-1', displayName: null }, consent: { attested: true, method: 'verbal' } },
    });
    expect(created.status).toBe(201);
    const encounter = await created.json();
    // Compile-time proof: these properties exist on the inferred response type.
    const id: string = encounter.id;
    const mrn: string = encounter.patient.mrn;
    expect(mrn).toBe('HC-1');
    const segs = await client.encounters[':id'].segments.$post({
      param: { id },
      json: { segments: [{ seq: 0, startMs: 0, endMs: 10, speaker: 'patient', text: 'hello' }] },
    });
    expect(await segs.json()).toEqual({ inserted: [0], unchanged: [] });
    const me = await (await client.me.$get()).json();
    expect(me.role).toBe('clinician');
  });
});
