import { describe, expect, it } from 'vitest';
import { runOnSentences } from './run-on.js';
import { trailsMainClause } from './trailing-subordinate.js';

// Phrasings written for these tests (asthma, heart failure, sprain, mental health, paediatric).
describe('a subordinate clause that trails a main clause', () => {
  it('is closed by a new subject and verb fused on after it', () => {
    expect(
      runOnSentences('She uses the albuterol when she gets short of breath it is usually enough.'),
    ).toEqual(['She uses the albuterol when she gets short of breath.', 'It is usually enough.']);
    expect(
      runOnSentences('His ankles are swollen if he skips the furosemide he has gained 3 pounds this week.'),
    ).toEqual(['His ankles are swollen if he skips the furosemide.', 'He has gained 3 pounds this week.']);
  });

  it('still leads the clause after it where it opens the piece or follows a joining word', () => {
    expect(runOnSentences('When she walks on the ankle she has a sharp pain.')).toEqual([
      'When she walks on the ankle, she has a sharp pain.',
    ]);
    const joined = 'He has been sleeping better and when he wakes at night he uses the breathing exercise.';
    expect(runOnSentences(joined)).toEqual([joined]);
  });

  it('needs a main clause with a verb before the subordinator', () => {
    expect(trailsMainClause('the rash on her arms')).toBe(false);
    expect(trailsMainClause('the toddler has been pulling at his ear')).toBe(true);
    expect(trailsMainClause('he feels anxious and')).toBe(false);
    expect(trailsMainClause('if she misses a dose')).toBe(false);
  });
});
