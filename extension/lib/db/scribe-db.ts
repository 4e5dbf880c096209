import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { openDatabase, requestToPromise, transactionDone } from './idb.js';

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
}

const SEGMENTS = 'segments';
const AUDIO = 'audio';

/** The extension's one IndexedDB database (shared by side panel, offscreen document and service worker). */
export class ScribeDb {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory = indexedDB, name = 'scribe'): Promise<ScribeDb> {
    const db = await openDatabase(factory, name, 1, (d) => {
      const segments = d.createObjectStore(SEGMENTS, { keyPath: ['encounterId', 'seq'] });
      segments.createIndex('byEncounter', 'encounterId');
      segments.createIndex('bySync', 'sync');
      const audio = d.createObjectStore(AUDIO, { keyPath: ['encounterId', 'index'] });
      audio.createIndex('byEncounter', 'encounterId');
    });
    return new ScribeDb(db);
  }

  close(): void {
    this.db.close();
  }

  async putSegments(segments: LocalSegment[]): Promise<void> {
    const tx = this.db.transaction(SEGMENTS, 'readwrite');
    const store = tx.objectStore(SEGMENTS);
    for (const s of segments) store.put(s);
    await transactionDone(tx);
  }

  async getSegment(encounterId: string, seq: number): Promise<LocalSegment | undefined> {
    const tx = this.db.transaction(SEGMENTS);
    return requestToPromise(tx.objectStore(SEGMENTS).get([encounterId, seq]));
  }

  /** An encounter's segments in seq order. */
  async segmentsOf(encounterId: string): Promise<LocalSegment[]> {
    const tx = this.db.transaction(SEGMENTS);
    const all: LocalSegment[] = await requestToPromise(
      tx.objectStore(SEGMENTS).index('byEncounter').getAll(encounterId),
    );
    return all.sort((a, b) => a.seq - b.seq);
  }

  async segmentsBySync(sync: SyncState): Promise<LocalSegment[]> {
    const tx = this.db.transaction(SEGMENTS);
    return requestToPromise(tx.objectStore(SEGMENTS).index('bySync').getAll(sync));
  }

  async putAudio(chunk: AudioChunk): Promise<void> {
    const tx = this.db.transaction(AUDIO, 'readwrite');
    tx.objectStore(AUDIO).put(chunk);
    await transactionDone(tx);
  }

  async audioOf(encounterId: string): Promise<AudioChunk[]> {
    const tx = this.db.transaction(AUDIO);
    const all: AudioChunk[] = await requestToPromise(
      tx.objectStore(AUDIO).index('byEncounter').getAll(encounterId),
    );
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
    const tx = this.db.transaction(AUDIO, 'readwrite');
    const store = tx.objectStore(AUDIO);
    for (const c of chunks) {
      if (c.startSample >= sample) store.delete([c.encounterId, c.index]);
      else if (c.startSample + c.pcm.length > sample)
        store.put({ ...c, pcm: c.pcm.slice(0, sample - c.startSample) });
    }
    await transactionDone(tx);
  }

  /**
   * Removes an encounter's transcript and audio from this device once the server holds all of it
   * (PHI should not outlive its use here). Returns false, deleting nothing, while any is pending.
   */
  async forgetEncounter(encounterId: string): Promise<boolean> {
    const segments = await this.segmentsOf(encounterId);
    if (segments.some((s) => s.sync === 'pending')) return false;
    const audio = await this.audioOf(encounterId);
    const tx = this.db.transaction([SEGMENTS, AUDIO], 'readwrite');
    for (const s of segments) tx.objectStore(SEGMENTS).delete([encounterId, s.seq]);
    for (const c of audio) tx.objectStore(AUDIO).delete([encounterId, c.index]);
    await transactionDone(tx);
    return true;
  }
}
