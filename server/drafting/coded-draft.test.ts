import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftOffline } from '../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../shared/clinical/templates/index.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { candidateIndexFor } from '../coding/candidate-index.js';
import { suggestCodes } from '../coding/codes.suggest.js';
import { importTestSubset } from '../coding/test-support/icd10-subset.js';
import type { Database } from '../db/client.js';
import { createTestDatabase } from '../test-support/test-db.js';
import { draftWithCodes } from './coded-draft.js';

const visit = (lines: Array<[TranscriptSegment['speaker'], string]>): TranscriptSegment[] =>
  lines.map(([speaker, text], seq) => ({
    seq,
    startMs: seq * 5000,
    endMs: seq * 5000 + 4000,
    speaker,
    text,
  }));

// A telehealth heart failure follow-up and an anxious teenager's visit, in our own words.
const visits = [
  visit([
    [
      'clinician',
      'Thanks for joining the video call. How has your breathing been since we raised the diuretic?',
    ],
    ['patient', 'Better. I can sleep on two pillows now, but my ankles still swell by evening.'],
    ['clinician', 'Any chest pain? Are you weighing yourself every morning?'],
    ['patient', "No chest pain. My weight is down three pounds. I'm allergic to sulfa drugs."],
    [
      'clinician',
      'For your chronic systolic heart failure, we will keep the furosemide at forty milligrams and I want labs next week. Your blood pressure is also controlled on lisinopril.',
    ],
  ]),
  visit([
    ['clinician', 'What brings you in today with your mom?'],
    ['patient', "I get really nervous before school and my stomach hurts most mornings. I can't sleep."],
    ['clinician', 'Any thoughts of hurting yourself? Has anyone in the family had depression?'],
    ['patient', 'No. My dad has anxiety too. I do not smoke or vape.'],
    [
      'clinician',
      'My impression is generalized anxiety disorder. We will start counseling and check in next month.',
    ],
  ]),
];

describe('draftWithCodes', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importTestSubset(database.db);
  });
  afterAll(() => database?.close());

  it('drafts and codes as drafting, then suggesting, separately do', async () => {
    const resources = loadOfflineResources();
    const template = getBuiltinTemplate('soap');
    const index = await candidateIndexFor(database.db);
    const codes = [];
    for (const segments of visits) {
      const together = draftWithCodes(
        segments,
        template,
        resources,
        { sex: 'female' },
        {
          index,
          setting: 'outpatient',
          suggestOptions: { limit: 20, minConfidence: 0 },
        },
      );
      const draft = draftOffline(segments, template, resources, { sex: 'female' });
      expect(together.draft).toEqual(draft);
      const separately = await suggestCodes(
        database.db,
        { mentions: draft.mentions, segments, content: draft.content, setting: 'outpatient' },
        { limit: 20, minConfidence: 0 },
      );
      expect(together.codes).toEqual(separately);
      codes.push(together.codes.map((c) => c.code));
    }
    // Both visits were coded (the comparison is not between two empty lists).
    expect(codes[0]?.some((c) => c.startsWith('I50'))).toBe(true);
    expect(codes[1]?.some((c) => c.startsWith('F41'))).toBe(true);
  });
});
