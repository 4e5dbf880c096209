import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSuggestedCode, draftNote, signNote, startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())(
  'a signed note changed in the database is never exported as final (%s)',
  (kind) => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestContext(kind);
    });
    afterAll(() => t.close());

    const signedWithCode = async (mrn: string) => {
      const enc = await startEncounter(t, { mrn });
      const note = await draftNote(t, enc.id);
      const codeId = await addSuggestedCode(t, note.id);
      await t.call('PATCH', `/notes/${note.id}/codes/${codeId}`, {
        token: t.tokens.clinician,
        body: { status: 'accepted' },
      });
      const fresh = await t.call('GET', `/notes/${note.id}`, { token: t.tokens.clinician });
      const { version } = (await fresh.json()) as { version: number };
      expect((await signNote(t, { id: note.id, version })).status).toBe(200);
      return { noteId: note.id, codeId };
    };
    const fhir = (noteId: string) =>
      t.call('GET', `/notes/${noteId}/export?format=fhir`, { token: t.tokens.clinician });

    it('a code changed after signing: the FHIR export is refused instead of carrying it', async () => {
      const { noteId, codeId } = await signedWithCode('EXP-1');
      const before = await fhir(noteId);
      expect(before.status).toBe(200);
      expect(await before.text()).toContain('M25.561');
      await t.database.db.execute(sql`update note_codes set code = 'C34.90' where id = ${codeId}`);
      const after = await fhir(noteId);
      expect(after.status).toBe(409);
      expect(await after.text()).not.toContain('C34.90');
    });

    it("the patient's name changed in the signed identity: the export is refused", async () => {
      const { noteId } = await signedWithCode('EXP-2');
      await t.database.db.execute(
        sql`update notes set signed_identity = jsonb_set(signed_identity, '{displayName}', '"Mallory"') where id = ${noteId}`,
      );
      expect((await fhir(noteId)).status).toBe(409);
    });
  },
);
