import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacySignedNoteHash } from '../notes/signed-content.js';
import {
  auditOf,
  draftNote,
  type NoteBody,
  signNote,
  startEncounter,
} from '../test-support/clinical-fixtures.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('patient identity changes only through the audited path (%s)', (kind) => {
  let t: TestContext;
  let patientId: string;
  let signed: NoteBody;
  beforeAll(async () => {
    t = await createTestContext(kind);
    const enc = await startEncounter(t, { mrn: 'ID-1', displayName: 'Ann Lee' });
    patientId = enc.patient.id;
    const note = await draftNote(t, enc.id);
    signed = await json<NoteBody>(await signNote(t, note));
  });
  afterAll(() => t.close());

  const asClinician2 = (mrn: string, displayName: string) =>
    t.call('POST', '/encounters', {
      token: t.tokens.clinician2,
      body: { patient: { mrn, displayName }, consent: { attested: true, method: 'verbal' } },
    });
  const exportText = async () =>
    (await t.call('GET', `/notes/${signed.id}/export?format=text`, { token: t.tokens.clinician })).text();

  it("refuses another clinician's encounter that names the MRN's patient differently (no rename)", async () => {
    const res = await asClinician2('ID-1', 'Mallory Mallet');
    expect(res.status).toBe(409);
    expect((await json(res)).code).toBe('patient_mismatch');
    const viaPatients = await t.call('POST', '/patients', {
      token: t.tokens.staff,
      body: { mrn: 'ID-1', displayName: 'Mallory Mallet' },
    });
    expect(viaPatients.status).toBe(409);
    const text = await exportText();
    expect(text).toContain('Ann Lee');
    expect(text).not.toContain('Mallory');
    // The same person written another way is the same patient.
    const same = await asClinician2('ID-1', 'ann  LEE');
    expect(same.status).toBe(201);
    expect((await json<{ patient: { displayName: string } }>(same)).patient.displayName).toBe('Ann Lee');
  });

  it('fills in details the record lacks, audited', async () => {
    await startEncounter(t, { mrn: 'ID-2' });
    const res = await asClinician2('ID-2', 'Bo Chen');
    expect(res.status).toBe(201);
    expect((await json<{ patient: { displayName: string } }>(res)).patient.displayName).toBe('Bo Chen');
    const events = await auditOf(t, t.userIds.clinician2);
    expect(events.map((e) => e.action)).toContain('patient.identity_complete');
  });

  it('lets staff correct the identity (audited, high); the signed export keeps the name it was signed with', async () => {
    const byClinician = await t.call('PATCH', `/patients/${patientId}`, {
      token: t.tokens.clinician,
      body: { displayName: 'Ann Smith' },
    });
    expect(byClinician.status).toBe(403);
    const res = await t.call('PATCH', `/patients/${patientId}`, {
      token: t.tokens.staff,
      body: { displayName: 'Ann Smith', birthDate: '1980-04-01', sex: 'female' },
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      displayName: 'Ann Smith',
      birthDate: '1980-04-01',
      sex: 'female',
    });
    const staffEvents = await auditOf(t, t.userIds.staff);
    expect(staffEvents.find((e) => e.action === 'patient.identity_update')).toMatchObject({
      outcome: 'success',
      severity: 'high',
      patient_id: patientId,
    });

    const note = await json<NoteBody>(
      await t.call('GET', `/notes/${signed.id}`, { token: t.tokens.clinician }),
    );
    expect(note.integrity).toBe('valid');
    expect(note.signedIdentity).toMatchObject({ mrn: 'ID-1', displayName: 'Ann Lee' });
    const text = await exportText();
    expect(text).toContain('Ann Lee');
    expect(text).not.toContain('Ann Smith');
    const fhir = await (
      await t.call('GET', `/notes/${signed.id}/export?format=fhir`, { token: t.tokens.clinician })
    ).text();
    expect(fhir).toContain('Ann Lee');
    expect(fhir).not.toContain('Ann Smith');
  });

  it('breaks integrity when the stored signed identity is changed', async () => {
    await t.database.db.execute(
      sql`update notes set signed_identity = jsonb_set(signed_identity, '{displayName}', '"Eve Doe"') where id = ${signed.id}`,
    );
    const note = await json<NoteBody>(
      await t.call('GET', `/notes/${signed.id}`, { token: t.tokens.clinician }),
    );
    expect(note.integrity).toBe('broken');
  });

  it('still verifies a note signed before the signature kept the identity (legacy hash)', async () => {
    const enc = await startEncounter(t, { mrn: 'ID-3', displayName: 'Cy Old' });
    const note = await json<NoteBody>(await signNote(t, await draftNote(t, enc.id)));
    const row = (await t.database.db.execute(
      sql`select n.signed_by, n.signed_at, v.content from notes n
          join note_versions v on v.note_id = n.id and v.version = n.current_version where n.id = ${note.id}`,
    )) as unknown as { rows: { signed_by: string; signed_at: string; content: unknown }[] };
    const r = row.rows[0]!;
    const legacy = legacySignedNoteHash({
      noteId: note.id,
      version: note.version,
      content: (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) as never,
      signedBy: r.signed_by,
      signedAt: new Date(note.signedAt),
    });
    await t.database.db.execute(
      sql`update notes set signed_identity = null, content_hash = ${legacy} where id = ${note.id}`,
    );
    const read = await json<NoteBody>(
      await t.call('GET', `/notes/${note.id}`, { token: t.tokens.clinician }),
    );
    expect(read.integrity).toBe('valid');
    expect(read.signedIdentity).toBeNull();
  });
});
