import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { endsMidClause } from './segment-cutoff.js';

const draft = (said: Array<[TranscriptSegment['speaker'], string]>) =>
  draftOffline(
    said.map(
      ([speaker, text], i) =>
        ({ seq: i + 1, speaker, text, startMs: i * 1000, endMs: i * 1000 + 900 }) as TranscriptSegment,
    ),
    getBuiltinTemplate('soap'),
  ).content.sections.flatMap((s) => s.sentences.map((x) => ({ text: x.text, review: x.review })));

describe('a sentence cut off at a pause in the recording', () => {
  it('is flagged when the next segment carries it on', () => {
    const written = draft([
      ['clinician', 'I reviewed the x-ray of her left ankle and it does show.'],
      ['clinician', 'a small avulsion fracture off the tip of the fibula.'],
    ]);
    const cut = written.find((s) => /does show\.$/.test(s.text));
    expect(cut?.review).toMatch(/goes on in the next segment/);
  });

  it('is flagged as cut off when nothing carries it on', () => {
    const written = draft([
      ['clinician', 'The echocardiogram from last week showed.'],
      ['clinician', 'Okay, any chest pain since then?'],
    ]);
    expect(written.find((s) => /showed\.$/.test(s.text))?.review).toMatch(/^Cut off mid-sentence/);
  });

  it('leaves whole sentences that end a segment alone', () => {
    const written = draft([
      ['clinician', 'Her mood has been steadier since the sertraline was increased to 100 mg.'],
      ['clinician', 'and she is sleeping through the night.'],
    ]);
    expect(written.filter((s) => s.review)).toEqual([]);
    expect(endsMidClause('The child was started on amoxicillin.')).toBe(false);
    expect(endsMidClause('The child was started on.')).toBe(true);
  });
});
