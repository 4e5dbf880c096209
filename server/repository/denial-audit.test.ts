import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, draftNote, startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('denied attempts leave an audit trace (%s)', (kind) => {
  let t: TestContext;
  let encounterId: string;
  let patientId: string;
  let noteId: string;
  beforeAll(async () => {
    t = await createTestContext(kind);
    const enc = await startEncounter(t, { mrn: 'DEN-1' });
    encounterId = enc.id;
    patientId = enc.patient.id;
    noteId = (await draftNote(t, enc.id)).id;
  });
  afterAll(() => t.close());

  it("audits another clinician's 404 reads as denied, naming the patient", async () => {
    expect((await t.call('GET', `/notes/${noteId}`, { token: t.tokens.clinician2 })).status).toBe(404);
    expect((await t.call('GET', `/encounters/${encounterId}`, { token: t.tokens.clinician2 })).status).toBe(
      404,
    );
    const events = await auditOf(t, t.userIds.clinician2);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'note.read',
          outcome: 'denied',
          entity_id: noteId,
          patient_id: patientId,
        }),
        expect.objectContaining({ action: 'encounter.read', outcome: 'denied', entity_id: encounterId }),
      ]),
    );
  });

  it('audits a staff sign attempt and an admin reading notes as refused', async () => {
    const sign = await t.call('POST', `/notes/${noteId}/sign`, {
      token: t.tokens.staff,
      headers: { 'if-match': '"1"' },
    });
    expect(sign.status).toBe(403);
    expect((await t.call('GET', '/notes', { token: t.tokens.admin })).status).toBe(403);
    expect(await auditOf(t, t.userIds.staff)).toContainEqual(
      expect.objectContaining({
        action: 'access.refused',
        outcome: 'denied',
        entity_id: `POST /notes/${noteId}/sign`,
      }),
    );
    expect(await auditOf(t, t.userIds.admin)).toContainEqual(
      expect.objectContaining({ action: 'access.refused', outcome: 'denied', entity_id: 'GET /notes' }),
    );
  });

  it('audits a clinician reading the audit log and staff setting up two-factor as refused', async () => {
    expect((await t.call('GET', '/audit', { token: t.tokens.clinician })).status).toBe(403);
    expect((await t.call('POST', '/me/totp/setup', { token: t.tokens.staff })).status).toBe(403);
    expect(await auditOf(t, t.userIds.clinician)).toContainEqual(
      expect.objectContaining({ action: 'access.refused', outcome: 'denied', entity_id: 'GET /audit' }),
    );
    expect(await auditOf(t, t.userIds.staff)).toContainEqual(
      expect.objectContaining({
        action: 'access.refused',
        outcome: 'denied',
        entity_id: 'POST /me/totp/setup',
      }),
    );
  });

  it('audits a write refused inside the repository (another clinician uploading segments)', async () => {
    expect(
      (
        await t.call('POST', `/encounters/${encounterId}/segments`, {
          token: t.tokens.clinician2,
          body: { segments: [{ seq: 3, startMs: 0, endMs: 1, speaker: 'patient', text: 'x' }] },
        })
      ).status,
    ).toBe(404);
    expect(await auditOf(t, t.userIds.clinician2)).toContainEqual(
      expect.objectContaining({ action: 'transcript.append', outcome: 'denied', patient_id: patientId }),
    );
  });
});
