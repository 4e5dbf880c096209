import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../shared/api/encounters.responses.js';
import { TranscriptPane } from './TranscriptPane.js';

const line = (seq: number, over: Partial<TranscriptLine>): TranscriptLine => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text: `line ${seq}`,
  inferredRole: null,
  roleConfidence: null,
  roleVersion: 0,
  roleCorrectedAt: null,
  ...over,
});

const lines = [
  line(0, { inferredRole: 'clinician', roleConfidence: 0.95 }),
  line(1, { inferredRole: 'patient', roleConfidence: 0.55 }),
  line(2, { correctedRole: 'other', roleVersion: 1 }),
  line(3, { speaker: 'patient' }),
];
const render = (onCorrectSpeaker?: () => Promise<boolean>) =>
  renderToStaticMarkup(
    createElement(TranscriptPane, {
      segments: lines,
      evidence: [],
      ...(onCorrectSpeaker ? { onCorrectSpeaker } : {}),
    }),
  );

describe('TranscriptPane speakers', () => {
  it('shows likely, unsure and corrected speakers of unlabelled lines as buttons to correct them', () => {
    const html = render(async () => true);
    expect(html).toContain('likely clinician');
    expect(html).toContain('patient?');
    expect(html).toContain('other ✓');
    expect(html.match(/data-testid="speaker-chip"/g)).toHaveLength(3);
    expect(html).toContain(
      'aria-label="Likely said by the clinician (a guess from the wording, 95% sure). Change who said this line"',
    );
    // The telehealth label is shown as recorded, with no control and no "likely".
    expect(html).toContain('Said by the patient (labelled by the recording)');
    expect(html).not.toMatch(/likely patient/);
  });

  it('offers no correction when the note is signed (no handler)', () => {
    const html = render();
    expect(html).not.toContain('data-testid="speaker-chip"');
    expect(html).toContain('likely clinician');
  });
});
