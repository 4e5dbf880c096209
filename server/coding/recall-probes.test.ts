import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import { importTranscript } from '../../shared/clinical/transcript/index.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { suggestCodes } from './codes.suggest.js';
import { importIcd10 } from './icd10-import.js';
import { releaseZipPath, TEST_CATEGORIES } from './test-support/icd10-subset.js';
import { RECALL_PROBES } from './test-support/recall-probes.js';

// The primary-care test subset plus the categories the probes' codes and their near neighbours need.
const PROBE_CATEGORIES = ['S93', 'H66', 'G47', 'M10', 'E55', 'E56', 'E83', 'E87', 'M79', 'R20'];

describe('recall probes: own visits in speech-recognition wording (pglite)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const keep = new Set<string>([...TEST_CATEGORIES, ...PROBE_CATEGORIES]);
    await importIcd10(database.db, {
      orderPath: releaseZipPath(),
      filter: (code) => keep.has(code.slice(0, 3)),
    });
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it.each(RECALL_PROBES.map((p) => [p.name, p] as const))(
    'ranks the code in the top 10: %s',
    async (_, probe) => {
      const { segments } = importTranscript(probe.visit.trim());
      const draft = draftOffline(segments, getBuiltinTemplate('soap'));
      const codes = (
        await suggestCodes(
          database.db,
          { mentions: draft.mentions, segments, content: draft.content, setting: 'outpatient' },
          { limit: 10 },
        )
      ).map((c) => c.code);
      expect(codes).toContain(probe.expected);
    },
  );
});
