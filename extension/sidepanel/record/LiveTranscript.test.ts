import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LocalSegment } from '../../lib/db/scribe-db.js';
import { LiveTranscript } from './LiveTranscript.js';

const seg = (seq: number, text: string, speaker: LocalSegment['speaker'] = 'unknown'): LocalSegment => ({
  encounterId: 'e',
  seq,
  startMs: seq * 3000,
  endMs: seq * 3000 + 2500,
  speaker,
  text,
  confidence: null,
  tokens: [],
  sync: 'synced',
  attempts: 0,
  nextAttemptAt: 0,
});

describe('LiveTranscript speakers', () => {
  it('shows the likely speaker of microphone-only lines, and telehealth labels as recorded', () => {
    const html = renderToStaticMarkup(
      createElement(LiveTranscript, {
        segments: [
          seg(0, 'What brings you in this morning?'),
          seg(1, 'My left knee has been swollen since I twisted it on Sunday.'),
          seg(2, 'Thank you, doctor.', 'patient'),
        ],
      }),
    );
    expect(html).toContain('likely clinician');
    expect(html).toContain('likely patient');
    expect(html).toContain('Said by the patient (labelled by the recording)');
    // A chip, not a control: corrections are made when the note is reviewed.
    expect(html).not.toContain('<button');
  });
});
