import type { CreateEncounterRequest } from '../../../shared/api/encounters.js';
import type { NoteContent } from '../../../shared/clinical/note.js';
import type { RecordCipher, SealedRecord } from './at-rest-cipher.js';
import { requestToPromise, transactionDone } from './idb.js';
import type { SyncState } from './scribe-db.js';

export const ENCOUNTERS = 'encounters';

/**
 * The draft asked for on Stop. `waiting`: the server will draft it once the transcript is there;
 * `device`: drafted on this device (server unreachable), the server drafts the first version on sync;
 * `synced`: the server holds the note `noteId`.
 */
export interface AutoDraft {
  templateKey: string;
  state: 'waiting' | 'device' | 'synced';
  noteId?: string;
  /** The draft made on this device, shown until the server's version exists. */
  deviceContent?: NoteContent;
}

/** An encounter started on this device: created here first, then on the server (same id). */
export interface LocalEncounter {
  id: string;
  /** pending: not on the server yet; rejected: the server refused it (lastErrorCode says why). */
  sync: SyncState;
  attempts: number;
  nextAttemptAt: number;
  lastErrorCode?: string;
  createdAtMs: number;
  request: CreateEncounterRequest & { id: string };
  autoDraft?: AutoDraft;
}

/** Patient identity and note text are PHI: sealed like the transcript. */
interface SealedFields {
  request: LocalEncounter['request'];
  autoDraft?: AutoDraft;
}

type StoredEncounter = Omit<LocalEncounter, keyof SealedFields> & { sealed: SealedRecord };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The `encounters` object store of ScribeDb (see {@link ScribeDb.encounters}). */
export class LocalEncounterStore {
  constructor(
    private readonly db: IDBDatabase,
    private readonly cipher: RecordCipher,
  ) {}

  async put(e: LocalEncounter): Promise<void> {
    const { request, autoDraft, ...clear } = e;
    const fields: SealedFields = { request, ...(autoDraft ? { autoDraft } : {}) };
    const stored: StoredEncounter = {
      ...clear,
      sealed: await this.cipher.encrypt(encoder.encode(JSON.stringify(fields))),
    };
    const tx = this.db.transaction(ENCOUNTERS, 'readwrite');
    tx.objectStore(ENCOUNTERS).put(stored);
    await transactionDone(tx);
  }

  async get(id: string): Promise<LocalEncounter | undefined> {
    const tx = this.db.transaction(ENCOUNTERS);
    return this.open(await requestToPromise(tx.objectStore(ENCOUNTERS).get(id)));
  }

  /** Every encounter this device still keeps, oldest first (records that no longer decrypt are skipped). */
  async all(): Promise<LocalEncounter[]> {
    const tx = this.db.transaction(ENCOUNTERS);
    const raws: unknown[] = await requestToPromise(tx.objectStore(ENCOUNTERS).getAll());
    const opened = await Promise.all(raws.map((r) => this.open(r)));
    return opened
      .filter((e): e is LocalEncounter => e !== undefined)
      .sort((a, b) => a.createdAtMs - b.createdAtMs);
  }

  /** Applies `change` to the stored encounter (no-op when it is gone). */
  async update(
    id: string,
    change: (e: LocalEncounter) => LocalEncounter,
  ): Promise<LocalEncounter | undefined> {
    const current = await this.get(id);
    if (!current) return undefined;
    const next = change(current);
    await this.put(next);
    return next;
  }

  /** True when nothing of this encounter still has to reach the server (or it was never local). */
  async done(id: string): Promise<boolean> {
    const e = await this.get(id);
    if (!e) return true;
    if (e.sync === 'pending') return false;
    return e.autoDraft === undefined || e.autoDraft.state === 'synced' || e.sync === 'rejected';
  }

  private async open(raw: unknown): Promise<LocalEncounter | undefined> {
    const stored = raw as StoredEncounter | undefined;
    if (!stored?.sealed) return undefined;
    try {
      const fields = JSON.parse(decoder.decode(await this.cipher.decrypt(stored.sealed))) as SealedFields;
      const { sealed: _sealed, ...clear } = stored;
      return { ...clear, ...fields };
    } catch {
      return undefined;
    }
  }
}
