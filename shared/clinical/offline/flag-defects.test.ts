import { describe, expect, it } from 'vitest';
import { proseDefects } from '../quality/prose-defects.js';
import type { TranscriptSegment } from '../transcript.js';
import { withDefectsFlagged } from './flag-defects.js';
import { extractFacts } from './index.js';
import { loadOfflineResources } from './node-resources.js';

const resources = loadOfflineResources();

function turns(lines: Array<[TranscriptSegment['speaker'], string]>): TranscriptSegment[] {
  return lines.map(([speaker, text], seq) => ({
    seq,
    startMs: seq * 1000,
    endMs: seq * 1000 + 900,
    speaker,
    text,
  }));
}

describe('withDefectsFlagged', () => {
  it('flags a fact still worded as conversation and leaves clean or already flagged facts alone', () => {
    const flagged = withDefectsFlagged([
      { category: 'hpi', text: 'How would the patient describe the ankle pain.', evidence: [] },
      { category: 'hpi', text: 'Ankle pain for 3 days.', evidence: [] },
      { category: 'plan', text: 'I think so.', evidence: [], review: 'kept' },
    ]);
    expect(flagged[0]?.review).toMatch(/question/);
    expect(flagged[1]?.review).toBeUndefined();
    expect(flagged[2]?.review).toBe('kept');
  });

  it('ships no sentence the checker catches without the flag, whichever path drafted it', () => {
    const unflagged = (lines: Array<[TranscriptSegment['speaker'], string]>) =>
      extractFacts(turns(lines), resources).facts.filter(
        (f) =>
          f.review === undefined &&
          proseDefects(f.text, { heading: f.category === 'chief-complaint' }).length,
      );
    // The repaired clause of this question still asks; covered by the answer, it is dropped, else flagged.
    const asked: Array<[TranscriptSegment['speaker'], string]> = [
      ['clinician', 'knee okay so how would you describe the pain is it sharp or is does it come and go'],
      ['patient', "it's pretty sharp"],
    ];
    expect(unflagged(asked).map((f) => f.text)).toEqual([]);
    expect(
      unflagged([
        [
          'clinician',
          'okay so on the left knee so does that pain does it move anywhere or does it stay in one spot',
        ],
        ['patient', "yeah it's moved down a little bit into my shin"],
        ...asked,
      ]).map((f) => f.text),
    ).toEqual([]);
    const shipped = extractFacts(turns(asked), resources).facts;
    const flagged = shipped.filter((f) => /how would/i.test(f.text));
    for (const f of flagged) expect(f.review, f.text).toMatch(/question/);
  });
});
