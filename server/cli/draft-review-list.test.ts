import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../../shared/clinical/note.js';
import { reviewListMarkdown } from './draft-review-list.js';

const content = (sentences: NoteContent['sections'][number]['sentences']): NoteContent => ({
  sections: [{ id: 'plan', title: 'Plan', sentences }],
  drafter: 'offline',
  warnings: [],
});

describe('reviewListMarkdown (flags a markdown reader would otherwise not see)', () => {
  it('lists flagged and unsupported sentences under their section', () => {
    const list = reviewListMarkdown(
      content([
        { id: 'p1', text: 'Will start amoxicillin 500 mg twice a day.', evidence: [], support: 'supported' },
        {
          id: 'p2',
          text: 'I can refer the patient to a dietitian if the patient wants.',
          evidence: [],
          support: 'supported',
          review: 'Still worded as conversation (first-person): reword before signing.',
        },
        { id: 'p3', text: 'Return in 2 weeks.', evidence: [], support: 'unsupported' },
      ]),
    );
    expect(list).toBe(
      '\n## Review before signing\n\n' +
        '- Plan: "I can refer the patient to a dietitian if the patient wants." (Still worded as conversation (first-person): reword before signing.)\n' +
        '- Plan: "Return in 2 weeks." (No supporting words in the transcript.)\n',
    );
  });

  it('adds nothing when every sentence is supported and clean', () => {
    expect(
      reviewListMarkdown(
        content([{ id: 'p1', text: 'Continue lisinopril.', evidence: [], support: 'supported' }]),
      ),
    ).toBe('');
  });
});
