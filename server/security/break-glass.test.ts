import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

type Events = { events: { action: string; actorId: string; severity: string; entityId: string }[] };

describe.each(testDatabaseKinds())('break-glass emergency access (%s)', (kind) => {
  let t: TestContext;
  let encounterId: string;
  let noteId: string;
  const reason = 'Patient unconscious in ED; treating clinician needs history';
  beforeAll(async () => {
    t = await createTestContext(kind);
    encounterId = (
      await json(
        await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: { patient: { mrn: 'BG-1' }, consent: { attested: true, method: 'verbal' } },
        }),
      )
    ).id as string;
    noteId = (
      await json(
        await t.call('POST', `/encounters/${encounterId}/notes`, {
          token: t.tokens.clinician,
          body: { templateKey: 'soap' },
        }),
      )
    ).id as string;
  });
  afterAll(() => t.close());

  const grant = (body: Record<string, unknown>, token = t.tokens.admin) =>
    t.call('POST', '/break-glass', { token, body });

  it('needs an admin, a reason of at least 20 characters and at most 240 minutes', async () => {
    const valid = { userId: t.userIds.clinician2, encounterId, reason, minutes: 60 };
    expect((await grant(valid, t.tokens.clinician2)).status).toBe(403);
    expect((await grant({ ...valid, reason: 'emergency' })).status).toBe(400);
    expect((await grant({ ...valid, minutes: 241 })).status).toBe(400);
    expect((await grant({ ...valid, userId: t.userIds.staff })).status).toBe(422);
  });

  it('lets the clinician read (not sign or edit) until it expires, auditing each use as high severity', async () => {
    expect((await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.clinician2 })).status).toBe(
      404,
    );
    const res = await grant({ userId: t.userIds.clinician2, encounterId, reason, minutes: 30 });
    expect(res.status).toBe(201);

    expect((await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.clinician2 })).status).toBe(
      200,
    );
    expect((await t.call('GET', `/notes/${noteId}`, { token: t.tokens.clinician2 })).status).toBe(200);
    expect(
      (await t.call('GET', `/encounters/${encounterId}/notes`, { token: t.tokens.clinician2 })).status,
    ).toBe(200);
    const sign = await t.call('POST', `/notes/${noteId}/sign`, { token: t.tokens.clinician2 });
    expect(sign.status).toBe(403);
    const edit = await t.call('PUT', `/notes/${noteId}`, {
      token: t.tokens.clinician2,
      headers: { 'if-match': '"1"' },
      body: { content: { sections: [], drafter: 'manual', warnings: [] } },
    });
    expect(edit.status).toBe(403);

    const audit = await json<Events>(
      await t.call('GET', `/audit?actorId=${t.userIds.clinician2}`, { token: t.tokens.admin }),
    );
    const uses = audit.events.filter((e) => e.action === 'breakglass.use');
    expect(uses.length).toBeGreaterThanOrEqual(3);
    expect(uses.every((e) => e.severity === 'high' && e.entityId === encounterId)).toBe(true);
    const grants = await json<Events>(
      await t.call('GET', `/audit?actorId=${t.userIds.admin}`, { token: t.tokens.admin }),
    );
    expect(grants.events.find((e) => e.action === 'breakglass.grant')?.severity).toBe('high');

    const start = t.now.value;
    try {
      t.now.value = new Date(start.getTime() + 31 * 60_000);
      // A fresh session (the old one idled out): the grant, not the session, is what expired.
      const login = await json<{ token: string }>(
        await t.call('POST', '/auth/login', {
          body: { email: 'clinician2@test.local', password: 'correct horse battery staple' },
        }),
      );
      expect((await t.call('GET', `/encounters/${encounterId}`, { token: login.token })).status).toBe(404);
    } finally {
      t.now.value = start;
    }
  });
});
