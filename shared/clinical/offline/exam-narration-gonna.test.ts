import { describe, expect, it } from 'vitest';
import type { TranscriptSegment } from '../transcript.js';
import { examFinding } from './exam-narration.js';
import { toSentenceUnits } from './units.js';
import { unpunctuatedSegments, unpunctuatedSentences } from './unpunctuated.js';

// Written for these tests: exam acts as a recogniser writes "going to" ("gon na", "gonna"), with the
// subject sometimes lost where two turns ran together.
describe('exam narration with "gonna" as speech recognition writes it', () => {
  it('documents the finding, not the act', () => {
    expect(examFinding("i'm gon na press on your belly it's soft")?.text).toBe('Belly soft.');
    expect(examFinding('okay gonna listen to your heart it sounds regular')?.text).toBe('Heart regular.');
    expect(examFinding("i'm just gon na look at your throat it's a little red")?.text).toMatch(
      /^Throat .*red\.$/,
    );
  });

  it("keeps the finding's words as its evidence", () => {
    const said = "gon na press on your shin it's tender";
    const found = examFinding(said);
    expect(found).toBeDefined();
    const quoted = (found?.ranges ?? []).map(([a, b]) => said.slice(a, b)).join(' ');
    expect(quoted).toMatch(/shin/);
    expect(quoted).toMatch(/tender/);
  });
});

describe('cutting unpunctuated exam speech with "gon na"', () => {
  it('never cuts the act on something named from what was found of it', () => {
    const text =
      "all right i'm gon na check the swelling in your left ankle again it is still puffy and warm compared to the right side";
    const said = { seq: 1, speaker: 'unknown', text, startMs: 0, endMs: 9000 } as TranscriptSegment;
    const pieces = toSentenceUnits([said]).flatMap((u) =>
      unpunctuatedSentences(u, unpunctuatedSegments([said])),
    );
    for (const piece of pieces) expect(piece.text).not.toMatch(/^it is still puffy/);
  });
});
