import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import type { Database } from '../db/client.js';
import { createTestDatabase, testDatabaseKinds } from '../db/test-db.js';
import { type ProblemMention, suggestCodes } from './codes.suggest.js';
import { importTestSubset } from './test-support.js';

const segments: TranscriptSegment[] = [
  {
    seq: 0,
    startMs: 0,
    endMs: 4000,
    speaker: 'clinician',
    text: 'Your blood pressure is still high, so the HTN is not controlled.',
  },
  {
    seq: 1,
    startMs: 4000,
    endMs: 8000,
    speaker: 'patient',
    text: 'My mother had COPD but I have no chest pain.',
  },
  { seq: 2, startMs: 8000, endMs: 12000, speaker: 'clinician', text: 'Your type 2 diabetes looks stable.' },
];

const content: NoteContent = {
  drafter: 'offline',
  warnings: [],
  sections: [
    {
      id: 'assessment',
      title: 'Assessment',
      sentences: [
        {
          id: 's1',
          text: 'Type 2 diabetes, stable.',
          evidence: [{ seq: 2, start: 5, end: 20 }],
          support: 'supported',
        },
      ],
    },
  ],
};

const mention = (m: Partial<ProblemMention> & Pick<ProblemMention, 'text'>): ProblemMention => ({
  normalized: m.text,
  assertion: 'present',
  category: 'assessment',
  evidence: [],
  ...m,
});

describe.each(testDatabaseKinds())('suggestCodes (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await importTestSubset(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('suggests billable codes for present problems, expanding abbreviations, with the mention evidence', async () => {
    const codes = await suggestCodes(database.db, {
      segments,
      content,
      mentions: [
        mention({ text: 'HTN', evidence: [{ seq: 0, start: 42, end: 45 }] }),
        mention({ text: 'type 2 diabetes', category: 'hpi', evidence: [{ seq: 2, start: 5, end: 20 }] }),
      ],
    });
    const byCode = new Map(codes.map((c) => [c.code, c]));
    expect(byCode.get('I10')?.evidence).toEqual([{ seq: 0, start: 42, end: 45 }]);
    expect(byCode.get('E119')?.evidence).toEqual([{ seq: 2, start: 5, end: 20 }]);
    expect(byCode.get('E119')?.rationale).toMatch(/assessment/);
    expect(codes.every((c) => c.system === 'ICD-10-CM' && c.score > 0)).toBe(true);
    // The plain codes rank above the complication codes nobody mentioned.
    const e11 = codes.filter((c) => c.code.startsWith('E11'));
    expect(e11[0]?.code).toBe('E119');
  });

  it('ignores negated, family and hypothetical mentions', async () => {
    const codes = await suggestCodes(database.db, {
      segments,
      content: { ...content, sections: [] },
      mentions: [
        mention({ text: 'COPD', assertion: 'family', category: 'family' }),
        mention({ text: 'chest pain', assertion: 'negated', category: 'symptom' }),
        mention({ text: 'asthma', assertion: 'hypothetical', category: 'assessment' }),
      ],
    });
    expect(codes).toEqual([]);
  });

  it('prefers a specific code over "unspecified" when the mention supports it', async () => {
    const codes = await suggestCodes(database.db, {
      segments,
      content: { ...content, sections: [] },
      mentions: [mention({ text: 'chronic obstructive pulmonary disease with acute exacerbation' })],
    });
    expect(codes[0]?.code).toBe('J441');
    // A mention with no detail gets the unspecified code, not "Other chest pain".
    const vague = await suggestCodes(database.db, {
      segments,
      content: { ...content, sections: [] },
      mentions: [mention({ text: 'chest pain', category: 'symptom' })],
    });
    expect(vague[0]?.code).toBe('R079');
  });

  it('drops evidence that does not exist in the transcript', async () => {
    const codes = await suggestCodes(database.db, {
      segments,
      content,
      mentions: [
        mention({
          text: 'hypertension',
          evidence: [
            { seq: 99, start: 0, end: 3 },
            { seq: 0, start: 0, end: 500 },
          ],
        }),
      ],
    });
    expect(codes[0]?.code).toBe('I10');
    expect(codes[0]?.evidence).toEqual([]);
  });
});
