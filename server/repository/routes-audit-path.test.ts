import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const routeFiles = readdirSync(serverDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.routes.ts'))
  .map((f) => ({ file: f, text: readFileSync(path.join(serverDir, f), 'utf8') }));

/**
 * Routes validate, make one repository call and respond: a route that opens its own transaction or
 * writes an audit event itself bypasses the typed audit actions and the denial audit of
 * `perform` (server/repository/unit-of-work.ts).
 */
describe('route files reach the audit log only through the repositories', () => {
  it('finds the route files', () => {
    expect(routeFiles.map((r) => r.file)).toEqual(
      expect.arrayContaining(['auth/auth.routes.ts', 'auth/me-security.routes.ts', 'audit/audit.routes.ts']),
    );
  });

  it.each(routeFiles.map((r) => [r.file, r.text]))(
    '%s writes no audit event and opens no transaction',
    (_, text) => {
      expect(text).not.toMatch(/\brecordAudit\b|audit-context|audit\.service|\.transaction\(/);
    },
  );
});

/** Route files that serve no patient data and may query their own tables (ICD-10 code search). */
const notPatientData = new Set(['coding/codes.routes.ts']);

/**
 * Queries live behind the repositories: a route that reads or writes tables itself skips the access
 * check, the denial audit and the typed response of the repository method it bypasses.
 */
describe('route files make no queries of their own', () => {
  it.each(routeFiles.filter((r) => !notPatientData.has(r.file)).map((r) => [r.file, r.text]))(
    '%s imports no query builder or table and reads no database handle',
    (_, text) => {
      expect(text).not.toMatch(
        /from ['"]drizzle-orm|\/db\/schema|\/db\/client|c\.get\(['"]db['"]\)|deps\.db\b/,
      );
    },
  );
});

/**
 * One access check for routes: `allow(...roles)` audits a refusal as `access.refused`. A route that
 * compares roles itself, or throws `forbidden` itself, refuses without a trace.
 */
describe('route files check roles only through allow()', () => {
  it.each(routeFiles.map((r) => [r.file, r.text]))('%s refuses no role except through allow()', (_, text) => {
    expect(text).not.toMatch(/requireRole\(|\.role\s*[!=]==|roles?\.includes\(|['"]forbidden['"]/);
  });
});
