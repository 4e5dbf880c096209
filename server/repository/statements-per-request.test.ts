import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { rowsOf } from '../audit/test-support/audit-fixtures.js';
import { draftNote, signNote, startEncounter } from '../test-support/clinical-fixtures.js';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';

/**
 * What a note read and a segment upload cost the single-process PGlite server, in protocol calls
 * (each is a pass through the WASM database): bench:load's two busiest requests.
 */
describe('protocol calls per request (PGlite)', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext('pglite');
  });
  afterAll(() => t.close());

  it('reads a signed note in 3 calls (no transaction, one turn) and stores a segment batch in 2, still access-checked and audited', async () => {
    const enc = await startEncounter(t, { mrn: 'CALLS-1' });
    const note = await draftNote(t, enc.id);
    expect((await signNote(t, note)).status).toBe(200);
    const other = await startEncounter(t, { mrn: 'CALLS-2' });
    // One request id: its audit events go to one shard, whose head this process then knows.
    const headers = { 'x-request-id': 'statement-count-1' };
    const read = (token = t.tokens.clinician) => t.call('GET', `/notes/${note.id}`, { token, headers });
    let seq = 1;
    const upload = (size: number) =>
      t.call('POST', `/encounters/${other.id}/segments`, {
        token: t.tokens.clinician,
        headers,
        body: {
          segments: Array.from({ length: size }, () => ({
            seq: seq++,
            startMs: 0,
            endMs: 900,
            speaker: 'patient',
            text: 'Better.',
          })),
        },
      });
    expect((await read()).status).toBe(200);
    expect((await upload(1)).status).toBe(201);
    const calls = vi.spyOn(PGlite.prototype, 'execProtocolRaw');
    try {
      // Session, the note with its encounter, patient and parts, the audit append: no transaction
      // (a read's only write is its audit event), its statements still in one turn. Before: a
      // COMMIT after them (4), and earlier the note's parts were a statement of their own (5).
      const res = await read();
      expect(res.status).toBe(200);
      expect(await json(res)).toMatchObject({ id: note.id, integrity: 'valid' });
      expect(calls).toHaveBeenCalledTimes(3);
      // Session, then the insert with its access checks and its audit append in one statement
      // (before: BEGIN with the target encounter's checks, the insert, the audit append, COMMIT);
      // any batch size (each size was a statement of its own to prepare).
      for (const size of [1, 3, 7]) {
        calls.mockClear();
        expect((await upload(size)).status).toBe(201);
        expect(calls).toHaveBeenCalledTimes(2);
      }
    } finally {
      calls.mockRestore();
    }
    // Another clinician is still refused (404, audited as denied) by the one-statement read.
    expect((await read(t.tokens.clinician2)).status).toBe(404);
    const events = rowsOf<{ action: string; outcome: string }>(
      await t.database.db.execute(
        sql`select action, outcome from audit_events where entity_id = ${note.id} order by id`,
      ),
    );
    expect(events.filter((e) => e.action === 'note.read').map((e) => e.outcome)).toEqual([
      'success',
      'success',
      'denied',
    ]);
    expect((await verifyAuditChain(t.database.db)).valid).toBe(true);
  });
});
