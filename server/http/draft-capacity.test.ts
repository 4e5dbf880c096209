import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { testDatabaseKinds } from '../db/test-db.js';
import { BoundedDispatch } from '../drafting/bounded-dispatch.js';
import { createDrafter } from '../drafting/drafter.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';

const consent = { attested: true, method: 'verbal' } as const;

describe.each(testDatabaseKinds())('drafting at capacity (%s)', (kind) => {
  let t: TestContext;
  // One drafting slot and no queue; the running draft holds its slot until the test lets it go.
  const dispatch = new BoundedDispatch({ slots: 1, maxQueued: 0, retryAfterSeconds: 7 });
  let reachedWorker!: () => void;
  const drafting = new Promise<void>((r) => {
    reachedWorker = r;
  });
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  beforeAll(async () => {
    t = await createTestContext(kind, (db) =>
      createDrafter({
        db,
        runOffline: (segments, template, options) =>
          dispatch.run(async () => {
            reachedWorker();
            await released;
            return draftOffline(segments, template, undefined, options);
          }),
      }),
    );
  });
  afterAll(() => t.close());

  const encounterWithTranscript = async (mrn: string) => {
    const token = t.tokens.clinician;
    const id = (
      await json(await t.call('POST', '/encounters', { token, body: { patient: { mrn }, consent } }))
    ).id as string;
    const segments = [{ seq: 0, startMs: 0, endMs: 900, speaker: 'patient', text: 'I have a cough.' }];
    await t.call('POST', `/encounters/${id}/segments`, { token, body: { segments } });
    return id;
  };
  const draft = (id: string) =>
    t.call('POST', `/encounters/${id}/draft`, { token: t.tokens.clinician, body: { mode: 'offline' } });

  it('answers a draft beyond the queue with 503 problem+json and Retry-After, and stores nothing for it', async () => {
    const [busy, refusedOne] = [
      await encounterWithTranscript('CAP-1'),
      await encounterWithTranscript('CAP-2'),
    ];
    const first = draft(busy);
    await drafting;
    const refused = await draft(refusedOne);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(await json(refused)).toMatchObject({ code: 'service_unavailable', status: 503 });
    const listed = await json<{ notes: unknown[] }>(
      await t.call('GET', `/encounters/${refusedOne}/notes`, { token: t.tokens.clinician }),
    );
    expect(listed.notes).toEqual([]);
    release();
    expect((await first).status).toBe(201);
    expect((await draft(refusedOne)).status).toBe(201);
  });
});
