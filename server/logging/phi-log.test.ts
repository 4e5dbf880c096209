import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
