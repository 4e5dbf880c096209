import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import type { TranscriptSegment } from '../transcript.js';
import { draftOffline } from './index.js';
import { toSentenceUnits } from './units.js';
import { unpunctuatedSegments, unpunctuatedSentences } from './unpunctuated.js';

const segment = (seq: number, text: string, speaker: TranscriptSegment['speaker'] = 'unknown') =>
  ({ seq, speaker, text, startMs: seq * 1000, endMs: seq * 1000 + 900 }) as TranscriptSegment;

describe('sentences of unpunctuated speech recognition', () => {
  it('cuts a long unpunctuated unit into sentences with exact offsets into its segment', () => {
    const said = segment(
      3,
      'um so my son has had a fever since tuesday he is not eating much he did vomit twice last night',
    );
    const units = toSentenceUnits([said]).flatMap((u) =>
      unpunctuatedSentences(u, unpunctuatedSegments([said])),
    );
    expect(units.map((u) => u.text)).toEqual([
      'um so my son has had a fever since tuesday',
      'he is not eating much',
      'he did vomit twice last night',
    ]);
    for (const u of units) expect(said.text.slice(u.start, u.end)).toBe(u.text);
  });

  it('keeps a fronted phrase or condition with the clause it opens', () => {
    for (const text of [
      'for the high blood pressure we will keep the lisinopril at 20 mg and recheck in a month',
      'and if the strep test is positive we will start amoxicillin for ten days',
      'because of the anxiety she has trouble falling asleep most nights of the week',
    ]) {
      const said = segment(2, text);
      const units = toSentenceUnits([said]).flatMap((u) =>
        unpunctuatedSentences(u, unpunctuatedSegments([said])),
      );
      expect(units.map((u) => u.text)).toEqual([text]);
    }
  });

  it('asks a question when a piece is worded as one', () => {
    const said = segment(1, 'the cough started about a week ago do you have any fever or chills');
    const units = toSentenceUnits([said]).flatMap((u) =>
      unpunctuatedSentences(u, unpunctuatedSegments([said])),
    );
    expect(units.map((u) => [u.text, u.isQuestion])).toEqual([
      ['the cough started about a week ago', false],
      ['do you have any fever or chills', true],
    ]);
  });

  it('leaves a punctuated segment to its own punctuation', () => {
    const said = segment(
      1,
      'My son has had a fever since Tuesday and he is not eating much, he did vomit twice.',
    );
    expect(unpunctuatedSegments([said]).has(1)).toBe(false);
    const point = segment(2, 'her tsh was normal at 2.68 and her a1c came back at 6.1 last week');
    expect(unpunctuatedSegments([point]).has(2)).toBe(true);
  });

  it('drafts a sprain history said without punctuation as separate sentences', () => {
    const draft = draftOffline(
      [
        segment(1, 'what happened to your ankle', 'clinician'),
        segment(
          2,
          'i twisted my ankle playing soccer on saturday it swelled up right away the pain is worse when i walk on it',
        ),
      ],
      getBuiltinTemplate('soap'),
    );
    const sentences = draft.content.sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(sentences.some((t) => /swelled up right away/.test(t))).toBe(true);
    // The injury and the swelling after it are no longer one run-on sentence.
    expect(sentences.filter((t) => /saturday/i.test(t) && /swelled/.test(t))).toEqual([]);
  });
});
