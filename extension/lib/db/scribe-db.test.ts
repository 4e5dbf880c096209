import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCipher, generateRecordKey, type RecordCipher } from './at-rest-cipher.js';
import { type AudioChunk, type LocalSegment, ScribeDb } from './scribe-db.js';

const ENC = '00000000-0000-4000-8000-0000000000aa';
const SENTINEL = 'Patient reports SENTINEL-chest-pain-7731';

const segment = (seq: number, text = `${SENTINEL} ${seq}`): LocalSegment => ({
  encounterId: ENC,
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'patient',
  text,
  confidence: 0.87,
  tokens: [50364, 1234 + seq, 50257],
  sync: 'pending',
  attempts: 0,
  nextAttemptAt: 0,
});

const chunk = (index: number, samples = 1600): AudioChunk => ({
  encounterId: ENC,
  index,
  startSample: index * samples,
  pcm: Float32Array.from({ length: samples }, (_, i) => Math.sin((i + index) / 7) * 0.5),
});

const newCipher = async (): Promise<RecordCipher> => createCipher(await generateRecordKey());

/** Every record of a store, read straight from IndexedDB (what an attacker with disk access sees). */
async function rawRecords(factory: IDBFactory, store: string): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('scribe');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/** Serialises a record, typed arrays and ArrayBuffers as their bytes (so that any plaintext would show). */
function dump(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof ArrayBuffer) return Buffer.from(v).toString('latin1');
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
    return v;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ScribeDb encryption at rest', () => {
  it('round-trips segments and audio', async () => {
    const db = await ScribeDb.open(new IDBFactory(), 'scribe', await newCipher());
    const segments = [
      segment(1),
      { ...segment(0), lastErrorCode: 'segment_conflict', sync: 'rejected' as const },
    ];
    await db.putSegments(segments);
    await db.putAudio(chunk(1));
    await db.putAudio(chunk(0));

    expect(await db.segmentsOf(ENC)).toEqual([segments[1], segments[0]]);
    expect(await db.getSegment(ENC, 1)).toEqual(segments[0]);
    expect(await db.segmentsBySync('pending')).toEqual([segments[0]]);
    expect(await db.audioOf(ENC)).toEqual([chunk(0), chunk(1)]);

    await db.truncateAudioAt(ENC, 1600 + 400);
    const [, cut] = await db.audioOf(ENC);
    expect(cut?.pcm).toEqual(chunk(1).pcm.slice(0, 400));
    expect(await db.deleteAudioBefore(ENC, 1600)).toBe(1);
    expect(await db.countUndecryptable()).toBe(0);
    db.close();
  });

  it('keeps each chunk’s input levels sealed with it (tab null when no call was recorded)', async () => {
    const factory = new IDBFactory();
    const db = await ScribeDb.open(factory, 'scribe', await newCipher());
    await db.putAudio({ ...chunk(0), levels: { mic: 0.25, tab: 0.5 } });
    await db.putAudio({ ...chunk(1), levels: { mic: 0.125, tab: null } });
    await db.putAudio(chunk(2)); // stored before levels were kept
    const [a, b, c] = await db.audioOf(ENC);
    expect(a?.levels).toEqual({ mic: 0.25, tab: 0.5 });
    expect(b?.levels).toEqual({ mic: 0.125, tab: null });
    expect(c?.levels).toBeUndefined();
    db.close();
    const raw = (await rawRecords(factory, 'audio')) as Array<Record<string, unknown>>;
    for (const record of raw) expect(record).not.toHaveProperty('levels');
    expect(raw[0]).toHaveProperty('sealedLevels');
  });

  it('keeps neither transcript text, tokens nor PCM bytes in the clear', async () => {
    const factory = new IDBFactory();
    const db = await ScribeDb.open(factory, 'scribe', await newCipher());
    const audio = chunk(0);
    await db.putSegments([segment(0)]);
    await db.putAudio(audio);
    db.close();

    const [rawSegment] = await rawRecords(factory, 'segments');
    const [rawAudio] = await rawRecords(factory, 'audio');
    expect(rawSegment).toMatchObject({ encounterId: ENC, seq: 0, sync: 'pending' });
    expect(rawSegment).not.toHaveProperty('text');
    expect(rawSegment).not.toHaveProperty('tokens');
    expect(rawSegment).not.toHaveProperty('speaker');
    expect(dump(rawSegment)).not.toContain('SENTINEL');
    expect(dump(rawSegment)).not.toContain('50364');

    expect(rawAudio).not.toHaveProperty('pcm');
    const sealed = (rawAudio as { sealed: { iv: Uint8Array; data: ArrayBuffer } }).sealed;
    expect(sealed.iv.byteLength).toBe(12);
    const pcmBytes = Buffer.from(audio.pcm.buffer);
    const stored = Buffer.from(sealed.data);
    expect(stored.equals(pcmBytes)).toBe(false);
    // Not even a stretch of the PCM survives (GCM is a stream cipher: a fixed key stream would leak).
    expect(stored.includes(pcmBytes.subarray(64, 96))).toBe(false);
  });

  it('uses a fresh IV for every record', async () => {
    const cipher = await newCipher();
    const bytes = new TextEncoder().encode(SENTINEL);
    const a = await cipher.encrypt(bytes);
    const b = await cipher.encrypt(bytes);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
    expect(new TextDecoder().decode(await cipher.decrypt(a))).toBe(SENTINEL);
  });

  it('skips records sealed with another key instead of throwing, and counts them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const factory = new IDBFactory();
    const before = await ScribeDb.open(factory, 'scribe', await newCipher());
    await before.putSegments([segment(0)]);
    await before.putAudio(chunk(0));
    before.close();

    // A browser restart: storage.session lost the key, a new one was made.
    const after = await ScribeDb.open(factory, 'scribe', await newCipher());
    await expect(
      createCipher(await generateRecordKey()).decrypt((await rawRecords(factory, 'audio'))[0] as never),
    ).rejects.toThrow();
    expect(await after.segmentsOf(ENC)).toEqual([]);
    expect(await after.segmentsBySync('pending')).toEqual([]);
    expect(await after.getSegment(ENC, 0)).toBeUndefined();
    expect(await after.audioOf(ENC)).toEqual([]);
    expect(await after.countUndecryptable()).toBe(2);

    // New records still work beside the unreadable ones; the warning carries no PHI.
    await after.putSegments([segment(1)]);
    expect(await after.segmentsOf(ENC)).toEqual([segment(1)]);
    expect(warn).toHaveBeenCalled();
    expect(JSON.stringify(warn.mock.calls)).not.toContain('SENTINEL');

    // The side panel can discard what it told the clinician is unreadable; readable rows stay.
    expect(await after.discardUndecryptable()).toBe(2);
    expect(await after.countUndecryptable()).toBe(0);
    expect(await after.segmentsOf(ENC)).toEqual([segment(1)]);

    // Unreadable rows do not hold the encounter back once the readable ones are on the server.
    await after.putSegments([{ ...segment(1), sync: 'synced' }]);
    expect(await after.forgetEncounter(ENC)).toBe(true);
    expect(await rawRecords(factory, 'segments')).toEqual([]);
    expect(await rawRecords(factory, 'audio')).toEqual([]);
  });

  it('drops version-1 plaintext stores on upgrade and ignores unsealed rows', async () => {
    const factory = new IDBFactory();
    const v1 = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('scribe', 1);
      request.onupgradeneeded = () => {
        const segments = request.result.createObjectStore('segments', { keyPath: ['encounterId', 'seq'] });
        segments.put({ ...segment(0) });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    v1.close();
    const db = await ScribeDb.open(factory, 'scribe', await newCipher());
    expect(await db.segmentsOf(ENC)).toEqual([]);
    expect(await rawRecords(factory, 'segments')).toEqual([]);
    db.close();
  });
});
