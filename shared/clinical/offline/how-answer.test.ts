import { describe, expect, it } from 'vitest';
import { withoutHowAnswer } from './how-answer.js';

describe('the how-are-you answer before the history', () => {
  it('is left out', () => {
    expect(withoutHowAnswer('not great, my ankles are swollen again')).toBe('my ankles are swollen again');
    expect(withoutHowAnswer('Pretty rough. I have not slept for days')).toBe('I have not slept for days');
    expect(withoutHowAnswer('not great my ankles are swollen again')).toBe('my ankles are swollen again');
  });

  it('stays when it is all that was said or says how a problem went', () => {
    expect(withoutHowAnswer('not great')).toBe('not great');
    expect(withoutHowAnswer('worse, the cough keeps me up')).toBe('worse, the cough keeps me up');
    expect(withoutHowAnswer('not too bad today')).toBe('not too bad today');
  });
});
