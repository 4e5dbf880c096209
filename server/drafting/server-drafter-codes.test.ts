import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { suggestCodes } from '../coding/codes.suggest.js';
import { importIcd10 } from '../coding/icd10-import.js';
import { currentReleaseId, loadReleaseData } from '../coding/release-data.js';
import { importTestSubset, releaseZipPath, TEST_CATEGORIES } from '../coding/test-support/icd10-subset.js';
import type { Database } from '../db/client.js';
import type { LlmConfig } from '../llm/llm-config.js';
import { startFakeLlm } from '../llm/test-support/fake-llm-config.js';
import type { FakeOpenAiServer } from '../llm/test-support/fake-openai-server.js';
import { consultation, patient, soapTemplate, validAnswer } from '../llm/test-support/llm-test-fixtures.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { createDrafter } from './drafter.js';
import { startOfflineDraftWorker } from './offline-draft-worker.js';
import { createServerDrafter } from './server-drafter.js';

describe('code suggestion on the drafting workers', () => {
  let database: Database;
  let fake: FakeOpenAiServer;
  let llm: LlmConfig;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importTestSubset(database.db);
    ({ server: fake, llm } = await startFakeLlm());
  });
  afterAll(async () => {
    await fake?.stop();
    await database?.close();
  });

  const input = { segments: consultation, template: soapTemplate, patient };

  it('suggests on a worker exactly the codes the in-thread engine suggests, offline and with an LLM', async () => {
    const server = createServerDrafter(database.db, undefined, { workers: 1 });
    const withLlm = createServerDrafter(database.db, llm, { workers: 1 });
    try {
      const offline = await server.drafter.draft(input);
      expect(offline.codes.map((c) => c.code)).toContain('I10');
      expect(offline.codes).toEqual((await createDrafter({ db: database.db }).draft(input)).codes);
      // The LLM's content decides which problems were assessed: its codes are suggested after it answers.
      fake.script({ kind: 'content', content: JSON.stringify(validAnswer) });
      const drafted = await withLlm.drafter.draft(input);
      fake.script({ kind: 'content', content: JSON.stringify(validAnswer) });
      const inThread = await createDrafter({ db: database.db, llm }).draft(input);
      expect(drafted.engine).toBe('llm');
      expect(drafted.codes.length).toBeGreaterThan(0);
      expect(drafted.codes).toEqual(inThread.codes);
    } finally {
      await server.offlineWorker.close();
      await withLlm.offlineWorker.close();
    }
  });

  it("returns a coded draft's content and codes without copying its mentions back from the worker", async () => {
    const worker = startOfflineDraftWorker(() => loadReleaseData(database.db));
    try {
      const releaseId = await currentReleaseId(database.db);
      const coded = await worker.run(consultation, soapTemplate, {}, undefined, {
        releaseId,
        setting: 'outpatient',
      });
      const inThread = draftOffline(consultation, soapTemplate, loadOfflineResources());
      expect(coded.mentions).toBeUndefined();
      expect(coded.content).toEqual(inThread.content);
      expect(coded.codes).toEqual(
        await suggestCodes(database.db, {
          mentions: inThread.mentions,
          segments: consultation,
          content: inThread.content,
          setting: 'outpatient',
        }),
      );
      // Without codes asked for, the mentions come back (an LLM draft's codes are suggested from them).
      expect((await worker.run(consultation, soapTemplate)).mentions).toEqual(inThread.mentions);
    } finally {
      await worker.close();
    }
  });

  it('rebuilds the index when another import replaces the release', async () => {
    const later = await createTestDatabase();
    const server = createServerDrafter(later.db, undefined, { workers: 1 });
    try {
      await importTestSubset(later.db);
      expect((await server.drafter.draft(input)).codes.map((c) => c.code)).toContain('I10');
      // The same release without the hypertension categories, as another process would import it.
      const keep = new Set<string>(TEST_CATEGORIES.filter((c) => !/^I1/.test(c)));
      await importIcd10(later.db, {
        orderPath: releaseZipPath(),
        filter: (code) => keep.has(code.slice(0, 3)),
      });
      const codes = (await server.drafter.draft(input)).codes.map((c) => c.code);
      expect(codes.some((c) => c.startsWith('I1'))).toBe(false);
    } finally {
      await server.offlineWorker.close();
      await later.close();
    }
  });
});
