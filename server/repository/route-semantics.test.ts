import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addSuggestedCode,
  auditOf,
  draftNote,
  type NoteBody,
  signNote,
  startEncounter,
} from '../test-support/clinical-fixtures.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const seg = (seq: number) => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'patient',
  text: `s${seq}`,
});

describe.each(testDatabaseKinds())('sign, segments and code decisions (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  it('signs only with If-Match naming the version the signer saw: 428 without, 412 when stale', async () => {
    const enc = await startEncounter(t, { mrn: 'SEM-1' });
    const note = await draftNote(t, enc.id);
    const bare = await t.call('POST', `/notes/${note.id}/sign`, { token: t.tokens.clinician });
    expect(bare.status).toBe(428);
    expect((await json(bare)).code).toBe('precondition_required');
    const stale = await signNote(t, { id: note.id, version: note.version + 1 });
    expect(stale.status).toBe(412);
    const ok = await signNote(t, note);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe(`"${note.version}"`);
  });

  it('refuses new segments after complete (409 encounter_closed); a retry of stored ones is a no-op', async () => {
    const enc = await startEncounter(t, { mrn: 'SEM-2' });
    const complete = await t.call('POST', `/encounters/${enc.id}/complete`, { token: t.tokens.clinician });
    expect(complete.status).toBe(200);
    const upload = (segments: unknown[]) =>
      t.call('POST', `/encounters/${enc.id}/segments`, { token: t.tokens.clinician, body: { segments } });
    const late = await upload([seg(1)]);
    expect(late.status).toBe(409);
    expect((await json(late)).code).toBe('encounter_closed');
    const retry = await upload([
      { seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'My knee hurts.' },
    ]);
    expect(retry.status).toBe(200);
    expect(await json(retry)).toEqual({ inserted: [], unchanged: [0] });
  });

  it('refuses new segments once a note of the encounter is signed', async () => {
    const enc = await startEncounter(t, { mrn: 'SEM-3' });
    expect((await signNote(t, await draftNote(t, enc.id))).status).toBe(200);
    const late = await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [seg(5)] },
    });
    expect(late.status).toBe(409);
    expect((await json(late)).code).toBe('encounter_closed');
  });

  it('stores a code decision after signing apart from the signed codes, audited, integrity intact', async () => {
    const enc = await startEncounter(t, { mrn: 'SEM-4' });
    const note = await draftNote(t, enc.id);
    const codeId = await addSuggestedCode(t, note.id);
    expect((await signNote(t, note)).status).toBe(200);

    const res = await t.call('PATCH', `/notes/${note.id}/codes/${codeId}`, {
      token: t.tokens.staff,
      body: { status: 'accepted' },
    });
    expect(res.status).toBe(200);
    const after = await json<NoteBody>(res);
    expect(after.integrity).toBe('valid');
    expect(after.codes.find((k) => k.id === codeId)?.status).toBe('suggested');
    expect(after.codesAfterSigning).toMatchObject([
      { codeId, status: 'accepted', decidedBy: t.userIds.staff },
    ]);
    const events = await auditOf(t, t.userIds.staff);
    expect(events.map((e) => e.action)).toContain('note.code_after_signing.accepted');
    const text = await (
      await t.call('GET', `/notes/${note.id}/export?format=text`, { token: t.tokens.clinician })
    ).text();
    expect(text).toMatch(/CODED AFTER SIGNING\nM25\.561 .*accepted, coded after signing by Test staff/);
  });

  it('breaks integrity when a signed code is changed in the database', async () => {
    const enc = await startEncounter(t, { mrn: 'SEM-5' });
    const note = await draftNote(t, enc.id);
    const codeId = await addSuggestedCode(t, note.id);
    expect((await signNote(t, note)).status).toBe(200);
    await t.database.db.execute(sql`update note_codes set status = 'accepted' where id = ${codeId}`);
    const read = await json<NoteBody>(
      await t.call('GET', `/notes/${note.id}`, { token: t.tokens.clinician }),
    );
    expect(read.integrity).toBe('broken');
  });
});
