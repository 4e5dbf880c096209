import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, json, type TestContext } from '../test-support/test-app.js';
import { csvField } from './audit-csv.js';

type Event = { id: number; at: string; action: string; actorId: string | null };

describe('admin audit report: time range, sorting, CSV export', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext();
    const start = t.now.value;
    // Events 20 minutes apart (within the idle timeout) so the time range and sort order are observable.
    for (const [hour, mrn] of [
      [1, 'REP-1'],
      [2, 'REP-2'],
      [3, 'REP-3'],
    ] as const) {
      t.now.value = new Date(start.getTime() + hour * 20 * 60_000);
      await t.call('POST', '/encounters', {
        token: t.tokens.clinician,
        body: {
          patient: { mrn, displayName: 'Ada "Lovelace", PhD' },
          consent: { attested: true, method: 'verbal' },
        },
      });
      await t.call('GET', '/encounters', { token: t.tokens.staff });
    }
    t.now.value = start;
  });
  afterAll(() => t.close());

  const report = async (query: string) =>
    (await json<{ events: Event[] }>(await t.call('GET', `/audit?${query}`, { token: t.tokens.admin })))
      .events;

  it('returns only the requested time range, sorted as asked', async () => {
    const from = '2026-03-02T09:30:00.000Z';
    const to = '2026-03-02T10:10:00.000Z';
    const asc = await report(`from=${from}&to=${to}&sort=at&order=asc`);
    expect(asc.map((e) => e.action)).toEqual([
      'patient.create',
      'encounter.create',
      'encounter.list',
      'patient.create',
      'encounter.create',
      'encounter.list',
    ]);
    expect(asc.every((e) => e.at >= from && e.at <= to)).toBe(true);
    const desc = await report(`from=${from}&to=${to}&sort=at&order=desc`);
    expect(desc.map((e) => e.id)).toEqual(asc.map((e) => e.id).reverse());
    const byAction = await report(`from=${from}&to=${to}&sort=action&order=asc`);
    expect(byAction.map((e) => e.action)).toEqual([...byAction.map((e) => e.action)].sort());
    const byActor = await report(`from=${from}&to=${to}&sort=actor&order=desc`);
    expect(byActor.map((e) => e.actorId)).toEqual([...byActor.map((e) => e.actorId)].sort().reverse());
  });

  it('rejects an unknown sort key', async () => {
    const res = await t.call('GET', '/audit?sort=hash', { token: t.tokens.admin });
    expect(res.status).toBe(400);
    expect((await json(res)).code).toBe('validation_failed');
  });

  it('exports CSV with a header, one line per event, and no PHI text', async () => {
    for (const path of ['/audit/export.csv?sort=at&order=asc', '/audit?format=csv&sort=at&order=asc']) {
      const res = await t.call('GET', path, { token: t.tokens.admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      const text = await res.text();
      const lines = text.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'id,at,actor_id,actor_role,action,entity_type,entity_id,patient_id,outcome,severity,request_id',
      );
      expect(lines.filter((l) => l.includes(',encounter.create,'))).toHaveLength(3);
      expect(text).not.toContain('Lovelace');
      expect(text).not.toContain('REP-1');
    }
  });

  it('quotes CSV fields per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(42)).toBe('42');
  });
});
