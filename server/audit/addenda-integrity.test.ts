import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('a deleted addendum breaks the signed note’s integrity (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  /** A signed note with `count` addenda; returns its id. */
  async function signedNoteWithAddenda(mrn: string, count: number): Promise<string> {
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'My knee hurts.' }] },
    });
    const drafted = await json<{ note: { id: string; version: number } }>(
      await t.call('POST', `/encounters/${enc.id}/draft`, {
        token: t.tokens.clinician,
        body: { templateKey: 'soap' },
      }),
    );
    const noteId = drafted.note.id;
    const signed = await t.call('POST', `/notes/${noteId}/sign`, {
      token: t.tokens.clinician,
      headers: { 'if-match': `"${drafted.note.version}"` },
    });
    expect(signed.status).toBe(200);
    for (let i = 1; i <= count; i++) {
      const res = await t.call('POST', `/notes/${noteId}/addenda`, {
        token: t.tokens.clinician,
        body: { text: `Addendum ${i}: follow-up arranged.` },
      });
      expect(res.status).toBe(201);
    }
    return noteId;
  }

  const read = async (noteId: string) =>
    json<{ integrity: string; addenda: { text: string }[] }>(
      await t.call('GET', `/notes/${noteId}`, { token: t.tokens.clinician }),
    );

  it('flags the note when its last addendum row is deleted', async () => {
    const noteId = await signedNoteWithAddenda('ADD-1', 2);
    expect((await read(noteId)).integrity).toBe('valid');
    await t.database.db.execute(sql`
      delete from note_addenda where id = (
        select id from note_addenda where note_id = ${noteId} order by seq desc limit 1)`);
    const after = await read(noteId);
    expect(after.addenda.map((a) => a.text)).toEqual(['Addendum 1: follow-up arranged.']);
    expect(after.integrity).toBe('broken');
  });

  it('flags the note when its only addendum is deleted', async () => {
    const noteId = await signedNoteWithAddenda('ADD-2', 1);
    expect((await read(noteId)).integrity).toBe('valid');
    await t.database.db.execute(sql`delete from note_addenda where note_id = ${noteId}`);
    const after = await read(noteId);
    expect(after.addenda).toEqual([]);
    expect(after.integrity).toBe('broken');
  });

  it('flags the note when an addendum in the middle is deleted, and audits the broken read', async () => {
    const noteId = await signedNoteWithAddenda('ADD-3', 3);
    expect((await read(noteId)).integrity).toBe('valid');
    await t.database.db.execute(sql`delete from note_addenda where note_id = ${noteId} and seq = 2`);
    expect((await read(noteId)).integrity).toBe('broken');
    const events = await json<{ events: { action: string; severity: string; entityId: string }[] }>(
      await t.call('GET', `/audit?actorId=${t.userIds.clinician}`, { token: t.tokens.admin }),
    );
    expect(
      events.events.find((e) => e.action === 'note.read.integrity_broken' && e.entityId === noteId),
    ).toMatchObject({ severity: 'high' });
  });

  it('keeps a note with addenda from before the chain valid, and chains the next addendum onto them', async () => {
    const noteId = await signedNoteWithAddenda('ADD-4', 1);
    // As written before the chain existed: no seq, no head on the note.
    await t.database.db.execute(sql`update note_addenda set seq = null where note_id = ${noteId}`);
    await t.database.db.execute(sql`update notes set addenda_head = null where id = ${noteId}`);
    expect((await read(noteId)).integrity).toBe('valid');
    const res = await t.call('POST', `/notes/${noteId}/addenda`, {
      token: t.tokens.clinician,
      body: { text: 'Addendum 2: results reviewed.' },
    });
    expect(res.status).toBe(201);
    expect((await read(noteId)).integrity).toBe('valid');
    await t.database.db.execute(sql`delete from note_addenda where note_id = ${noteId} and seq = 1`);
    expect((await read(noteId)).integrity).toBe('broken');
  });
});
