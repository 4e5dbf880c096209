import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema/index.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('inserting a note into the EHR (%s)', (kind) => {
  let t: TestContext;
  let noteId: string;
  const lastAudit = async () =>
    (await t.database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0]!;

  beforeAll(async () => {
    t = await createTestContext(kind);
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: {
          patient: { mrn: 'EHR-1', displayName: 'Ada Example' },
          consent: { attested: true, method: 'verbal' },
        },
      }),
    );
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: t.tokens.clinician,
      body: {
        segments: [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'My knee hurts.' }],
      },
    });
    const drafted = await json<{ note: { id: string } }>(
      await t.call('POST', `/encounters/${enc.id}/draft`, {
        token: t.tokens.clinician,
        body: { templateKey: 'soap' },
      }),
    );
    noteId = drafted.note.id;
  });
  afterAll(() => t.close());

  const queue = async () =>
    (
      await json<{ notes: Array<{ id: string; visitDate: string }> }>(
        await t.call('GET', '/notes?status=signed&notInserted=true', { token: t.tokens.staff }),
      )
    ).notes.map((n) => n.id);

  it('gives a draft a DRAFT status line with its author, patient and visit date', async () => {
    const res = await t.call('GET', `/notes/${noteId}/ehr-text`, { token: t.tokens.staff });
    expect(res.status).toBe(200);
    const body = await json<{ text: string; status: string; patient: { mrn: string }; visitDate: string }>(
      res,
    );
    expect(body.text.split('\n')[0]).toBe(
      'DRAFT - NOT SIGNED. Author: Test clinician (Scribe note v1, not reviewed for signature)',
    );
    expect(body.text).toContain('MRN: EHR-1');
    expect(body.patient.mrn).toBe('EHR-1');
    expect(body.visitDate).toBe('2026-03-02');
  });

  it('refuses to record an insert into another patient’s chart and audits the refusal (high)', async () => {
    const res = await t.call('POST', `/notes/${noteId}/ehr-inserts`, {
      token: t.tokens.staff,
      body: { version: 1, mode: 'append', chartMrn: 'OTHER-9', overrideId: null },
    });
    expect(res.status).toBe(409);
    expect((await json(res)).code).toBe('wrong_patient');
    expect(await lastAudit()).toMatchObject({
      action: 'note.ehr_insert',
      outcome: 'denied',
      severity: 'high',
      entityId: noteId,
    });
  });

  it('accepts an override only with a reason, audits it as high severity, then records the insert', async () => {
    const short = await t.call('POST', `/notes/${noteId}/ehr-insert-overrides`, {
      token: t.tokens.staff,
      body: { chartMrn: null, reason: 'ok' },
    });
    expect(short.status).toBe(400);
    const created = await t.call('POST', `/notes/${noteId}/ehr-insert-overrides`, {
      token: t.tokens.staff,
      body: { chartMrn: null, reason: 'Banner hidden by the EHR pop-up; chart checked by hand.' },
    });
    expect(created.status).toBe(201);
    const override = await json<{ id: string }>(created);
    expect(await lastAudit()).toMatchObject({ action: 'note.ehr_insert.override', severity: 'high' });
    // Another user cannot use someone else's override.
    const foreign = await t.call('POST', `/notes/${noteId}/ehr-inserts`, {
      token: t.tokens.clinician,
      body: { version: 1, mode: 'append', chartMrn: null, overrideId: override.id },
    });
    expect(foreign.status).toBe(409);
    const inserted = await t.call('POST', `/notes/${noteId}/ehr-inserts`, {
      token: t.tokens.staff,
      body: { version: 1, mode: 'append', chartMrn: null, overrideId: override.id },
    });
    expect(inserted.status).toBe(201);
    expect(await json(inserted)).toMatchObject({ mode: 'append', overridden: true });
    expect(await lastAudit()).toMatchObject({ action: 'note.ehr_insert.overridden', severity: 'high' });
  });

  it('lists a signed note as "not yet inserted" until a signed version is inserted into the right chart', async () => {
    await t.call('POST', `/notes/${noteId}/sign`, {
      token: t.tokens.clinician,
      headers: { 'if-match': '"1"' },
    });
    // The draft inserted earlier does not count: the chart holds an unsigned text.
    expect(await queue()).toEqual([noteId]);
    const text = await json<{ text: string }>(
      await t.call('GET', `/notes/${noteId}/ehr-text`, { token: t.tokens.staff }),
    );
    expect(text.text.split('\n')[0]).toBe(
      'SIGNED by Test clinician on 2026-03-02 09:00 UTC (Scribe note v1)',
    );
    const stale = await t.call('POST', `/notes/${noteId}/ehr-inserts`, {
      token: t.tokens.staff,
      body: { version: 2, mode: 'replace', chartMrn: 'ehr-1', overrideId: null },
    });
    expect(stale.status).toBe(412);
    const ok = await t.call('POST', `/notes/${noteId}/ehr-inserts`, {
      token: t.tokens.staff,
      body: { version: 1, mode: 'cursor', chartMrn: ' ehr-1 ', overrideId: null },
    });
    expect(ok.status).toBe(201);
    expect(await json(ok)).toMatchObject({ overridden: false });
    expect(await lastAudit()).toMatchObject({ action: 'note.ehr_insert', severity: 'normal' });
    expect(await queue()).toEqual([]);
  });
});
