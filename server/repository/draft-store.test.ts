import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import type { Drafter } from '../app-env.js';
import { PgliteStatements } from '../db/pglite-statements.js';
import { type NoteBody, startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, echoDrafter, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const code = (c: string, display: string, score: number): CodeSuggestion => ({
  system: 'ICD-10-CM',
  code: c,
  display,
  rationale: 'said in the visit',
  score,
  evidence: [{ seq: 0, start: 0, end: 4 }],
});

/** The echo drafter's note, with the codes the next draft is to suggest. */
let nextCodes: CodeSuggestion[] = [];
const drafter: Drafter = {
  async draft(input) {
    return { ...(await echoDrafter.draft(input)), codes: nextCodes };
  },
};

/**
 * A stored draft is answered from what was written (content, and the codes the insert returned),
 * not read back: the answer must still be the note a read then returns.
 */
describe.each(testDatabaseKinds())('storing a draft (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind, drafter);
  });
  afterAll(() => t.close());

  const draft = async (encounterId: string) => {
    const res = await t.call('POST', `/encounters/${encounterId}/draft`, {
      token: t.tokens.clinician,
      body: { templateKey: 'soap' },
    });
    expect(res.status).toBeLessThan(300);
    return (await json<{ note: NoteBody }>(res)).note;
  };
  const read = async (id: string) =>
    json<NoteBody>(await t.call('GET', `/notes/${id}`, { token: t.tokens.clinician }));

  it('answers with the note as stored: new note, then a new version keeping decided codes', async () => {
    const enc = await startEncounter(t, { mrn: 'STORE-1' });
    nextCodes = [code('I509', 'Heart failure, unspecified', 0.91), code('R0602', 'Shortness of breath', 0.4)];
    const first = await draft(enc.id);
    expect(first.codes.map((c) => c.code)).toEqual(['I509', 'R0602']);
    expect(first).toEqual(await read(first.id));

    const accepted = first.codes.find((c) => c.code === 'R0602')!;
    const decided = await t.call('PATCH', `/notes/${first.id}/codes/${accepted.id}`, {
      token: t.tokens.clinician,
      body: { status: 'accepted' },
    });
    expect(decided.status).toBe(200);
    // The next draft suggests one code again and a new one; the accepted one stays, first.
    nextCodes = [code('R0602', 'Shortness of breath', 0.5), code('E119', 'Type 2 diabetes', 0.7)];
    const second = await draft(enc.id);
    expect(second).toMatchObject({ id: first.id, version: 2 });
    expect(second.codes.map((c) => [c.code, c.status])).toEqual([
      ['R0602', 'accepted'],
      ['E119', 'suggested'],
    ]);
    expect(second).toEqual(await read(first.id));

    nextCodes = [];
    const redrafted = await t.call('POST', `/notes/${first.id}/redraft`, {
      token: t.tokens.clinician,
      headers: { 'if-match': '"2"' },
      body: {},
    });
    expect(redrafted.status).toBeLessThan(300);
    const third = (await json<{ note: NoteBody }>(redrafted)).note;
    expect(third.codes.map((c) => c.code)).toEqual(['R0602']);
    expect(third).toEqual(await read(first.id));
  });

  it.runIf(kind === 'pglite')('stores a draft without reading back what it wrote', async () => {
    const enc = await startEncounter(t, { mrn: 'STORE-2' });
    nextCodes = [code('S93401A', 'Sprain of ankle', 0.8)];
    await draft(enc.id);
    const statements = vi.spyOn(PgliteStatements.prototype, 'query');
    try {
      nextCodes = [code('S93401A', 'Sprain of ankle', 0.8), code('M25571', 'Pain in right ankle', 0.3)];
      await draft(enc.id);
      const texts = statements.mock.calls.map(([text]) => text);
      // Besides the audit appends (one per unit, two on a shard this process has not appended to yet):
      // session, the draft rate limit (2); read: encounter, segments, template; store: the encounter
      // with its latest note and that note's codes (one statement), version bump, version insert,
      // suggestions replaced (2). Before: the encounter and the latest note were two statements, and
      // earlier still the version and codes just written were read back (as json_agg).
      const bump = texts.findIndex((q) => q.startsWith('update "notes"'));
      expect(bump).toBeGreaterThan(0);
      expect(texts.slice(bump).filter((q) => q.includes('json_agg'))).toEqual([]);
      expect(texts.filter((q) => !q.includes('audit_chain_heads'))).toHaveLength(11);
    } finally {
      statements.mockRestore();
    }
  });

  it('keeps the suggested code rows when a draft again suggests the same codes, and replaces changed ones', async () => {
    const enc = await startEncounter(t, { mrn: 'STORE-3' });
    nextCodes = [
      code('I509', 'Heart failure, unspecified', 0.913),
      code('R0602', 'Shortness of breath', 0.4),
    ];
    const first = await draft(enc.id);
    const accepted = first.codes.find((c) => c.code === 'R0602')!;
    expect(
      (
        await t.call('PATCH', `/notes/${first.id}/codes/${accepted.id}`, {
          token: t.tokens.clinician,
          body: { status: 'accepted' },
        })
      ).status,
    ).toBe(200);
    // The accepted code is left pending by the next draft: the pending rows were the first draft's,
    // as old as the accepted one, so they are written again (after it), as before.
    const second = await draft(enc.id);
    expect(second.codes.map((c) => [c.code, c.status])).toEqual([
      ['R0602', 'accepted'],
      ['I509', 'suggested'],
    ]);
    expect(second).toEqual(await read(first.id));
    const writes = vi.spyOn(PgliteStatements.prototype, 'query');
    try {
      // The same codes again: the same rows (ids), nothing deleted or inserted.
      const third = await draft(enc.id);
      expect(third).toMatchObject({ version: 3 });
      expect(third.codes).toEqual(second.codes);
      expect(third).toEqual(await read(first.id));
      // A re-draft of the note (after a speaker correction, say) keeps them the same way.
      const redrafted = await t.call('POST', `/notes/${first.id}/redraft`, {
        token: t.tokens.clinician,
        headers: { 'if-match': '"3"' },
        body: {},
      });
      expect(redrafted.status).toBeLessThan(300);
      const fourth = (await json<{ note: NoteBody }>(redrafted)).note;
      expect(fourth).toMatchObject({ version: 4 });
      expect(fourth.codes).toEqual(second.codes);
      expect(fourth).toEqual(await read(first.id));
      if (kind === 'pglite')
        expect(
          writes.mock.calls.map(([q]) => q).filter((q) => /note_codes"? \(|delete from "note_codes"/.test(q)),
        ).toEqual([]);
    } finally {
      writes.mockRestore();
    }
    // A changed score, rationale or evidence is a new suggestion: the pending row is replaced.
    for (const changed of [
      code('I509', 'Heart failure, unspecified', 0.92),
      { ...code('I509', 'Heart failure, unspecified', 0.913), rationale: 'named in the assessment' },
      { ...code('I509', 'Heart failure, unspecified', 0.913), evidence: [{ seq: 0, start: 0, end: 5 }] },
    ]) {
      const before = (await read(first.id)).codes.find((c) => c.code === 'I509')!;
      nextCodes = [changed];
      const after = await draft(enc.id);
      const now = after.codes.find((c) => c.code === 'I509')!;
      expect(now.id).not.toBe(before.id);
      expect(after).toEqual(await read(first.id));
    }
  });
});
