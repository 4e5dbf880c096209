import { describe, expect, it } from 'vitest';
import type { Note } from '../../../shared/api/notes.responses.js';
import { emptyChecklistState, openChecklistItems } from './sign-checklist.js';

const note: Pick<Note, 'content' | 'codes'> = {
  content: {
    drafter: 'offline',
    warnings: [],
    sections: [
      {
        id: 'subjective',
        title: 'Subjective',
        sentences: [
          { id: 's1', text: 'Cough for three days.', evidence: [], support: 'supported' },
          { id: 's2', text: 'Started amoxicillin.', evidence: [], support: 'unsupported' },
          {
            id: 's3',
            text: 'Do you smoke no.',
            evidence: [],
            support: 'supported',
            review: 'still worded as conversation',
          },
        ],
      },
      { id: 'objective', title: 'Objective', sentences: [] },
      { id: 'assessment', title: 'Assessment', sentences: [] },
      { id: 'p', title: 'Plan', sentences: [{ id: 'p1', text: ' ', evidence: [], support: 'edited' }] },
    ],
  },
  codes: [
    {
      id: 'c1',
      system: 'ICD-10-CM',
      code: 'R05',
      display: 'Cough',
      rationale: '',
      score: 1,
      status: 'suggested',
      evidence: [],
    },
    {
      id: 'c2',
      system: 'ICD-10-CM',
      code: 'J069',
      display: 'URI',
      rationale: '',
      score: 1,
      status: 'accepted',
      evidence: [],
    },
  ],
};

describe('openChecklistItems', () => {
  it('lists unsaved edits, unsupported sentences, empty Assessment/Plan and undecided codes, in note order', () => {
    const items = openChecklistItems(note, { ...emptyChecklistState(), unsavedSectionIds: ['objective'] });
    expect(items).toEqual([
      {
        kind: 'unsupported',
        sectionId: 'subjective',
        sentenceId: 's2',
        text: 'Started amoxicillin.',
        reason: 'Not in the transcript',
      },
      {
        kind: 'unsupported',
        sectionId: 'subjective',
        sentenceId: 's3',
        text: 'Do you smoke no.',
        reason: 'still worded as conversation',
      },
      { kind: 'unsaved', sectionId: 'objective', title: 'Objective' },
      { kind: 'empty', sectionId: 'assessment', title: 'Assessment' },
      { kind: 'empty', sectionId: 'p', title: 'Plan' },
      { kind: 'codes', count: 1 },
    ]);
  });

  it('is empty once each item is acknowledged, confirmed or left for coding', () => {
    expect(
      openChecklistItems(note, {
        unsavedSectionIds: [],
        acknowledgedSentenceIds: new Set(['s2', 's3']),
        confirmedEmptySectionIds: new Set(['assessment', 'p']),
        codesLeftForCoding: true,
      }),
    ).toEqual([]);
  });
});
