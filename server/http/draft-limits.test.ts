import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendSegments } from '../encounters/segments.service.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const consent = { attested: true, method: 'verbal' } as const;
const seg = (seq: number, chars: number) => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'patient',
  text: 'x'.repeat(chars),
});

describe.each(testDatabaseKinds())('transcript size and draft rate limits (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind, undefined, { maxTranscriptChars: 1_000, draftsPerMinute: 3 });
  });
  afterAll(() => t.close());

  const newEncounter = async (mrn: string, token = t.tokens.clinician) =>
    (await json(await t.call('POST', '/encounters', { token, body: { patient: { mrn }, consent } })))
      .id as string;
  const upload = (id: string, segments: unknown[]) =>
    t.call('POST', `/encounters/${id}/segments`, { token: t.tokens.clinician, body: { segments } });

  it('an upload that would pass MAX_TRANSCRIPT_CHARS is refused with 413 and keeps what was stored', async () => {
    const id = await newEncounter('LIMIT-1');
    expect((await upload(id, [seg(0, 600)])).status).toBe(201);
    const over = await upload(id, [seg(1, 300), seg(2, 200)]);
    expect(over.status).toBe(413);
    const problem = await json(over);
    expect(problem).toMatchObject({
      code: 'payload_too_large',
      transcriptChars: 1_100,
      maxTranscriptChars: 1_000,
    });
    expect(String(problem.detail)).toContain('MAX_TRANSCRIPT_CHARS');
    // A retried batch is not counted twice; what fits still goes in.
    expect((await upload(id, [seg(0, 600)])).status).toBe(200);
    expect((await upload(id, [seg(1, 400)])).status).toBe(201);
    const stored = await json<{ segments: unknown[] }>(
      await t.call('GET', `/encounters/${id}/segments`, { token: t.tokens.clinician }),
    );
    expect(stored.segments).toHaveLength(2);
  });

  it('a transcript stored before the limit is not drafted: 413, not a blocked server', async () => {
    const id = await newEncounter('LIMIT-2');
    await appendSegments(t.database.db, id, [seg(0, 800), seg(1, 800)] as never, { closed: false });
    const res = await t.call('POST', `/encounters/${id}/draft`, { token: t.tokens.clinician, body: {} });
    expect(res.status).toBe(413);
  });

  it('DRAFTS_PER_MINUTE per user, then 429 with Retry-After; other users are not affected', async () => {
    t.now.value = new Date(t.now.value.getTime() + 5 * 60_000);
    const id = await newEncounter('LIMIT-3');
    await upload(id, [seg(0, 20)]);
    const draft = () => t.call('POST', `/encounters/${id}/draft`, { token: t.tokens.clinician, body: {} });
    for (let i = 0; i < 3; i++) expect((await draft()).status).toBeLessThan(300);
    const limited = await draft();
    expect(limited.status).toBe(429);
    expect((await json(limited)).code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);

    const other = await newEncounter('LIMIT-4', t.tokens.clinician2);
    await t.call('POST', `/encounters/${other}/segments`, {
      token: t.tokens.clinician2,
      body: { segments: [seg(0, 20)] },
    });
    const theirs = await t.call('POST', `/encounters/${other}/draft`, {
      token: t.tokens.clinician2,
      body: {},
    });
    expect(theirs.status).toBeLessThan(300);

    t.now.value = new Date(t.now.value.getTime() + 61_000);
    expect((await draft()).status).toBeLessThan(300);
  });
});
