import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { BoundedDispatch } from '../drafting/bounded-dispatch.js';
import { createDrafter } from '../drafting/drafter.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

const consent = { attested: true, method: 'verbal' } as const;

/** One drafting slot that the running draft holds until the test releases it. */
function heldSlot(maxQueued: number) {
  const dispatch = new BoundedDispatch({ slots: 1, maxQueued, retryAfterSeconds: 7 });
  let reached!: () => void;
  const drafting = new Promise<void>((r) => {
    reached = r;
  });
  let release!: () => void;
  const released = new Promise<void>((r) => {
    release = r;
  });
  return { dispatch, drafting, release, reached, released, drafted: 0 };
}

describe.each(testDatabaseKinds())('drafting at capacity (%s)', (kind) => {
  let t: TestContext;
  let slot = heldSlot(0);
  beforeAll(async () => {
    t = await createTestContext(kind, (db) =>
      createDrafter({
        db,
        runOffline: (segments, template, options, signal) =>
          slot.dispatch.run(async () => {
            slot.drafted++;
            slot.reached();
            await slot.released;
            return draftOffline(segments, template, undefined, options);
          }, signal),
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
  const draft = async (id: string, signal?: AbortSignal) =>
    t.app.request(`/encounters/${id}/draft`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.tokens.clinician}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'offline' }),
      ...(signal ? { signal } : {}),
    });
  const notesOf = async (id: string) =>
    (
      await json<{ notes: unknown[] }>(
        await t.call('GET', `/encounters/${id}/notes`, { token: t.tokens.clinician }),
      )
    ).notes;

  /** A draft holding the only slot (queue `maxQueued`), and a second encounter to draft meanwhile. */
  const busySlot = async (maxQueued: number, mrn: string) => {
    slot = heldSlot(maxQueued);
    const busy = await encounterWithTranscript(`${mrn}-busy`);
    const other = await encounterWithTranscript(mrn);
    const first = draft(busy);
    await slot.drafting;
    return { first, other };
  };

  it('answers a draft beyond the queue with 503 problem+json and Retry-After, and stores nothing for it', async () => {
    const { first, other: refusedOne } = await busySlot(0, 'CAP-1');
    const refused = await draft(refusedOne);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.headers.get('retry-after')).toBe('7');
    expect(await json(refused)).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect(await notesOf(refusedOne)).toEqual([]);
    slot.release();
    expect((await first).status).toBe(201);
    expect((await draft(refusedOne)).status).toBe(201);
  });

  it('drops a waiting draft whose client went away: no drafting work, no note', async () => {
    const { first, other: abandoned } = await busySlot(1, 'CAP-2');
    const client = new AbortController();
    const waiting = draft(abandoned, client.signal);
    while (slot.dispatch.queued === 0) await new Promise((r) => setTimeout(r, 5));
    client.abort();
    await waiting.catch(() => undefined);
    expect(slot.dispatch.queued).toBe(0);
    slot.release();
    expect((await first).status).toBe(201);
    expect(slot.drafted).toBe(1);
    expect(await notesOf(abandoned)).toEqual([]);
  });
});
