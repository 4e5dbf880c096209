import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createCipher, generateRecordKey } from './at-rest-cipher.js';
import { openDatabase, requestToPromise, transactionDone } from './idb.js';
import { ScribeDb } from './scribe-db.js';

describe('ScribeDb upgrade to the version with local encounters', () => {
  it('keeps the segments and audio a version-2 database holds (pending uploads survive the update)', async () => {
    const factory = new IDBFactory();
    const v2 = await openDatabase(factory, 'scribe', 2, (d) => {
      const segments = d.createObjectStore('segments', { keyPath: ['encounterId', 'seq'] });
      segments.createIndex('byEncounter', 'encounterId');
      segments.createIndex('bySync', 'sync');
      const audio = d.createObjectStore('audio', { keyPath: ['encounterId', 'index'] });
      audio.createIndex('byEncounter', 'encounterId');
    });
    const tx = v2.transaction('segments', 'readwrite');
    tx.objectStore('segments').put({ encounterId: 'e', seq: 0, sync: 'pending', sealed: 'opaque' });
    await transactionDone(tx);
    v2.close();

    const db = await ScribeDb.open(factory, 'scribe', createCipher(await generateRecordKey()));
    db.close();
    const raw = await openDatabase(factory, 'scribe', 3, () => {});
    const kept = await requestToPromise(raw.transaction('segments').objectStore('segments').getAll());
    expect(kept).toHaveLength(1);
    expect(Array.from(raw.objectStoreNames).sort()).toEqual(['audio', 'encounters', 'segments']);
    raw.close();
  });
});
