import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../audit/test-support/audit-fixtures.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const consent = { attested: true, method: 'verbal' } as const;
const seg = (seq: number, text: string) => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'patient',
  text,
});

/**
 * The running character count an encounter keeps of its transcript (`transcript_chars`): what the
 * MAX_TRANSCRIPT_CHARS check of every upload reads instead of summing all stored segments.
 */
describe.each(testDatabaseKinds())('transcript character count (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind, undefined, { maxTranscriptChars: 1_000 });
  });
  afterAll(() => t.close());

  const newEncounter = async (mrn: string) =>
    (
      await json(
        await t.call('POST', '/encounters', {
          token: t.tokens.clinician,
          body: { patient: { mrn }, consent },
        }),
      )
    ).id as string;
  const upload = (id: string, segments: unknown[]) =>
    t.call('POST', `/encounters/${id}/segments`, { token: t.tokens.clinician, body: { segments } });
  const counts = async (id: string) => {
    const [row] = rowsOf<{ counted: number; stored: number }>(
      await t.database.db.execute(sql`
        select e.transcript_chars as counted,
          (select coalesce(sum(length(s.text)), 0)::int from transcript_segments s where s.encounter_id = e.id) as stored
        from encounters e where e.id = ${id}`),
    );
    return { counted: Number(row!.counted), stored: Number(row!.stored) };
  };

  it('counts what each upload stores, once: replays, refused batches and closed encounters add nothing', async () => {
    const id = await newEncounter('CHARS-1');
    expect(await counts(id)).toEqual({ counted: 0, stored: 0 });
    expect((await upload(id, [seg(0, 'My ankle rolled on the kerb.'), seg(1, 'Any numbness?')])).status).toBe(
      201,
    );
    // Non-ASCII text counts as PostgreSQL counts characters.
    expect((await upload(id, [seg(1, 'Any numbness?'), seg(2, 'Ça pique un peu — ü')])).status).toBe(201);
    // A conflicting replay is refused whole (409): nothing of it is counted.
    expect((await upload(id, [seg(3, 'Swelling since Tuesday.'), seg(0, 'Different words.')])).status).toBe(
      409,
    );
    // Over the limit (413): nothing counted either.
    expect((await upload(id, [seg(4, 'x'.repeat(990))])).status).toBe(413);
    expect(await counts(id)).toEqual({ counted: 28 + 13 + 19, stored: 28 + 13 + 19 });
    await t.call('POST', `/encounters/${id}/complete`, { token: t.tokens.clinician });
    expect((await upload(id, [seg(2, 'Ça pique un peu — ü')])).status).toBe(200);
    expect(await counts(id)).toEqual({ counted: 60, stored: 60 });
  });

  it('checks an upload against the running count, not by summing the stored segments', async () => {
    const id = await newEncounter('CHARS-2');
    expect((await upload(id, [seg(0, 'Short of breath on stairs.')])).status).toBe(201);
    // Count characters the stored segments do not show: only a check that reads the count refuses.
    await t.database.db.execute(sql`update encounters set transcript_chars = 990 where id = ${id}`);
    const refused = await upload(id, [seg(1, 'Ankles are swollen.')]);
    expect(refused.status).toBe(413);
    expect(await json(refused)).toMatchObject({ transcriptChars: 990 + 19 });
    // A replay of a stored seq is taken off the count, so it still answers as a no-op.
    expect((await upload(id, [seg(0, 'Short of breath on stairs.')])).status).toBe(200);
  });
});
