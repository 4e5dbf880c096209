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

  it('flags a question whose repaired clause still asks, so no defective sentence ships unflagged', () => {
    const segments = turns([
      [
        'clinician',
        'okay so on the left knee so does that pain does it move anywhere or does it stay in one spot',
      ],
      ['patient', "yeah it's moved down a little bit into my shin"],
      ['clinician', 'knee okay so how would you describe the pain is it sharp or is does it come and go'],
      ['patient', "it's pretty sharp"],
    ]);
    const { facts } = extractFacts(segments, resources);
    const defective = facts.filter(
      (f) => proseDefects(f.text, { heading: f.category === 'chief-complaint' }).length,
    );
    expect(defective.length).toBeGreaterThan(0);
    for (const f of defective) expect(f.review, f.text).toBeDefined();
  });
});
