import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { type RecordCipher, type SealedRecord, sessionKeyCipher } from './at-rest-cipher.js';
import { openDatabase, requestToPromise, transactionDone } from './idb.js';
import { ENCOUNTERS, LocalEncounterStore } from './local-encounters.js';

/** rejected: the server refused it for good (e.g. 409 segment_conflict); lastErrorCode says why. */
export type SyncState = 'pending' | 'synced' | 'rejected';

/** A transcript segment as kept on the device until (and after) the server has it. */
export interface LocalSegment extends TranscriptSegment {
  encounterId: string;
  /** Whisper token ids, kept for parity checks and re-drafting; never uploaded. */
  tokens: number[];
  sync: SyncState;
  attempts: number;
  /** Epoch ms before which the upload queue leaves this segment alone (backoff). */
  nextAttemptAt: number;
  lastErrorCode?: string;
}

/** 16 kHz mono PCM persisted before transcription, so a crash loses no audio. */
export interface AudioChunk {
  encounterId: string;
  index: number;
  startSample: number;
  pcm: Float32Array;
  /**
   * RMS of each input over the chunk (telehealth speaker labels); `tab` null when no call tab was
   * recorded. Sealed like the audio, so a recovered recording keeps its speaker labels.
   */
  levels?: { mic: number; tab: number | null };
}

/** What IndexedDB holds for a segment: queue bookkeeping in the clear, the PHI sealed. */
interface StoredSegment {
  encounterId: string;
  seq: number;
  startMs: number;
  endMs: number;
  sync: SyncState;
  attempts: number;
  nextAttemptAt: number;
  lastErrorCode?: string;
  /** JSON of {@link SealedSegmentFields}, encrypted. */
  sealed: SealedRecord;
}

/** The segment fields that are PHI (or derived from it) and therefore encrypted at rest. */
interface SealedSegmentFields {
  text: string;
  tokens: number[];
  speaker: LocalSegment['speaker'];
  confidence?: number | null;
}

/** What IndexedDB holds for an audio chunk: the PCM bytes are sealed. */
interface StoredAudio {
  encounterId: string;
  index: number;
  startSample: number;
  sealed: SealedRecord;
  /** Float32 [mic, tab or NaN], encrypted; absent in chunks stored before levels were kept. */
  sealedLevels?: SealedRecord;
}

const SEGMENTS = 'segments';
const AUDIO = 'audio';
/**
 * 2: records sealed with the session key (version 1 stored plaintext; its stores are dropped).
 * 3: adds the encounters started on this device (kept until the server has them).
 */
const VERSION = 3;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function isSealed(value: unknown): value is { sealed: SealedRecord } {
  const sealed = (value as { sealed?: Partial<SealedRecord> } | undefined)?.sealed;
  return sealed !== undefined && sealed.iv instanceof Uint8Array && sealed.data instanceof ArrayBuffer;
}

/**
 * The extension's one IndexedDB database (shared by side panel, offscreen document and service worker).
 * Transcript text, tokens, speaker, confidence and audio PCM are encrypted (AES-GCM) with a key that
 * lives only in storage.session; records that no longer decrypt (the key went with a browser
 * restart) are skipped by every reader and counted by {@link ScribeDb.countUndecryptable}.
 */
export class ScribeDb {
  private warned = false;

  private constructor(
    private readonly db: IDBDatabase,
    private readonly cipher: RecordCipher,
  ) {}

  static async open(
    factory: IDBFactory = indexedDB,
    name = 'scribe',
    cipher?: RecordCipher,
  ): Promise<ScribeDb> {
    const recordCipher = cipher ?? (await sessionKeyCipher());
    const db = await openDatabase(factory, name, VERSION, (d, oldVersion) => {
      // Pre-release: plaintext stores from version 1 are dropped, not migrated; later ones are kept.
      if (oldVersion < 2) for (const store of Array.from(d.objectStoreNames)) d.deleteObjectStore(store);
      if (!d.objectStoreNames.contains(SEGMENTS)) {
        const segments = d.createObjectStore(SEGMENTS, { keyPath: ['encounterId', 'seq'] });
        segments.createIndex('byEncounter', 'encounterId');
        segments.createIndex('bySync', 'sync');
      }
      if (!d.objectStoreNames.contains(AUDIO)) {
        const audio = d.createObjectStore(AUDIO, { keyPath: ['encounterId', 'index'] });
        audio.createIndex('byEncounter', 'encounterId');
      }
      if (!d.objectStoreNames.contains(ENCOUNTERS)) d.createObjectStore(ENCOUNTERS, { keyPath: 'id' });
    });
    return new ScribeDb(db, recordCipher);
  }

  close(): void {
    this.db.close();
  }

  /** Encounters started on this device, with what still has to reach the server. */
  encounters(): LocalEncounterStore {
    return new LocalEncounterStore(this.db, this.cipher);
  }

  private async sealSegment(s: LocalSegment): Promise<StoredSegment> {
    const fields: SealedSegmentFields = {
      text: s.text,
      tokens: s.tokens,
      speaker: s.speaker,
      ...(s.confidence !== undefined ? { confidence: s.confidence } : {}),
    };
    const stored: StoredSegment = {
      encounterId: s.encounterId,
      seq: s.seq,
      startMs: s.startMs,
      endMs: s.endMs,
      sync: s.sync,
      attempts: s.attempts,
      nextAttemptAt: s.nextAttemptAt,
      sealed: await this.cipher.encrypt(encoder.encode(JSON.stringify(fields))),
    };
    if (s.lastErrorCode !== undefined) stored.lastErrorCode = s.lastErrorCode;
    return stored;
  }

  private async openSegment(raw: unknown): Promise<LocalSegment | undefined> {
    if (!isSealed(raw)) return undefined;
    const stored = raw as StoredSegment;
    const plain = await this.tryDecrypt(stored.sealed);
    if (!plain) return undefined;
    const fields = JSON.parse(decoder.decode(plain)) as SealedSegmentFields;
    const { sealed: _sealed, ...clear } = stored;
    return { ...clear, ...fields };
  }

  private async sealAudio(chunk: AudioChunk): Promise<StoredAudio> {
    const bytes = new Uint8Array(chunk.pcm.buffer, chunk.pcm.byteOffset, chunk.pcm.byteLength);
    const levels = chunk.levels
      ? new Uint8Array(Float32Array.of(chunk.levels.mic, chunk.levels.tab ?? Number.NaN).buffer)
      : undefined;
    return {
      encounterId: chunk.encounterId,
      index: chunk.index,
      startSample: chunk.startSample,
      sealed: await this.cipher.encrypt(bytes),
      ...(levels ? { sealedLevels: await this.cipher.encrypt(levels) } : {}),
    };
  }

  private async openAudio(raw: unknown): Promise<AudioChunk | undefined> {
    if (!isSealed(raw)) return undefined;
    const stored = raw as StoredAudio;
    const plain = await this.tryDecrypt(stored.sealed);
    if (!plain) return undefined;
    // Copy into a fresh, aligned buffer (a Float32Array view needs a 4-byte aligned offset).
    const pcm = new Float32Array(plain.byteLength / Float32Array.BYTES_PER_ELEMENT);
    new Uint8Array(pcm.buffer).set(plain);
    const chunk: AudioChunk = {
      encounterId: stored.encounterId,
      index: stored.index,
      startSample: stored.startSample,
      pcm,
    };
    const levelBytes = stored.sealedLevels ? await this.tryDecrypt(stored.sealedLevels) : undefined;
    if (levelBytes?.byteLength === 8) {
      const [mic, tab] = new Float32Array(levelBytes.slice().buffer);
      chunk.levels = { mic: mic ?? 0, tab: tab === undefined || Number.isNaN(tab) ? null : tab };
    }
    return chunk;
  }

  private async tryDecrypt(sealed: SealedRecord): Promise<Uint8Array | undefined> {
    try {
      return await this.cipher.decrypt(sealed);
    } catch {
      if (!this.warned) {
        this.warned = true;
        // No PHI here: only the fact that some records are unreadable.
        console.warn('ScribeDb: skipping records that no longer decrypt (session key changed)');
      }
      return undefined;
    }
  }

  private async openAll<T>(raws: unknown[], open: (raw: unknown) => Promise<T | undefined>): Promise<T[]> {
    const opened = await Promise.all(raws.map(open));
    return opened.filter((x): x is Awaited<T> => x !== undefined) as T[];
  }

  async putSegments(segments: LocalSegment[]): Promise<void> {
    // Encrypt first: an IndexedDB transaction commits as soon as it waits on anything else.
    const sealed = await Promise.all(segments.map((s) => this.sealSegment(s)));
    const tx = this.db.transaction(SEGMENTS, 'readwrite');
    const store = tx.objectStore(SEGMENTS);
    for (const s of sealed) store.put(s);
    await transactionDone(tx);
  }

  async getSegment(encounterId: string, seq: number): Promise<LocalSegment | undefined> {
    const tx = this.db.transaction(SEGMENTS);
    const raw: unknown = await requestToPromise(tx.objectStore(SEGMENTS).get([encounterId, seq]));
    return this.openSegment(raw);
  }

  /** An encounter's segments in seq order. */
  async segmentsOf(encounterId: string): Promise<LocalSegment[]> {
    const tx = this.db.transaction(SEGMENTS);
    const raws: unknown[] = await requestToPromise(
      tx.objectStore(SEGMENTS).index('byEncounter').getAll(encounterId),
    );
    const all = await this.openAll(raws, (r) => this.openSegment(r));
    return all.sort((a, b) => a.seq - b.seq);
  }

  async segmentsBySync(sync: SyncState): Promise<LocalSegment[]> {
    const tx = this.db.transaction(SEGMENTS);
    const raws: unknown[] = await requestToPromise(tx.objectStore(SEGMENTS).index('bySync').getAll(sync));
    return this.openAll(raws, (r) => this.openSegment(r));
  }

  async putAudio(chunk: AudioChunk): Promise<void> {
    const sealed = await this.sealAudio(chunk);
    const tx = this.db.transaction(AUDIO, 'readwrite');
    tx.objectStore(AUDIO).put(sealed);
    await transactionDone(tx);
  }

  async audioOf(encounterId: string): Promise<AudioChunk[]> {
    const tx = this.db.transaction(AUDIO);
    const raws: unknown[] = await requestToPromise(
      tx.objectStore(AUDIO).index('byEncounter').getAll(encounterId),
    );
    const all = await this.openAll(raws, (r) => this.openAudio(r));
    return all.sort((a, b) => a.index - b.index);
  }

  /** Deletes the encounter's audio chunks that end at or before `endSample` (their transcript is safe). */
  async deleteAudioBefore(encounterId: string, endSample: number): Promise<number> {
    const chunks = await this.audioOf(encounterId);
    const doomed = chunks.filter((c) => c.startSample + c.pcm.length <= endSample);
    const tx = this.db.transaction(AUDIO, 'readwrite');
    for (const c of doomed) tx.objectStore(AUDIO).delete([c.encounterId, c.index]);
    await transactionDone(tx);
    return doomed.length;
  }

  /**
   * Cuts the encounter's audio at `sample`: later chunks are deleted and a chunk that straddles it
   * is shortened (its first part still backs a segment that may not be uploaded yet).
   */
  async truncateAudioAt(encounterId: string, sample: number): Promise<void> {
    const chunks = await this.audioOf(encounterId);
    const doomed = chunks.filter((c) => c.startSample >= sample);
    const shortened = await Promise.all(
      chunks
        .filter((c) => c.startSample < sample && c.startSample + c.pcm.length > sample)
        .map((c) => this.sealAudio({ ...c, pcm: c.pcm.slice(0, sample - c.startSample) })),
    );
    const tx = this.db.transaction(AUDIO, 'readwrite');
    const store = tx.objectStore(AUDIO);
    for (const c of doomed) store.delete([c.encounterId, c.index]);
    for (const c of shortened) store.put(c);
    await transactionDone(tx);
  }

  /**
   * Removes an encounter's transcript and audio from this device once the server holds all of it
   * (PHI should not outlive its use here). Returns false, deleting nothing, while any is pending.
   * Records that no longer decrypt can never be uploaded or read again: they do not hold the
   * encounter back and are deleted with it.
   */
  async forgetEncounter(encounterId: string): Promise<boolean> {
    const segments = await this.segmentsOf(encounterId);
    if (segments.some((s) => s.sync === 'pending')) return false;
    if (!(await this.encounters().done(encounterId))) return false;
    const tx = this.db.transaction([SEGMENTS, AUDIO, ENCOUNTERS], 'readwrite');
    tx.objectStore(ENCOUNTERS).delete(encounterId);
    for (const name of [SEGMENTS, AUDIO]) {
      const store = tx.objectStore(name);
      // Primary keys of every row, decryptable or not; deleted within this same transaction.
      const keys = store.index('byEncounter').getAllKeys(encounterId);
      keys.onsuccess = () => {
        for (const key of keys.result) store.delete(key);
      };
    }
    await transactionDone(tx);
    return true;
  }

  /**
   * How many stored records (segments and audio chunks) cannot be decrypted with the current key,
   * e.g. because the browser restarted and storage.session lost the key. Readers skip them.
   */
  async countUndecryptable(): Promise<number> {
    return (await this.undecryptableKeys()).length;
  }

  /** Deletes the records that can no longer be decrypted (after the clinician has been told). */
  async discardUndecryptable(): Promise<number> {
    const found = await this.undecryptableKeys();
    if (found.length === 0) return 0;
    const tx = this.db.transaction([SEGMENTS, AUDIO, ENCOUNTERS], 'readwrite');
    for (const { store, key } of found) tx.objectStore(store).delete(key);
    await transactionDone(tx);
    return found.length;
  }

  private async undecryptableKeys(): Promise<Array<{ store: string; key: IDBValidKey }>> {
    const tx = this.db.transaction([SEGMENTS, AUDIO, ENCOUNTERS]);
    const rows = await Promise.all(
      [SEGMENTS, AUDIO, ENCOUNTERS].map(async (store) => {
        const os = tx.objectStore(store);
        const [values, keys] = await Promise.all([
          requestToPromise<unknown[]>(os.getAll()),
          requestToPromise<IDBValidKey[]>(os.getAllKeys()),
        ]);
        return values.map((raw, i) => ({ store, key: keys[i]!, raw }));
      }),
    );
    const found: Array<{ store: string; key: IDBValidKey }> = [];
    for (const { store, key, raw } of rows.flat()) {
      if (!isSealed(raw)) continue;
      try {
        await this.cipher.decrypt(raw.sealed);
      } catch {
        found.push({ store, key });
      }
    }
    return found;
  }
}
