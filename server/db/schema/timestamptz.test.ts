import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds } from '../../test-support/test-db.js';
import { encounters, patients, users } from './index.js';
import { parseTimestamptz } from './timestamptz.js';

describe('parseTimestamptz', () => {
  it('reads years below 100 as written (V8 read 0001 as 2001)', () => {
    expect(parseTimestamptz('0001-01-01 00:00:00+00').toISOString()).toBe('0001-01-01T00:00:00.000Z');
    expect(parseTimestamptz('0049-06-30 12:00:00+00').toISOString()).toBe('0049-06-30T12:00:00.000Z');
  });
  it('applies offsets (hours, minutes, seconds) and fractions', () => {
    expect(parseTimestamptz('2026-03-02 09:00:00.123+01:30').toISOString()).toBe('2026-03-02T07:30:00.123Z');
    expect(parseTimestamptz('1999-12-31 23:59:59-05').toISOString()).toBe('2000-01-01T04:59:59.000Z');
    expect(parseTimestamptz('1890-01-01 00:00:00+00:19:32').toISOString()).toBe('1889-12-31T23:40:28.000Z');
  });
  it('reads BC years and refuses what it cannot read', () => {
    expect(parseTimestamptz('0001-01-01 00:00:00+00 BC').getUTCFullYear()).toBe(0);
    expect(() => parseTimestamptz('infinity')).toThrow();
  });
});

describe.each(testDatabaseKinds())('timestamptz columns round-trip every year (%s)', (kind) => {
  it('stores and reads back a consent attested on 0001-01-01', async () => {
    const database = await createTestDatabase(kind);
    try {
      const { db } = database;
      const [u] = await db
        .insert(users)
        .values({ email: 'ts@test.local', displayName: 'T', role: 'clinician', passwordHash: 'x' })
        .returning();
      const [p] = await db.insert(patients).values({ mrn: 'TS-1' }).returning();
      const attested = new Date('0001-01-01T00:00:00.000Z');
      const [e] = await db
        .insert(encounters)
        .values({
          clinicianId: u!.id,
          patientId: p!.id,
          consentAttestedBy: u!.id,
          consentAttestedAt: attested,
          consentMethod: 'verbal',
          startedAt: new Date('2026-03-02T09:00:00.000Z'),
        })
        .returning();
      const [read] = await db.select().from(encounters).where(eq(encounters.id, e!.id));
      expect(read!.consentAttestedAt.toISOString()).toBe('0001-01-01T00:00:00.000Z');
      expect(read!.startedAt.toISOString()).toBe('2026-03-02T09:00:00.000Z');
      expect(read!.createdAt).toBeInstanceOf(Date);
    } finally {
      await database.close();
    }
  });
});
