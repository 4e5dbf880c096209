import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())('encounter audio sources (telehealth mode) (%s)', (kind) => {
  let t: TestContext;
  const consent = { attested: true, method: 'verbal' };
  const create = (mrn: string, extra: Record<string, unknown> = {}) =>
    t.call('POST', '/encounters', {
      token: t.tokens.clinician,
      body: { patient: { mrn }, consent, ...extra },
    });

  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  it('records what the recording captured, and returns it on every read', async () => {
    const res = await create('AUD-1', { audioSources: ['tab', 'microphone'] });
    expect(res.status).toBe(201);
    const created = await json<{ id: string; audioSources: string[] | null }>(res);
    expect(created.audioSources).toEqual(['microphone', 'tab']);
    const read = await json<{ audioSources: string[] | null }>(
      await t.call('GET', `/encounters/${created.id}`, { token: t.tokens.staff }),
    );
    expect(read.audioSources).toEqual(['microphone', 'tab']);
    const mic = await json<{ audioSources: string[] | null }>(
      await create('AUD-2', { audioSources: ['microphone'] }),
    );
    expect(mic.audioSources).toEqual(['microphone']);
  });

  it('stores null when the client does not say (older clients, dictation files)', async () => {
    const created = await json<{ audioSources: string[] | null }>(await create('AUD-3'));
    expect(created.audioSources).toBeNull();
  });

  it('rejects unknown, empty or repeated sources', async () => {
    for (const audioSources of [['screen'], [], ['tab', 'tab']])
      expect((await create('AUD-4', { audioSources })).status).toBe(400);
  });

  it('keeps the speaker of each uploaded segment', async () => {
    const { id } = await json<{ id: string }>(await create('AUD-5', { audioSources: ['microphone', 'tab'] }));
    const segment = (seq: number, speaker: string) => ({
      seq,
      startMs: seq * 1000,
      endMs: seq * 1000 + 900,
      speaker,
      text: `words ${seq}`,
    });
    const up = await t.call('POST', `/encounters/${id}/segments`, {
      token: t.tokens.clinician,
      body: { segments: [segment(0, 'clinician'), segment(1, 'patient'), segment(2, 'unknown')] },
    });
    expect(up.status).toBeLessThan(300);
    const list = await json<{ segments: Array<{ speaker: string }> }>(
      await t.call('GET', `/encounters/${id}/segments`, { token: t.tokens.clinician }),
    );
    expect(list.segments.map((s) => s.speaker)).toEqual(['clinician', 'patient', 'unknown']);
  });
});
