import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Drafter } from '../app-env.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';

const SENTINEL = 'Zqxjvw-PHI-Sentinel-8842';

describe('logs never contain PHI or secrets', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(() => t.close());

  it('feeds a sentinel through every write route; it appears in no log line and in no audit row', async () => {
    const c = t.tokens.clinician;
    await t.call('POST', '/auth/login', { body: { email: `${SENTINEL}@x.y`, password: SENTINEL } });
    await t.call('POST', '/users', {
      token: t.tokens.admin,
      body: { email: `u${SENTINEL}@x.y`, displayName: SENTINEL, role: 'staff', password: `${SENTINEL}-pw` },
    });
    await t.call('POST', '/patients', { token: c, body: { mrn: SENTINEL, displayName: SENTINEL } });
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: c,
        body: {
          patient: { mrn: `M-${SENTINEL}`, displayName: SENTINEL },
          consent: { attested: true, method: 'verbal' },
        },
      }),
    );
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: c,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 5, speaker: 'patient', text: SENTINEL }] },
    });
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: c,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 5, speaker: 'patient', text: `${SENTINEL}!` }] },
    });
    await t.call('GET', `/patients?mrn=${SENTINEL}`, { token: c });
    const note = await json(
      await t.call('POST', `/encounters/${enc.id}/draft`, { token: c, body: { templateKey: 'soap' } }),
    );
    const noteId = (note.note as { id: string }).id;
    const content = {
      sections: [
        {
          id: 'subjective',
          title: SENTINEL,
          sentences: [{ id: 'x', text: SENTINEL, evidence: [], support: 'edited' }],
        },
      ],
    };
    await t.call('PUT', `/notes/${noteId}`, { token: c, body: { content }, headers: { 'if-match': '"1"' } });
    await t.call('PUT', `/notes/${noteId}`, { token: c, body: { content }, headers: { 'if-match': '"1"' } });
    await t.call('POST', `/notes/${noteId}/sign`, { token: c, headers: { 'if-match': '"2"' } });
    await t.call('POST', `/notes/${noteId}/addenda`, { token: c, body: { text: SENTINEL } });
    await t.call('POST', '/templates', {
      token: t.tokens.admin,
      body: { key: 'sentinel', body: { name: SENTINEL, sections: [{ id: 'a', title: SENTINEL }] } },
    });
    await t.call('POST', '/encounters', {
      token: c,
      body: { patient: { mrn: SENTINEL.repeat(10) }, consent: { attested: true, method: 'verbal' } },
    });

    expect(t.logLines.length).toBeGreaterThan(10);
    expect(t.logLines.filter((l) => l.includes(SENTINEL))).toEqual([]);
    expect(t.logLines.filter((l) => l.includes(t.tokens.clinician))).toEqual([]);
    const audit = (await t.database.db.execute(sql`select * from audit_events`)) as unknown as {
      rows: unknown[];
    };
    expect(JSON.stringify(audit.rows)).not.toContain(SENTINEL);
  });
});

describe('a failed request is logged with its code, route, status and request id, never its data', () => {
  let t: TestContext;
  // A failure whose message quotes patient data, as a database or LLM error can.
  const failingDrafter: Drafter = {
    draft: async () => {
      throw Object.assign(new Error(`could not draft for ${SENTINEL}`), { code: 'XX000' });
    },
  };
  beforeAll(async () => {
    t = await createTestContext('pglite', failingDrafter);
  });
  afterAll(() => t.close());

  it('logs where and how it failed, without the message', async () => {
    const c = t.tokens.clinician;
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: c,
        body: {
          patient: { mrn: 'LOG-1', displayName: SENTINEL },
          consent: { attested: true, method: 'verbal' },
        },
      }),
    );
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: c,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 5, speaker: 'patient', text: SENTINEL }] },
    });
    const res = await t.call('POST', `/encounters/${enc.id}/draft`, {
      token: c,
      body: { templateKey: 'soap' },
      headers: { 'x-request-id': 'req-log-test-1' },
    });
    expect(res.status).toBe(500);
    const failed = t.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.level === 'error');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      msg: 'request failed',
      requestId: 'req-log-test-1',
      method: 'POST',
      route: '/encounters/:id/draft',
      status: 500,
      code: 'internal',
      errorName: 'Error',
      errorCode: 'XX000',
    });
    expect(String(failed[0]!.errorAt)).toMatch(/^server\/logging\/phi-log\.test\.ts:\d+$/);
    const access = t.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.requestId === 'req-log-test-1' && l.msg === 'request');
    expect(access).toMatchObject({ status: 500, code: 'internal', route: '/encounters/:id/draft' });
    expect(t.logLines.filter((l) => l.includes(SENTINEL))).toEqual([]);
  });

  it('a refused request is logged with its problem code', async () => {
    await t.call('GET', '/encounters/not-a-uuid', {
      token: t.tokens.clinician,
      headers: { 'x-request-id': 'req-log-test-2' },
    });
    const access = t.logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.requestId === 'req-log-test-2');
    expect(access).toMatchObject({ status: 400, code: 'validation_failed', route: '/encounters/:id' });
  });
});
