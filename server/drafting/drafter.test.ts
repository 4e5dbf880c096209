import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { importTestSubset } from '../coding/test-support/icd10-subset.js';
import type { Database } from '../db/client.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { startFakeLlm } from '../llm/test-support/fake-llm-config.js';
import type { FakeOpenAiServer } from '../llm/test-support/fake-openai-server.js';
import {
  consultation,
  conversationalAnswer,
  patient,
  soapTemplate,
  validAnswer,
} from '../llm/test-support/llm-test-fixtures.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { CODE_TABLE_RECHECK_MS, createDrafter } from './drafter.js';

describe('createDrafter', () => {
  let database: Database;
  let emptyDatabase: Database;
  let server: FakeOpenAiServer;
  let llm: LlmConfig;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importTestSubset(database.db);
    emptyDatabase = await createTestDatabase();
    ({ server, llm } = await startFakeLlm());
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await emptyDatabase?.close();
  });

  const input = { segments: consultation, template: soapTemplate, patient };

  it('drafts offline with evidence-linked sentences and code suggestions when no LLM is configured', async () => {
    const result = await createDrafter({ db: database.db }).draft(input);
    expect(result.engine).toBe('offline');
    expect(result.content.drafter).toBe('offline');
    const sentences = result.content.sections.flatMap((s) => s.sentences);
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => s.support === 'supported' && s.evidence.length > 0)).toBe(true);
    expect(result.codes.map((c) => c.code)).toContain('I10');
    expect(result.warnings).toEqual([]);
  });

  it('uses the LLM draft and keeps only LLM codes that exist and are billable', async () => {
    server.script({ kind: 'content', content: JSON.stringify(validAnswer) });
    const result = await createDrafter({ db: database.db, llm }).draft(input);
    expect(result.engine).toBe('llm');
    expect(result.content.drafter).toBe('llm');
    const codes = result.codes.map((c) => c.code);
    expect(codes).toContain('J209');
    expect(codes).toContain('I10');
    expect(codes).not.toContain('X99999');
    expect(server.requests.at(-1)?.raw).not.toMatch(/Whitfield|88442211/);
  });

  it('falls back to the offline draft with a PHI-free warning when the endpoint fails', async () => {
    server.script({ kind: 'status', status: 500 });
    const offline = await createDrafter({ db: database.db }).draft(input);
    const result = await createDrafter({ db: database.db, llm }).draft(input);
    expect(result.engine).toBe('offline');
    expect(result.warnings).toEqual(['LLM endpoint failed (server error); offline draft used.']);
    expect(result.content.warnings).toEqual(result.warnings);
    expect(result.content.sections).toEqual(offline.content.sections);
    expect(result.codes).toEqual(offline.codes);
  });

  it('warns when the LLM still wrote conversation, so the flagged sentences are not signed unseen', async () => {
    server.script({ kind: 'content', content: JSON.stringify(conversationalAnswer) });
    const result = await createDrafter({ db: database.db, llm }).draft(input);
    expect(result.engine).toBe('llm');
    expect(result.content.warnings).toContain(
      '1 generated sentence(s) are still worded as conversation and are flagged for review.',
    );
  });

  it('falls back when the endpoint answers garbage', async () => {
    server.script({ kind: 'content', content: 'Sure! Here is your note: ...' });
    const result = await createDrafter({ db: database.db, llm }).draft(input);
    expect(result.engine).toBe('offline');
    expect(result.warnings[0]).toBe('LLM endpoint failed (invalid response); offline draft used.');
  });

  it('honours mode: offline skips a configured LLM, llm without configuration warns', async () => {
    const before = server.requests.length;
    const offline = await createDrafter({ db: database.db, llm }).draft({ ...input, mode: 'offline' });
    expect(offline.engine).toBe('offline');
    expect(server.requests.length).toBe(before);
    const missing = await createDrafter({ db: database.db }).draft({ ...input, mode: 'llm' });
    expect(missing.engine).toBe('offline');
    expect(missing.warnings[0]).toMatch(/no LLM endpoint is configured/);
  });

  it("passes the patient's recorded sex to the offline drafter, on this thread and on a worker", async () => {
    const told = [
      { seq: 0, startMs: 0, endMs: 900, speaker: 'patient' as const, text: 'I take metformin for diabetes.' },
    ];
    const pronouns = (r: { content: { sections: Array<{ sentences: Array<{ text: string }> }> } }) =>
      r.content.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
    const inThread = await createDrafter({ db: emptyDatabase.db }).draft({
      segments: told,
      template: soapTemplate,
      patient: { mrn: 'X1', sex: 'male' },
    });
    expect(pronouns(inThread)).toMatch(/\bHe takes metformin\b/);
    const seen: unknown[] = [];
    await createDrafter({
      db: emptyDatabase.db,
      runOffline: async (segments, template, options) => {
        seen.push(options);
        return draftOffline(segments, template, undefined, options);
      },
    }).draft({ segments: told, template: soapTemplate, patient: { mrn: 'X1', sex: 'female' } });
    expect(seen).toEqual([{ sex: 'female' }]);
  });

  it('notices a release imported while it runs within CODE_TABLE_RECHECK_MS, without a lookup per draft', async () => {
    const later = await createTestDatabase();
    try {
      let now = 0;
      const drafter = createDrafter({ db: later.db, now: () => now });
      expect((await drafter.draft(input)).codes).toEqual([]);
      await importTestSubset(later.db);
      now += CODE_TABLE_RECHECK_MS - 1;
      const cached = await drafter.draft(input);
      expect(cached.codes).toEqual([]);
      expect(cached.warnings).toEqual([
        'ICD-10-CM codes are not loaded on this server; no code suggestions.',
      ]);
      now += 1;
      const rechecked = await drafter.draft(input);
      expect(rechecked.codes.map((c) => c.code)).toContain('I10');
      expect(rechecked.warnings).toEqual([]);
    } finally {
      await later.close();
    }
  });

  it("passes the patient's recorded sex to the LLM drafter's prompt", async () => {
    server.script({ kind: 'content', content: JSON.stringify(validAnswer) });
    await createDrafter({ db: emptyDatabase.db, llm }).draft({
      ...input,
      patient: { ...patient, sex: 'female' },
    });
    const body = server.requests.at(-1)?.body as { messages: Array<{ content: string }> };
    expect(body.messages[1]?.content).toContain('Patient sex as recorded on the encounter: female.');
  });

  it('warns instead of failing when no ICD-10-CM release is loaded', async () => {
    const result = await createDrafter({ db: emptyDatabase.db }).draft(input);
    expect(result.codes).toEqual([]);
    expect(result.warnings).toEqual(['ICD-10-CM codes are not loaded on this server; no code suggestions.']);
  });
});
