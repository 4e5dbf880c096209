import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

describe.each(testDatabaseKinds())(
  'encounter created under the extension’s id (offline start) (%s)',
  (kind) => {
    let t: TestContext;
    const consent = { attested: true, method: 'verbal', attestedAt: '2026-03-02T08:30:00.000Z' };
    const create = (body: Record<string, unknown>, token = t.tokens.clinician, key?: string) =>
      t.call('POST', '/encounters', {
        token,
        body: { consent, ...body },
        ...(key ? { headers: { 'idempotency-key': key } } : {}),
      });

    beforeAll(async () => {
      t = await createTestContext(kind);
    });
    afterAll(() => t.close());

    it('keeps the client id and start time, and a replay creates nothing twice', async () => {
      const id = randomUUID();
      const body = { id, patient: { mrn: 'OFF-1' }, startedAt: '2026-03-02T08:31:00.000Z' };
      const first = await create(body, t.tokens.clinician, id);
      expect(first.status).toBe(201);
      const dto = await json<{ id: string; startedAt: string }>(first);
      expect(dto.id).toBe(id);
      expect(dto.startedAt).toBe('2026-03-02T08:31:00.000Z');
      // Same key: the stored answer. No key (the key expired): the same encounter, not a second one.
      expect((await create(body, t.tokens.clinician, id)).headers.get('idempotent-replayed')).toBe('true');
      const again = await create(body);
      expect(again.status).toBeLessThan(300);
      expect((await json<{ id: string }>(again)).id).toBe(id);
      const list = await json<{ encounters: Array<{ id: string }> }>(
        await t.call('GET', '/encounters', { token: t.tokens.clinician }),
      );
      expect(list.encounters.filter((e) => e.id === id)).toHaveLength(1);
    });

    it('refuses an id already used by another clinician or for another patient', async () => {
      const id = randomUUID();
      expect((await create({ id, patient: { mrn: 'OFF-2' } })).status).toBe(201);
      expect((await create({ id, patient: { mrn: 'OFF-2' } }, t.tokens.clinician2)).status).toBe(409);
      expect((await create({ id, patient: { mrn: 'OFF-3' } })).status).toBe(409);
    });

    it('refuses a start time in the future', async () => {
      const res = await create({
        id: randomUUID(),
        patient: { mrn: 'OFF-4' },
        startedAt: '2026-03-03T00:00:00Z',
      });
      expect(res.status).toBe(400);
    });
  },
);
