import { describe, expect, it } from 'vitest';
import type { CodeSuggestion } from '../../shared/clinical/codes.js';
import { unchangedSuggestions } from './notes.service.js';

type Row = Parameters<typeof unchangedSuggestions>[0][number];

const at = new Date('2026-03-02T10:00:00Z');
const row = (code: string, status: Row['status'], score: number, over: Partial<Row> = {}): Row => ({
  id: `id-${code}`,
  noteId: 'note-1',
  system: 'ICD-10-CM',
  code,
  display: `title of ${code}`,
  rationale: 'said in the visit',
  score,
  status,
  evidence: [{ seq: 2, start: 4, end: 19 }],
  decidedBy: status === 'suggested' ? null : 'user-1',
  decidedAt: status === 'suggested' ? null : at,
  createdAt: at,
  ...over,
});
const suggestion = (code: string, score: number, over: Partial<CodeSuggestion> = {}): CodeSuggestion => ({
  system: 'ICD-10-CM',
  code,
  display: `title of ${code}`,
  rationale: 'said in the visit',
  score,
  evidence: [{ seq: 2, start: 4, end: 19 }],
  ...over,
});

describe('unchangedSuggestions (a draft again of an unchanged visit keeps its code rows)', () => {
  // A telehealth follow-up for depression and insomnia: the accepted code is not suggested again.
  const current = [
    row('F329', 'accepted', 0.8),
    row('G4700', 'suggested', 0.413),
    row('Z7189', 'suggested', 0.2),
  ];

  it('keeps the rows when the same codes come with the same words, score and evidence', () => {
    const again = [suggestion('G4700', 0.413), suggestion('F329', 0.8), suggestion('Z7189', 0.2)];
    expect(unchangedSuggestions(current, again)).toEqual(current);
    // The score as the real column keeps it: 0.413 read back is the same float4.
    const stored = [row('G4700', 'suggested', Math.fround(0.413))];
    expect(unchangedSuggestions(stored, [suggestion('G4700', 0.413)])).toEqual(stored);
    expect(unchangedSuggestions([], [])).toEqual([]);
  });

  it('replaces them when anything a row stores changed, a code came or went', () => {
    const changes: CodeSuggestion[][] = [
      [suggestion('G4700', 0.42), suggestion('Z7189', 0.2)],
      [suggestion('G4700', 0.413, { rationale: 'named in the assessment' }), suggestion('Z7189', 0.2)],
      [suggestion('G4700', 0.413, { display: 'Insomnia' }), suggestion('Z7189', 0.2)],
      [suggestion('G4700', 0.413, { evidence: [{ seq: 2, start: 4, end: 20 }] }), suggestion('Z7189', 0.2)],
      [suggestion('G4700', 0.413, { evidence: [] }), suggestion('Z7189', 0.2)],
      [suggestion('G4700', 0.413)],
      [suggestion('G4700', 0.413), suggestion('Z7189', 0.2), suggestion('R51', 0.1)],
      [suggestion('G4700', 0.413), suggestion('R51', 0.2)],
    ];
    for (const next of changes) expect(unchangedSuggestions(current, next)).toBeUndefined();
  });

  it('replaces them when a decided code sorts after a pending one (fresh rows would come after it)', () => {
    // A sprain visit: both codes were suggested together and the second one was then accepted.
    const decidedLater = [row('S93401A', 'suggested', 0.9), row('W010XXA', 'rejected', 0.3)];
    expect(unchangedSuggestions(decidedLater, [suggestion('S93401A', 0.9)])).toBeUndefined();
  });
});
