import { describe, expect, it } from 'vitest';
import { runOnSentences } from './run-on.js';

describe('a thought given up for the next one in a run-on', () => {
  it('leaves out the abandoned clause and keeps the one said instead', () => {
    expect(runOnSentences('Her mood is she has been crying most days for 2 weeks.')).toEqual([
      'She has been crying most days for 2 weeks.',
    ]);
    expect(runOnSentences('His breathing is he is using the inhaler 4 times a day.')).toEqual([
      'He is using the inhaler 4 times a day.',
    ]);
  });

  it('keeps a clause that says a figure, and sentences that run on whole', () => {
    expect(runOnSentences('The swelling is 2 cm she has no fever.').join(' ')).toContain('2 cm');
    expect(runOnSentences('The ankle is swollen she does not put weight on it.')).toEqual([
      'The ankle is swollen.',
      'She does not put weight on it.',
    ]);
  });
});
