import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { NoteSection } from '../../../shared/clinical/note.js';
import { NoteSectionView } from './NoteSectionView.js';

const section: NoteSection = {
  id: 'plan',
  title: 'Plan',
  sentences: [
    {
      id: 'a',
      text: 'Ibuprofen 400 mg as needed.',
      evidence: [{ seq: 1, start: 0, end: 5 }],
      support: 'supported',
    },
    {
      id: 'b',
      text: 'You should rest it for a week.',
      evidence: [{ seq: 2, start: 0, end: 5 }],
      support: 'supported',
      review: 'Still worded as conversation (second person): reword before signing.',
    },
    { id: 'c', text: 'MRI of the knee ordered.', evidence: [], support: 'unsupported' },
  ],
};
const noop = () => {};
const html = renderToStaticMarkup(
  createElement(NoteSectionView, {
    section,
    locked: false,
    editText: undefined,
    saving: false,
    selected: null,
    tabStopId: 'a',
    segments: [],
    acknowledged: new Set<string>(),
    onSelect: noop,
    onKeyNav: noop,
    onEditStart: noop,
    onEditChange: noop,
    onEditCancel: noop,
    onSave: noop,
    onAcknowledge: noop,
  }),
);

describe('NoteSectionView review markers', () => {
  it('marks each sentence to check in the note body with "check" and the reason in words', () => {
    const markers = [...html.matchAll(/<span class="check-flag"[^>]*>(.*?)<\/span><\/button>/g)].map((m) =>
      m[1]?.replace(/<[^>]+>/g, ''),
    );
    expect(markers).toEqual([
      '⚠ check worded as conversation (second person)',
      '⚠ check not in the transcript',
    ]);
    expect(html).toContain('flagged: Still worded as conversation (second person): reword before signing.');
    expect(html).toContain('2 to check');
  });
});
