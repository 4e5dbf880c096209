import { describe, expect, it } from 'vitest';
import type { NoteSection } from '../../../shared/clinical/note.js';
import { applySectionEdit, sectionText, splitEditedText } from './edit-section.js';
import { highlightParts } from './highlight.js';

const section: NoteSection = {
  id: 'hpi',
  title: 'History',
  sentences: [
    {
      id: 's1',
      text: 'Cough for three days.',
      evidence: [{ seq: 0, start: 0, end: 20 }],
      support: 'supported',
    },
    { id: 's2', text: 'No fever.', evidence: [{ seq: 1, start: 4, end: 12 }], support: 'supported' },
  ],
};

describe('applySectionEdit', () => {
  it('keeps evidence of untouched sentences and marks changed or new ones as edited', () => {
    const edited = applySectionEdit(
      section,
      'Cough for three days. Low-grade fever at night.\nTaking ibuprofen.',
      (i) => `n${i}`,
    );
    expect(edited.sentences).toEqual([
      section.sentences[0],
      { id: 'n1', text: 'Low-grade fever at night.', evidence: [], support: 'edited' },
      { id: 'n2', text: 'Taking ibuprofen.', evidence: [], support: 'edited' },
    ]);
  });

  it('removes deleted sentences and splits on line breaks and sentence ends', () => {
    expect(applySectionEdit(section, 'No fever.').sentences).toEqual([section.sentences[1]]);
    expect(splitEditedText(' A. B?  C!\n\nD ')).toEqual(['A.', 'B?', 'C!', 'D']);
  });

  it('keeps a problem heading apart from its sentences, so an edit below it keeps its evidence', () => {
    const plan: NoteSection = {
      id: 'plan',
      title: 'Plan',
      sentences: [
        {
          id: 'h',
          text: 'Ankle sprain',
          evidence: [{ seq: 3, start: 9, end: 21 }],
          support: 'supported',
          heading: true,
        },
        { id: 'p', text: 'Wear the brace.', evidence: [{ seq: 4, start: 0, end: 15 }], support: 'supported' },
      ],
    };
    const text = sectionText(plan);
    expect(text).toBe('Ankle sprain\nWear the brace.');
    const edited = applySectionEdit(plan, `${text} Ice it twice a day.`, (i) => `n${i}`);
    expect(edited.sentences.slice(0, 2)).toEqual(plan.sentences);
    expect(edited.sentences[2]).toMatchObject({ text: 'Ice it twice a day.', support: 'edited' });
    expect(sectionText(section)).toBe('Cough for three days. No fever.');
  });
});

describe('highlightParts', () => {
  it('marks only the evidence ranges of the given segment, clamped to its text', () => {
    const parts = highlightParts('I have had a cough', 3, [
      { seq: 3, start: 13, end: 99 },
      { seq: 3, start: 2, end: 6 },
      { seq: 4, start: 0, end: 5 },
    ]);
    expect(parts).toEqual([
      { text: 'I ', highlighted: false },
      { text: 'have', highlighted: true },
      { text: ' had a ', highlighted: false },
      { text: 'cough', highlighted: true },
    ]);
    expect(highlightParts('abc', 0, [])).toEqual([{ text: 'abc', highlighted: false }]);
  });
});
