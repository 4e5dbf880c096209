import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('transcript segment upload (%s)', (kind) => {
  let t: TestContext;
  let encounterId: string;
  const seg = (seq: number, text = `segment ${seq}`) => ({
    seq,
    startMs: seq * 1000,
    endMs: seq * 1000 + 900,
    speaker: 'patient',
    text,
    confidence: 0.93,
  });
  const upload = (segments: unknown[]) =>
    t.call('POST', `/encounters/${encounterId}/segments`, { token: t.tokens.clinician, body: { segments } });

  beforeAll(async () => {
    t = await createTestContext(kind);
    const res = await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn: 'SEG-1' }, consent: { attested: true, method: 'written' } },
    });
    encounterId = (await json(res)).id as string;
  });
  afterAll(() => t.close());

  it('is idempotent by seq: a replay with the same content is a no-op', async () => {
    expect(await json(await upload([seg(0), seg(1)]))).toEqual({ inserted: [0, 1], unchanged: [] });
    expect(await json(await upload([seg(1), seg(2)]))).toEqual({ inserted: [2], unchanged: [1] });
    const list = await json<{ segments: { seq: number }[] }>(
      await t.call('GET', `/encounters/${encounterId}/segments`, { token: t.tokens.staff }),
    );
    expect(list.segments.map((s) => s.seq)).toEqual([0, 1, 2]);
  });

  it('rejects a replay with different content with 409 and applies nothing of that batch', async () => {
    const res = await upload([seg(3), seg(1, 'changed text')]);
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({ code: 'segment_conflict', seqs: [1] });
    const list = await json<{ segments: { seq: number }[] }>(
      await t.call('GET', `/encounters/${encounterId}/segments`, { token: t.tokens.clinician }),
    );
    expect(list.segments.map((s) => s.seq)).toEqual([0, 1, 2]);
  });

  it('rejects duplicate seqs in one batch and segments that end before they start', async () => {
    expect((await upload([seg(5), seg(5)])).status).toBe(400);
    expect((await upload([{ ...seg(6), endMs: 10 }])).status).toBe(400);
  });

  it('keeps exactly one row per seq under concurrent identical uploads', async () => {
    const batch = [seg(10), seg(11), seg(12)];
    const results = await Promise.all(Array.from({ length: 8 }, () => upload(batch)));
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const list = await json<{ segments: { seq: number }[] }>(
      await t.call('GET', `/encounters/${encounterId}/segments`, { token: t.tokens.clinician }),
    );
    expect(list.segments.filter((s) => s.seq >= 10).map((s) => s.seq)).toEqual([10, 11, 12]);
  });

  it('stores every text, speaker and confidence of a batch exactly as sent, whatever characters it holds', async () => {
    // The batch travels as one array per column: array-literal syntax in a text must not leak.
    const texts = ['NULL', '', 'a, b', '{braces}', 'say "hi"', 'back\\slash \\"', ' padded ', 'ünï ✓ 𝄞'];
    const batch = texts.map((text, i) => ({
      seq: 100 + i,
      startMs: i * 10,
      endMs: i * 10 + 5,
      speaker: (['clinician', 'patient', 'other', 'unknown'] as const)[i % 4],
      text,
      ...(i % 2 === 0 ? { confidence: i / 10 } : {}),
    }));
    expect(await json(await upload(batch))).toEqual({ inserted: batch.map((s) => s.seq), unchanged: [] });
    const list = await json<{ segments: Record<string, unknown>[] }>(
      await t.call('GET', `/encounters/${encounterId}/segments`, { token: t.tokens.clinician }),
    );
    const stored = list.segments.filter((s) => (s.seq as number) >= 100);
    expect(stored.map((s) => [s.seq, s.startMs, s.endMs, s.speaker, s.text])).toEqual(
      batch.map((s) => [s.seq, s.startMs, s.endMs, s.speaker, s.text]),
    );
    for (const [i, s] of stored.entries())
      if (i % 2 === 0) expect(s.confidence).toBeCloseTo(i / 10, 6);
      else expect(s.confidence ?? null).toBeNull();
    // The same batch again is a no-op: what was stored compares equal to what is sent.
    expect(await json(await upload(batch))).toEqual({ inserted: [], unchanged: batch.map((s) => s.seq) });
  });

  it('requires a consent attestation to create an encounter', async () => {
    const res = await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn: 'SEG-2' } },
    });
    expect(res.status).toBe(400);
    const future = await t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: {
        patient: { mrn: 'SEG-2' },
        consent: { attested: true, method: 'verbal', attestedAt: '2099-01-01T00:00:00Z' },
      },
    });
    expect(future.status).toBe(400);
  });
});
