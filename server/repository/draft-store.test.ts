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
      await draft(enc.id);
      const texts = statements.mock.calls.map(([text]) => text);
      // Session, the draft rate limit (2); read: encounter, segments, template, audit (2: this
      // process's first append to the shard); store: encounter, latest note, version bump, version
      // insert, suggestions replaced (2), audit. Before: one more, reading back the version and codes
      // just written (with the note's addenda and decisions, as json_agg).
      expect(texts.filter((q) => q.includes('json_agg'))).toEqual([]);
      expect(texts).toHaveLength(15);
    } finally {
      statements.mockRestore();
    }
  });
});
