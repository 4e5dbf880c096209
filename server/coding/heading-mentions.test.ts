import { describe, expect, it } from 'vitest';
import type { NoteContent } from '../../shared/clinical/note.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { headingMentions } from './heading-mentions.js';

const segment = (seq: number, text: string): TranscriptSegment => ({
  seq,
  startMs: seq * 1000,
  endMs: seq * 1000 + 900,
  speaker: 'unknown',
  text,
});

/** A drafted assessment whose headings each cite `words` in segment `seq`. */
function noteWith(
  segments: readonly TranscriptSegment[],
  headings: Array<[string, number, string]>,
): NoteContent {
  return {
    drafter: 'offline',
    warnings: [],
    sections: [
      {
        id: 'assessment',
        title: 'Assessment',
        sentences: headings.map(([text, seq, words], i) => {
          const start = segments.find((s) => s.seq === seq)?.text.indexOf(words) ?? 0;
          return {
            id: `h${i}`,
            text,
            heading: true,
            support: 'supported' as const,
            evidence: [{ seq, start, end: start + words.length }],
          };
        }),
      },
    ],
  };
}

const bySeq = (segments: readonly TranscriptSegment[]) => new Map(segments.map((s) => [s.seq, s]));

describe('problem headings as coding mentions', () => {
  it('states a problem the clinician named with no cue, as the heading names it', () => {
    // A telehealth follow-up: the problem is only named in passing, never announced.
    const segments = [
      segment(0, 'on the video today your heart failure with reduced ejection fraction looks stable'),
    ];
    const content = noteWith(segments, [
      ['Heart failure with reduced ejection fraction', 0, 'heart failure'],
    ]);
    const [m] = headingMentions(content, bySeq(segments), [], 'outpatient');
    expect(m).toMatchObject({
      phrase: 'heart failure with reduced ejection fraction',
      role: 'current',
      assessed: true,
      stated: true,
    });
  });

  it('takes the role its words had where they were said: hedged words give no current problem', () => {
    const segments = [segment(0, 'you may have pulled something, maybe a muscle strain in the calf')];
    const content = noteWith(segments, [['Muscle strain', 0, 'muscle strain']]);
    const start = segments[0]?.text.indexOf('muscle strain') ?? 0;
    const said = [
      {
        phrase: 'muscle strain',
        role: 'none' as const,
        assessed: true,
        sentence: segments[0]?.text ?? '',
        evidence: [{ seq: 0, start, end: start + 13 }],
      },
      // A bare "strain" said as present elsewhere does not outweigh the whole problem hedged.
      { phrase: 'strain', role: 'current' as const, assessed: false, sentence: 'a strain', evidence: [] },
    ];
    const [m] = headingMentions(content, bySeq(segments), said, 'outpatient');
    expect(m?.role).toBe('none');
    expect(m?.stated).toBe(false);
  });

  it('codes "History of …" headings as past, and leaves out headings that name no codable problem', () => {
    // A paediatric visit: past asthma, a bare "Sprain" with no site, and the drafter's visit-wide plan.
    const segments = [
      segment(0, 'he used to have asthma as a toddler and now has a sprain; other plans as discussed'),
    ];
    const content = noteWith(segments, [
      ['History of asthma', 0, 'asthma'],
      ['Sprain', 0, 'sprain'],
      ['Other plans', 0, 'other plans'],
    ]);
    const mentions = headingMentions(content, bySeq(segments), [], 'outpatient');
    expect(mentions.map((m) => [m.phrase, m.role])).toEqual([['asthma', 'history']]);
  });

  it('is assessed, not stated, where a clinician statement already names the problem there', () => {
    const text = 'for your first problem you have an acute lower back strain from the move';
    const segments = [segment(0, text)];
    const content = noteWith(segments, [['Back strain', 0, 'lower back strain']]);
    const start = text.indexOf('lower back strain');
    const said = [
      {
        phrase: 'acute lower back strain',
        role: 'current' as const,
        assessed: true,
        stated: true,
        sentence: text,
        evidence: [{ seq: 0, start: start - 6, end: start + 17 }],
      },
    ];
    const [m] = headingMentions(content, bySeq(segments), said, 'outpatient');
    expect(m).toMatchObject({ phrase: 'back strain', role: 'current', stated: false });
  });
});
