import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { base32Decode, hotp, timeStep } from '../auth/totp.js';
import { defaultConfig } from '../env.js';
import { createMemoryLogger } from '../logging/logger.js';
import {
  createTestContext,
  echoDrafter,
  json,
  TEST_PASSWORD,
  type TestContext,
} from '../test-support/test-app.js';
import { testDatabaseKinds } from '../test-support/test-db.js';

/** Every column of every table of the public schema, as text: what a stolen backup reveals. */
async function dumpDatabase(t: TestContext): Promise<string> {
  const tables = (await t.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  )) as unknown as { rows: { table_name: string }[] };
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = (await t.database.db.execute(
      sql.raw(`select t::text as row from "${table_name}" t`),
    )) as unknown as { rows: { row: string }[] };
    parts.push(`${table_name}\n${rows.rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}

describe.each(testDatabaseKinds())('no secret is stored in the clear (%s)', (kind) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(kind);
  });
  afterAll(() => t.close());

  it('a full dump after sign-ins holds neither the password, the bearer tokens, the TOTP secret nor a code', async () => {
    const app = createApp({
      db: t.database.db,
      clock: () => t.now.value,
      config: { ...defaultConfig, totpEncryptionKey: 'k'.repeat(40) },
      logger: createMemoryLogger(),
      drafter: echoDrafter,
    });
    const call = async (path: string, body: unknown, token?: string) =>
      app.request(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const password = 'a very distinctive password 42';
    await call(
      '/users',
      { email: 'dump@test.local', displayName: 'Dump', role: 'clinician', password },
      t.tokens.admin,
    );
    const first = await json<{ token: string }>(
      await call('/auth/login', { email: 'dump@test.local', password }),
    );
    const setup = await json<{ secret: string }>(await call('/me/totp/setup', {}, first.token));
    const code = (offset: number) => hotp(base32Decode(setup.secret), timeStep(t.now.value) + offset);
    const enableCode = code(0);
    expect((await call('/me/totp/enable', { code: enableCode }, first.token)).status).toBe(200);
    const loginCode = code(1);
    const second = await call('/auth/login', { email: 'dump@test.local', password, totp: loginCode });
    expect(second.status).toBe(200);
    const secondToken = (await json<{ token: string }>(second)).token;

    const dump = await dumpDatabase(t);
    expect(dump).toContain('dump@test.local'); // the dump is real: it sees the user row
    for (const secret of [password, first.token, secondToken, t.tokens.admin, setup.secret, TEST_PASSWORD]) {
      expect(dump.includes(secret), 'a secret is stored in the clear').toBe(false);
    }
    // Six-digit codes are short: look for them only as whole values, not inside hashes or ids.
    for (const c of [enableCode, loginCode])
      expect(dump).not.toMatch(new RegExp(`(^|[^0-9a-f])${c}([^0-9a-f]|$)`));
  });
});
