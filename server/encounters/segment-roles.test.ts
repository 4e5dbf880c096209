import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftInput } from '../app-env.js';
import { auditOf, type NoteBody, signNote } from '../test-support/clinical-fixtures.js';
import { createTestContext, echoDrafter, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

type Line = {
  seq: number;
  speaker: string;
  correctedRole?: string;
  inferredRole: string | null;
  roleConfidence: number | null;
  roleVersion: number;
};

// A knee visit in our own words, recorded on one microphone; seq 4 is a telehealth-labelled line.
const visit = [
  'What brings you in this morning?',
  'My left knee has been swollen since I twisted it playing football on Sunday.',
  'Can you put weight on it?',
  'Only a little, it gives way on the stairs.',
];

describe.each(testDatabaseKinds())('speaker corrections and re-drafts (%s)', (kind) => {
  let t: TestContext;
  const drafts: DraftInput[] = [];
  beforeAll(async () => {
    t = await createTestContext(kind, {
      draft: (input) => {
        drafts.push(input);
        return echoDrafter.draft(input);
      },
    });
  });
  afterAll(() => t.close());

  const encounter = async (mrn: string) => {
    const enc = await json<{ id: string }>(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn, sex: 'female' }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    const segments = [
      ...visit.map((text, seq) => ({
        seq,
        startMs: seq * 3000,
        endMs: seq * 3000 + 2500,
        speaker: 'unknown',
        text,
      })),
      { seq: 4, startMs: 12_000, endMs: 14_000, speaker: 'patient', text: 'Thank you, doctor.' },
    ];
    await t.call('POST', `/encounters/${enc.id}/segments`, { token: t.tokens.clinician, body: { segments } });
    return enc.id;
  };
  const lines = async (id: string) =>
    (
      await json<{ segments: Line[] }>(
        await t.call('GET', `/encounters/${id}/segments`, { token: t.tokens.clinician }),
      )
    ).segments;
  const correct = (
    id: string,
    seq: number,
    role: string | null,
    ifMatch?: string,
    token = t.tokens.clinician,
  ) =>
    t.call('PUT', `/encounters/${id}/segments/${seq}/role`, {
      token,
      body: { role },
      ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
    });
  const draft = async (id: string) =>
    (
      await json<{ note: NoteBody }>(
        await t.call('POST', `/encounters/${id}/draft`, {
          token: t.tokens.clinician,
          body: { templateKey: 'soap' },
        }),
      )
    ).note;
  const redraft = (noteId: string, ifMatch?: string) =>
    t.call('POST', `/notes/${noteId}/redraft`, {
      token: t.tokens.clinician,
      body: { mode: 'offline' },
      ...(ifMatch ? { headers: { 'if-match': ifMatch } } : {}),
    });

  it('returns a likely role and confidence for unknown lines only; recorded labels get none', async () => {
    const id = await encounter('ROLE-1');
    const list = await lines(id);
    expect(list.map((l) => l.inferredRole)).toEqual(['clinician', 'patient', 'clinician', 'patient', null]);
    for (const l of list.slice(0, 4)) expect(l.roleConfidence).toBeGreaterThan(0.5);
    expect(list[4]).toMatchObject({ speaker: 'patient', inferredRole: null, roleConfidence: null });
    expect(list.every((l) => l.roleVersion === 0 && l.correctedRole === undefined)).toBe(true);
  });

  it('guesses again after a line is appended, not from a stale reading', async () => {
    const id = await encounter('ROLE-APPEND');
    const before = await lines(id);
    expect(await lines(id)).toEqual(before);
    const added = {
      seq: 5,
      startMs: 15_000,
      endMs: 17_000,
      speaker: 'unknown',
      text: 'Any numbness in the foot?',
    };
    await t.call('POST', `/encounters/${id}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [added] },
    });
    const after = await lines(id);
    expect(after).toHaveLength(before.length + 1);
    expect(after[5]).toMatchObject({ seq: 5, inferredRole: 'clinician' });
  });

  it('stores a correction apart from the recorded speaker, with If-Match on the line (428, 412)', async () => {
    const id = await encounter('ROLE-2');
    expect((await correct(id, 3, 'other')).status).toBe(428);
    expect((await correct(id, 3, 'other', '"5"')).status).toBe(412);
    const ok = await correct(id, 3, 'other', '"0"');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"1"');
    const after = (await json<{ segments: Line[] }>(ok)).segments;
    expect(after[3]).toMatchObject({
      speaker: 'unknown',
      correctedRole: 'other',
      inferredRole: null,
      roleVersion: 1,
    });
    expect(await lines(id)).toEqual(after);
    // The same (now stale) version again is refused: a second tab cannot silently undo the first.
    expect((await correct(id, 3, 'patient', '"0"')).status).toBe(412);
    // Withdrawn: the line is guessed again.
    const withdrawn = (await json<{ segments: Line[] }>(await correct(id, 3, null, '"1"'))).segments;
    expect(withdrawn[3]?.correctedRole).toBeUndefined();
    expect(withdrawn[3]?.roleVersion).toBe(2);
    expect(withdrawn[3]?.inferredRole).not.toBeNull();
    const audit = (await auditOf(t, t.userIds.clinician)).filter(
      (a) => a.action === 'transcript.role_correct',
    );
    expect(audit.map((a) => a.outcome)).toEqual(['success', 'success']);
    expect(audit.every((a) => a.entity_id === id && a.patient_id !== null)).toBe(true);
  });

  it('keeps labelled lines as recorded, and answers 404 for a missing line or someone else’s encounter', async () => {
    const id = await encounter('ROLE-3');
    const labelled = await correct(id, 4, 'clinician', '"0"');
    expect(labelled.status).toBe(409);
    expect((await lines(id))[4]).toMatchObject({ speaker: 'patient', roleVersion: 0 });
    expect((await correct(id, 99, 'clinician', '"0"')).status).toBe(404);
    expect((await correct(id, 1, 'patient', '"0"', t.tokens.clinician2)).status).toBe(404);
    expect((await correct(id, 1, 'patient', '"0"', t.tokens.staff)).status).toBe(403);
    expect((await correct(id, 1, 'nurse', '"0"')).status).toBe(400);
  });

  it('passes corrections and the recorded sex to the drafter; a re-draft is a new version that keeps edits', async () => {
    const id = await encounter('ROLE-4');
    const note = await draft(id);
    expect(drafts.at(-1)?.patient?.sex).toBe('female');
    expect((await correct(id, 1, 'other', '"0"')).status).toBe(200);

    // The clinician edited the draft: a re-draft makes the next version and says the edits are kept.
    const edited = await json<NoteBody & { content: unknown }>(
      await t.call('PUT', `/notes/${note.id}`, {
        token: t.tokens.clinician,
        headers: { 'if-match': `"${note.version}"` },
        body: { content: { sections: [{ id: 'subjective', title: 'Subjective', sentences: [] }] } },
      }),
    );
    expect((await redraft(note.id)).status).toBe(428);
    expect((await redraft(note.id, `"${note.version}"`)).status).toBe(412);
    const res = await redraft(note.id, `"${edited.version}"`);
    expect(res.status).toBe(201);
    const body = await json<{ note: NoteBody; engine: string; warnings: string[] }>(res);
    expect(body.note).toMatchObject({ id: note.id, version: edited.version + 1 });
    expect(res.headers.get('etag')).toBe(`"${edited.version + 1}"`);
    expect(body.warnings).toContain(
      `Version ${edited.version} had edits by a person; it is kept in the version history`,
    );
    const input = drafts.at(-1)!;
    expect(input.segments.find((s) => s.seq === 1)).toMatchObject({
      speaker: 'unknown',
      correctedRole: 'other',
    });
    expect(input.segments.find((s) => s.seq === 4)?.correctedRole).toBeUndefined();
    expect(input.patient?.sex).toBe('female');
    const versions = await json<{ versions: Array<{ version: number; kind: string }> }>(
      await t.call('GET', `/notes/${note.id}/versions`, { token: t.tokens.clinician }),
    );
    expect(versions.versions.map((v) => v.kind)).toEqual(['drafted', 'edited', 'drafted']);
  });

  it('refuses corrections and re-drafts once a note of the encounter is signed', async () => {
    const id = await encounter('ROLE-5');
    const note = await draft(id);
    expect((await signNote(t, note)).status).toBe(200);
    const late = await correct(id, 1, 'patient', '"0"');
    expect(late.status).toBe(409);
    expect((await json(late)).code).toBe('note_signed');
    expect((await lines(id))[1]?.correctedRole).toBeUndefined();
    const again = await redraft(note.id, `"${note.version}"`);
    expect(again.status).toBe(409);
    expect((await json(again)).code).toBe('note_signed');
  });
});
