import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { createCipher, generateRecordKey } from '../db/at-rest-cipher.js';
import type { LocalEncounter } from '../db/local-encounters.js';
import { ScribeDb } from '../db/scribe-db.js';
import { type EncounterSyncApi, syncDeviceDrafts, syncEncounters } from './encounter-sync.js';
import { UploadQueue } from './upload-queue.js';

const ID = '00000000-0000-4000-8000-0000000000e1';
const local = (over: Partial<LocalEncounter> = {}): LocalEncounter => ({
  id: ID,
  sync: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
  createdAtMs: 1,
  request: { id: ID, patient: { mrn: 'MRN-1' }, consent: { attested: true, method: 'verbal' } },
  ...over,
});

/** A fake server: creates are idempotent by key; it can be down. */
function fakeApi() {
  const created = new Map<string, unknown>();
  const drafts: string[] = [];
  const state = { online: false, refuse: false };
  const api: EncounterSyncApi = {
    async createEncounter(request, key) {
      if (!state.online) throw new AppError('network_unavailable', 'down');
      if (state.refuse) throw new AppError('conflict', 'id in use');
      created.set(key, request);
    },
    async draft(encounterId) {
      if (!state.online) throw new AppError('network_unavailable', 'down');
      drafts.push(encounterId);
      return { note: { id: '00000000-0000-4000-8000-0000000000f1' } };
    },
    async completeEncounter() {},
  };
  return { api, created, drafts, state };
}

describe('encounters started on this device', () => {
  let db: ScribeDb;
  let clock: number;
  beforeEach(async () => {
    db = await ScribeDb.open(new IDBFactory(), 'scribe', createCipher(await generateRecordKey()));
    clock = 1_000_000;
  });

  it('hold their segments back until the server has the encounter, then upload them', async () => {
    const server = fakeApi();
    await db.encounters().put(local());
    const queue = new UploadQueue(db, { now: () => clock });
    await queue.enqueue(ID, { seq: 0, startMs: 0, endMs: 900, speaker: 'unknown', text: 'hello' });
    const sent: number[] = [];
    const send = async (_id: string, segs: Array<{ seq: number }>) => {
      sent.push(...segs.map((s) => s.seq));
    };

    let holdBack = await syncEncounters(db.encounters(), server.api, () => clock);
    expect([...holdBack]).toEqual([ID]);
    await queue.drain(send, holdBack);
    expect(sent).toEqual([]);
    expect((await db.getSegment(ID, 0))?.attempts).toBe(0);
    const waiting = await db.encounters().get(ID);
    expect(waiting).toMatchObject({ sync: 'pending', attempts: 1, lastErrorCode: 'network_unavailable' });
    // Backoff: not retried before it is due.
    server.state.online = true;
    expect((await syncEncounters(db.encounters(), server.api, () => clock)).has(ID)).toBe(true);
    clock = waiting!.nextAttemptAt;
    holdBack = await syncEncounters(db.encounters(), server.api, () => clock);
    expect(holdBack.size).toBe(0);
    expect(server.created.get(ID)).toMatchObject({ id: ID, patient: { mrn: 'MRN-1' } });
    await queue.drain(send, holdBack);
    expect(sent).toEqual([0]);
  });

  it('stop at a refusal instead of sending the transcript to an encounter that is not theirs', async () => {
    const server = fakeApi();
    server.state.online = true;
    server.state.refuse = true;
    await db.encounters().put(local());
    expect((await syncEncounters(db.encounters(), server.api)).has(ID)).toBe(true);
    expect(await db.encounters().get(ID)).toMatchObject({ sync: 'rejected', lastErrorCode: 'conflict' });
  });

  it('get their device draft drafted on the server once the transcript is there, and are then forgotten', async () => {
    const server = fakeApi();
    server.state.online = true;
    await db.encounters().put(local({ sync: 'synced', autoDraft: { templateKey: 'soap', state: 'device' } }));
    await db.putSegments([
      {
        encounterId: ID,
        seq: 0,
        startMs: 0,
        endMs: 900,
        speaker: 'unknown',
        text: 'hello',
        tokens: [],
        sync: 'pending',
        attempts: 0,
        nextAttemptAt: 0,
      },
    ]);
    expect(await syncDeviceDrafts(db, server.api)).toEqual([]);
    expect(await db.forgetEncounter(ID)).toBe(false);
    const [s] = await db.segmentsOf(ID);
    await db.putSegments([{ ...s!, sync: 'synced' }]);
    expect(await db.forgetEncounter(ID)).toBe(false); // the draft is not on the server yet
    expect(await syncDeviceDrafts(db, server.api)).toEqual([ID]);
    expect(server.drafts).toEqual([ID]);
    expect((await db.encounters().get(ID))?.autoDraft).toEqual({
      templateKey: 'soap',
      state: 'synced',
      noteId: '00000000-0000-4000-8000-0000000000f1',
    });
    expect(await db.forgetEncounter(ID)).toBe(true);
    expect(await db.encounters().get(ID)).toBeUndefined();
  });

  it('keep the patient identity sealed at rest', async () => {
    const factory = new IDBFactory();
    const sealedDb = await ScribeDb.open(factory, 'scribe', createCipher(await generateRecordKey()));
    await sealedDb
      .encounters()
      .put(local({ request: { ...local().request, patient: { mrn: 'SENTINEL-MRN-77' } } }));
    const raw = await new Promise<unknown[]>((resolve) => {
      const open = factory.open('scribe');
      open.onsuccess = () => {
        const req = open.result.transaction('encounters').objectStore('encounters').getAll();
        req.onsuccess = () => resolve(req.result);
      };
    });
    expect(JSON.stringify(raw)).not.toContain('SENTINEL-MRN-77');
    expect(raw).toHaveLength(1);
  });
});
