import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Drafter } from '../app-env.js';
import { auditEvents } from '../db/schema/index.js';
import { testDatabaseKinds } from '../db/test-db.js';
import { createTestContext, echoDrafter, json, type TestContext } from '../test-support/test-app.js';

const codingDrafter: Drafter = {
  async draft(input) {
    const out = await echoDrafter.draft(input);
    const code = (c: string, display: string) => ({
      system: 'ICD-10-CM' as const,
      code: c,
      display,
      rationale: 'test',
      score: 1,
      evidence: [],
    });
    return { ...out, codes: [code('R05', 'Cough'), code('J069', 'Upper respiratory infection')] };
  },
};

type NoteDto = {
  id: string;
  integrity: string;
  codes: Array<{ id: string; code: string; status: string }>;
};

describe.each(testDatabaseKinds())('deciding codes after signing (%s)', (kind) => {
  let t: TestContext;
  let note: NoteDto;
  const codeId = (c: string) => note.codes.find((k) => k.code === c)!.id;

  beforeAll(async () => {
    t = await createTestContext(kind, codingDrafter);
    const enc = await json(
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: { patient: { mrn: 'PSC-1' }, consent: { attested: true, method: 'verbal' } },
      }),
    );
    await t.call('POST', `/encounters/${enc.id}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'I cough.' }] },
    });
    note = (
      await json<{ note: NoteDto }>(
        await t.call('POST', `/encounters/${enc.id}/draft`, {
          token: t.tokens.clinician,
          body: { templateKey: 'soap' },
        }),
      )
    ).note;
  });
  afterAll(() => t.close());

  const decide = (c: string, status: string, token = t.tokens.staff) =>
    t.call('POST', `/notes/${note.id}/codes-after-signing/${codeId(c)}`, { token, body: { status } });

  it('is refused before signing: a draft’s codes are decided in the review', async () => {
    expect((await decide('J069', 'accepted')).status).toBe(409);
  });

  it('lets staff decide a code left for coding; the signed note and its integrity do not change', async () => {
    await t.call('PATCH', `/notes/${note.id}/codes/${codeId('R05')}`, {
      token: t.tokens.clinician,
      body: { status: 'accepted' },
    });
    const signed = await t.call('POST', `/notes/${note.id}/sign`, {
      token: t.tokens.clinician,
      headers: { 'if-match': '"1"' },
    });
    expect(signed.status).toBe(200);

    // R05 was decided before signing: that decision is part of the signature.
    expect((await decide('R05', 'rejected')).status).toBe(409);
    const res = await decide('J069', 'accepted');
    expect(res.status).toBe(201);
    expect((await json<{ decisions: unknown[] }>(res)).decisions).toEqual([
      expect.objectContaining({ codeId: codeId('J069'), status: 'accepted', decidedBy: t.userIds.staff }),
    ]);
    const [last] = await t.database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(last).toMatchObject({ action: 'note.code.after_signing.accepted', entityId: note.id });

    // A later decision replaces the earlier one in the list; both stay in the table and the audit.
    await decide('J069', 'rejected', t.tokens.clinician);
    const list = await json<{ decisions: Array<{ status: string }> }>(
      await t.call('GET', `/notes/${note.id}/codes-after-signing`, { token: t.tokens.staff }),
    );
    expect(list.decisions.map((d) => d.status)).toEqual(['rejected']);
    const read = await json<NoteDto>(await t.call('GET', `/notes/${note.id}`, { token: t.tokens.staff }));
    expect(read.integrity).toBe('valid');
    expect(read.codes.find((k) => k.code === 'J069')!.status).toBe('suggested');
  });
});
