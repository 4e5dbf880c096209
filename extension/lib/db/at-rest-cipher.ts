import { browser } from 'wxt/browser';

/** One encrypted record: AES-GCM ciphertext (tag included) and the random IV it was sealed with. */
export interface SealedRecord {
  iv: Uint8Array;
  data: ArrayBuffer;
}

/** Seals and opens the PHI bytes that ScribeDb keeps in IndexedDB. */
export interface RecordCipher {
  encrypt(bytes: Uint8Array): Promise<SealedRecord>;
  /** Rejects when the record was sealed with another key (or was tampered with). */
  decrypt(sealed: SealedRecord): Promise<Uint8Array>;
}

const ALGORITHM = 'AES-GCM';
const IV_BYTES = 12;

/** storage.session key of the base64 raw AES key (memory only; TRUSTED_CONTEXTS, set by the background). */
export const DB_KEY_STORAGE_KEY = 'scribeDbKey';

/** A pure cipher over a given key: fresh 12-byte random IV per record. */
export function createCipher(key: CryptoKey): RecordCipher {
  return {
    async encrypt(bytes) {
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const data = await crypto.subtle.encrypt({ name: ALGORITHM, iv }, key, bytes as BufferSource);
      return { iv, data };
    },
    async decrypt(sealed) {
      const plain = await crypto.subtle.decrypt(
        { name: ALGORITHM, iv: sealed.iv as BufferSource },
        key,
        sealed.data,
      );
      return new Uint8Array(plain);
    },
  };
}

/** A new AES-GCM 256 key, extractable so that it can be kept in storage.session. */
export function generateRecordKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: ALGORITHM, length: 256 }, true, ['encrypt', 'decrypt']);
}

export async function exportRecordKey(key: CryptoKey): Promise<string> {
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
  let binary = '';
  for (const b of raw) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function importRecordKey(base64: string): Promise<CryptoKey> {
  const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return crypto.subtle.importKey('raw', raw, { name: ALGORITHM }, false, ['encrypt', 'decrypt']);
}

type SessionArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

function sessionArea(): SessionArea | undefined {
  // undefined in offscreen documents (runtime API only) and outside an extension.
  return (browser as typeof browser | undefined)?.storage?.session as SessionArea | undefined;
}

async function readKey(area: SessionArea): Promise<string | undefined> {
  const stored = (await area.get(DB_KEY_STORAGE_KEY))[DB_KEY_STORAGE_KEY];
  return typeof stored === 'string' && stored.length > 0 ? stored : undefined;
}

async function readOrCreateKey(area: SessionArea): Promise<string> {
  const existing = await readKey(area);
  if (existing) return existing;
  await area.set({ [DB_KEY_STORAGE_KEY]: await exportRecordKey(await generateRecordKey()) });
  // Read back: should another context have won a race, everyone converges on the stored key.
  const stored = await readKey(area);
  if (!stored) throw new Error('storage.session did not keep the database key');
  return stored;
}

/**
 * The base64 database key from storage.session, created there on first use. Creation runs under a
 * Web Lock (shared by all of the extension's pages and its service worker) so that two contexts
 * cannot each create a different key. Needs the storage API (not available in offscreen documents).
 */
export async function sessionKeyBase64(): Promise<string> {
  const area = sessionArea();
  if (!area) throw new Error('storage.session is not available in this context');
  const existing = await readKey(area);
  if (existing) return existing;
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return readOrCreateKey(area);
  return locks.request('scribe-db-key', () => readOrCreateKey(area));
}

/** Asks the background (which has storage.session) for the key: offscreen documents cannot read it. */
async function keyFromBackground(): Promise<string> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'db.key' });
  const key = (reply as { key?: unknown } | undefined)?.key;
  if (typeof key !== 'string' || key.length === 0)
    throw new Error('background did not provide the database key');
  return key;
}

/** The cipher over this browser session's database key (kept only in storage.session). */
export async function sessionKeyCipher(): Promise<RecordCipher> {
  const base64 = sessionArea() ? await sessionKeyBase64() : await keyFromBackground();
  return createCipher(await importRecordKey(base64));
}
