import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// wxt/browser binds to globalThis.chrome when first imported: install WXT's in-memory fake first.
let cipherModule: typeof import('./at-rest-cipher.js');
let dbModule: typeof import('./scribe-db.js');
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  cipherModule = await import('./at-rest-cipher.js');
  dbModule = await import('./scribe-db.js');
});
beforeEach(() => fakeBrowser.reset());

describe('session key cipher', () => {
  it('creates the key once and keeps it in storage.session only', async () => {
    const { DB_KEY_STORAGE_KEY, sessionKeyCipher } = cipherModule;
    const first = await sessionKeyCipher();
    const stored = (await fakeBrowser.storage.session.get(DB_KEY_STORAGE_KEY))[DB_KEY_STORAGE_KEY];
    expect(typeof stored).toBe('string');
    expect(Buffer.from(stored as string, 'base64')).toHaveLength(32);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    // Another context gets the same key: what one seals, the other opens.
    const second = await sessionKeyCipher();
    expect((await fakeBrowser.storage.session.get(DB_KEY_STORAGE_KEY))[DB_KEY_STORAGE_KEY]).toBe(stored);
    const sealed = await first.encrypt(new TextEncoder().encode('hello'));
    expect(new TextDecoder().decode(await second.decrypt(sealed))).toBe('hello');
  });

  it('is the default cipher of ScribeDb, and a lost session key makes old records unreadable', async () => {
    const factory = new IDBFactory();
    const segment = {
      encounterId: 'e',
      seq: 0,
      startMs: 0,
      endMs: 900,
      speaker: 'clinician' as const,
      text: 'secret',
      tokens: [1, 2],
      sync: 'pending' as const,
      attempts: 0,
      nextAttemptAt: 0,
    };
    const db = await dbModule.ScribeDb.open(factory);
    await db.putSegments([segment]);
    const again = await dbModule.ScribeDb.open(factory);
    expect(await again.segmentsOf('e')).toEqual([segment]);
    again.close();
    db.close();

    fakeBrowser.reset(); // the browser restarted: storage.session is empty
    const restarted = await dbModule.ScribeDb.open(factory);
    expect(await restarted.segmentsOf('e')).toEqual([]);
    expect(await restarted.countUndecryptable()).toBe(1);
  });
});
