/**
 * `node --import tsx server/audit/test-support/append-concurrently.ts <postgres url> <key> <events> <in flight> <label>`:
 * one server process's worth of audit appends for the multi-process test: `events` transactions,
 * `inFlight` at a time on a pool of that size, each appending one event (every fifth two, as a
 * break-glass read does) with a random request id, some held open a moment after their append.
 * Prints `APPENDED <n>`.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/client.js';
import { recordAudit } from '../audit.service.js';
import { installAuditKeyring, makeKeyring, parseAuditKey } from '../audit-keys.js';

const [url, key, events, inFlight, label] = process.argv.slice(2);
installAuditKeyring(makeKeyring(parseAuditKey(key!)));
const database = await openDatabase({ kind: 'postgres', url: url!, poolSize: Number(inFlight) });
const event = (requestId: string, i: number) => ({
  at: new Date(),
  actorId: null,
  actorRole: 'clinician',
  action: 'note.read' as const,
  entityType: 'note',
  entityId: `${label}-${i}`,
  patientId: null,
  outcome: 'success' as const,
  requestId,
});
let next = 0;
let appended = 0;
const worker = async () => {
  for (let i = next++; i < Number(events); i = next++) {
    const requestId = randomUUID();
    await database.db.transaction(async (tx) => {
      await recordAudit(tx, event(requestId, i));
      appended++;
      if (i % 5 === 0) {
        await recordAudit(tx, event(requestId, i));
        appended++;
      }
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, 2)); // a commit that comes late
    });
  }
};
await Promise.all(Array.from({ length: Number(inFlight) }, worker));
await database.close();
process.stdout.write(`APPENDED ${appended}\n`);
