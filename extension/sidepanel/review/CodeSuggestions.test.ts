import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Note, NoteCode } from '../../../shared/api/notes.responses.js';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import { byConfidence, CodeSuggestions, firstShown } from './CodeSuggestions.js';

const code = (c: string, score: number, status: NoteCode['status'] = 'suggested'): NoteCode => ({
  id: `id-${c}`,
  system: 'ICD-10-CM',
  code: c,
  display: `Title of ${c}`,
  rationale: `"words" support ${c}`,
  score,
  status,
  evidence: [],
});

const render = (codes: NoteCode[]) =>
  renderToStaticMarkup(
    createElement(CodeSuggestions, {
      api: {} as ScribeApi,
      note: { id: 'n', status: 'draft', codes } as unknown as Note,
      onChange: () => {},
      onShowEvidence: () => {},
    }),
  );

describe('CodeSuggestions', () => {
  it('orders by confidence and shows the confident ones first, the rest behind "Show more"', () => {
    const sorted = byConfidence([code('R05', 0.2), code('J189', 0.9), code('Z880', 0.8), code('I10', 0.9)]);
    expect(sorted.map((c) => c.code)).toEqual(['I10', 'J189', 'Z880', 'R05']);
    expect(firstShown(sorted).map((c) => c.code)).toEqual(['I10', 'J189', 'Z880']);
    // Nothing confident: the best one is still shown.
    expect(firstShown(byConfidence([code('R05', 0.2), code('R509', 0.3)])).map((c) => c.code)).toEqual([
      'R509',
    ]);
    const html = render([code('J189', 0.9), code('R05', 0.2)]);
    expect(html).toContain('90% confidence');
    expect(html).toContain('Show more (1)');
    expect(html).toContain('Accept all shown (1)');
    expect(html).not.toContain('Title of R05');
  });

  it('keeps Accept before Reject, both present, after a decision', () => {
    for (const status of ['suggested', 'accepted', 'rejected'] as const) {
      const html = render([code('J189', 0.9, status)]);
      const accept = html.indexOf('aria-label="Accept J189"');
      const reject = html.indexOf('aria-label="Reject J189"');
      expect(accept).toBeGreaterThan(-1);
      expect(reject).toBeGreaterThan(accept);
    }
  });
});
