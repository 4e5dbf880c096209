import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ScribeApi } from '../../lib/api/scribe-api.js';
import type { LocalSegment } from '../../lib/db/scribe-db.js';
import { LiveSpeakerNotice } from './LiveSpeakerNotice.js';
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

describe('LiveTranscript speaker corrections', () => {
  const correct = async () => true;
  const render = (
    segments: LocalSegment[],
    corrections = new Map<number, 'clinician' | 'patient' | 'other'>(),
  ) =>
    renderToStaticMarkup(createElement(LiveTranscript, { segments, corrections, onCorrectSpeaker: correct }));

  it('offers a correction on microphone-only lines saved on the server, not on waiting or labelled ones', () => {
    const html = render([
      seg(0, 'What brings you in this morning?'),
      { ...seg(1, 'My left knee has been swollen since Sunday.'), sync: 'pending' },
      seg(2, 'Thank you, doctor.', 'patient'),
    ]);
    const chips = html.match(/<button[^>]*data-testid="speaker-chip"[^>]*>/g) ?? [];
    expect(chips).toHaveLength(1);
    expect(chips[0]).toContain('Change who said this line');
    // One tab stop for all chips, as in the review.
    expect(chips[0]).toContain('tabindex="0"');
    expect(html).toContain('Said by the patient (labelled by the recording)');
  });

  it('shows a stored correction as the clinician’s and still guesses the other lines', () => {
    const segments = [seg(0, 'Okay.'), seg(1, 'My left knee has been swollen since I twisted it on Sunday.')];
    const html = render(segments, new Map([[0, 'patient' as const]]));
    expect(html).toContain('Said by the patient (you corrected this line)');
    expect(html.match(/class="speaker corrected/g)).toHaveLength(1);
    expect(html).toMatch(/data-seq="1"[\s\S]*class="speaker likely patient"/);
  });
});

describe('LiveSpeakerNotice', () => {
  const api = {} as ScribeApi;
  const notice = (corrected: number, error: string | null = null) =>
    renderToStaticMarkup(
      createElement(LiveSpeakerNotice, { api, corrected, noteId: null, error, onOpenNote: () => {} }),
    );

  it('says a correction made before the note exists is used when it is drafted', () => {
    expect(notice(0)).toBe('');
    expect(notice(2)).toContain('The note will be drafted with the speakers you corrected.');
    expect(notice(0, 'The server cannot be reached.')).toContain('role="alert"');
  });
});
