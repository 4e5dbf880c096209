import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAudit } from '../audit/audit.service.js';
import { verifyAuditChain } from '../audit/audit-verify.js';
import type { Database } from '../db/client.js';
import { ensureFirstRunUsers } from '../first-run.js';
import { createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { createUserAsOperator } from './operator-user.js';

describe.each(testDatabaseKinds())('users created from the console are audited (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database.close();
  });

  it('audits the first-run admin and clinician, and a CLI-created user, as the operator', async () => {
    const firstRun = await ensureFirstRunUsers(database.db);
    expect(firstRun.map((c) => c.role)).toEqual(['admin', 'clinician']);
    const cliUser = await createUserAsOperator(
      database.db,
      {
        email: 'nurse@example.org',
        displayName: 'Nurse N',
        role: 'staff',
        password: 'correct horse battery',
      },
      'cli',
    );
    const events = (await queryAudit(database.db, { limit: 10, sort: 'at', order: 'asc' })).filter(
      (e) => e.action === 'user.create',
    );
    expect(events).toHaveLength(3);
    for (const e of events)
      expect(e).toMatchObject({ actorId: null, actorRole: 'operator', outcome: 'success' });
    expect(events.map((e) => e.requestId?.split(':')[0])).toEqual(['first-run', 'first-run', 'cli']);
    expect(events[2]?.entityId).toBe(cliUser.id);
    expect(await verifyAuditChain(database.db)).toMatchObject({ valid: true, problems: [] });
  });

  it('leaves neither the user nor an event behind when the creation fails', async () => {
    const before = (await queryAudit(database.db, { limit: 100 })).length;
    await expect(
      createUserAsOperator(
        database.db,
        {
          email: 'nurse@example.org',
          displayName: 'Again',
          role: 'staff',
          password: 'correct horse battery',
        },
        'cli',
      ),
    ).rejects.toThrow(/already exists/);
    expect((await queryAudit(database.db, { limit: 100 })).length).toBe(before);
  });
});
