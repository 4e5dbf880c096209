import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())(
  'a signed note altered in the database is flagged, not served as valid (%s)',
  (kind) => {
    let t: TestContext;
    let noteId: string;
    beforeAll(async () => {
      t = await createTestContext(kind);
      const enc = await json(
        await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: { patient: { mrn: 'INT-1' }, consent: { attested: true, method: 'verbal' } },
        }),
      );
      await t.call('POST', `/encounters/${enc.id}/segments`, {
        token: t.tokens.clinician,
        body: {
          segments: [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'I take 5 mg daily.' }],
        },
      });
      const drafted = await json<{ note: { id: string; version: number } }>(
        await t.call('POST', `/encounters/${enc.id}/draft`, {
          token: t.tokens.clinician,
          body: { templateKey: 'soap' },
        }),
      );
      noteId = drafted.note.id;
      const signed = await t.call('POST', `/notes/${noteId}/sign`, {
        token: t.tokens.clinician,
        headers: { 'if-match': `"${drafted.note.version}"` },
      });
      expect(signed.status).toBe(200);
    });
    afterAll(() => t.close());

    it('reads valid before, broken after the stored version content is edited, with a high-severity audit event', async () => {
      const before = await json(await t.call('GET', `/notes/${noteId}`, { token: t.tokens.clinician }));
      expect(before.integrity).toBe('valid');

      // Someone with database access changes the dose in the signed version.
      await t.database.db.execute(sql`
      update note_versions set content = replace(content::text, '5 mg', '50 mg')::jsonb
      where note_id = ${noteId}`);
      const after = await json<{ integrity: string; content: unknown }>(
        await t.call('GET', `/notes/${noteId}`, { token: t.tokens.clinician }),
      );
      expect(JSON.stringify(after.content)).toContain('50 mg');
      expect(after.integrity).toBe('broken');

      const events = await json<{ events: { action: string; severity: string; entityId: string }[] }>(
        await t.call('GET', `/audit?actorId=${t.userIds.clinician}`, { token: t.tokens.admin }),
      );
      const flagged = events.events.find((e) => e.action === 'note.read.integrity_broken');
      expect(flagged).toMatchObject({ severity: 'high', entityId: noteId });
    });
  },
);
