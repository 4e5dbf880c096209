import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-env.js';
import type { Database } from '../db/client.js';
import { problemResponse } from '../http/problem.js';
import { createTestDatabase, testDatabaseKinds } from '../test-support/test-db.js';
import { codesRoutes } from './codes.routes.js';
import { searchCodes } from './codes.search.js';
import { validateCodes } from './codes.validate.js';
import { importTestSubset } from './test-support/icd10-subset.js';

describe.each(testDatabaseKinds())('code search and validation (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importTestSubset(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('ranks the plain title first for a common diagnosis', async () => {
    const results = await searchCodes(database.db, 'essential hypertension');
    expect(results[0]?.code).toBe('I10');
  });

  it('matches partial words as prefixes', async () => {
    const results = await searchCodes(database.db, 'type 2 diab mell without compl', { billableOnly: true });
    expect(results.map((r) => r.code)).toContain('E119');
  });

  it('puts the exact code first for a code with or without a dot', async () => {
    for (const q of ['E11.9', 'e119']) {
      const results = await searchCodes(database.db, q, { limit: 5 });
      expect(results[0]).toMatchObject({ code: 'E119', billable: true });
    }
    const prefix = await searchCodes(database.db, 'E11.6', { limit: 10 });
    expect(prefix.every((r) => r.code.startsWith('E116'))).toBe(true);
  });

  it('filters out header codes when billableOnly', async () => {
    const all = await searchCodes(database.db, 'E11', { limit: 5 });
    expect(all[0]).toMatchObject({ code: 'E11', billable: false });
    const billable = await searchCodes(database.db, 'E11', { limit: 5, billableOnly: true });
    expect(billable.length).toBeGreaterThan(0);
    expect(billable.every((r) => r.billable)).toBe(true);
  });

  it('relaxes to all-but-one word when no title has every word', async () => {
    const results = await searchCodes(database.db, 'chronic obstructive pulmonary disease zebrafish');
    expect(results.some((r) => r.code.startsWith('J44'))).toBe(true);
  });

  it('never relaxes to a lone short word, which matches thousands of codes', async () => {
    const results = await searchCodes(database.db, 'migraine leg', { limit: 10 });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => /migraine/i.test(r.display))).toBe(true);
  });

  it('finds codes by prefix on the primary key, billable filter included', async () => {
    const results = await searchCodes(database.db, 'S86.0', { limit: 100, billableOnly: true });
    expect(results.length).toBeGreaterThan(5);
    expect(results.every((r) => r.code.startsWith('S860') && r.billable)).toBe(true);
    expect(results.map((r) => r.code)).toContain('S86011A');
  });

  it('treats query syntax as text, never as tsquery operators', async () => {
    await expect(searchCodes(database.db, "asthma & | ! ' :* (")).resolves.toBeInstanceOf(Array);
    expect(await searchCodes(database.db, '!!!')).toEqual([]);
  });

  it('accepts only existing billable codes', async () => {
    const result = await validateCodes(database.db, ['e11.9', 'E11', 'Z99999', 'not a code', 'E119']);
    expect(result.accepted.map((c) => c.code)).toEqual(['E119']);
    expect(result.rejected).toEqual([
      { input: 'not a code', reason: 'malformed' },
      { input: 'E11', reason: 'not_billable' },
      { input: 'Z99999', reason: 'unknown' },
    ]);
  });

  it('serves GET /search with a validated query', async () => {
    const app = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('db', database.db);
        await next();
      })
      .route('/codes', codesRoutes)
      .onError((error, c) => problemResponse(c, error));
    const ok = await app.request('/codes/search?q=asthma&limit=3&billable=true');
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as {
      results: Array<{ code: string; display: string; billable: boolean; score: number }>;
    };
    expect(body.results).toHaveLength(3);
    // The subset holds J45 (asthma) and J82 (eosinophilic asthma among the pulmonary eosinophilias).
    expect(body.results.every((r) => /asthma/i.test(r.display) && r.billable)).toBe(true);
    expect(body.results[0]).toHaveProperty('shortTitle');
    const bad = await app.request('/codes/search?q=&limit=1000');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('validation_failed');
  });
});
