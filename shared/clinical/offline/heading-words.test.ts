import { describe, expect, it } from 'vitest';
import { tidyHeadingWords } from './heading-words.js';

describe('heading words without the talk around them', () => {
  it('drops a discourse word said in front of the problem', () => {
    expect(tidyHeadingWords('So atrial fibrillation')).toBe('Atrial fibrillation');
    expect(tidyHeadingWords('Like generalized anxiety disorder')).toBe('Generalized anxiety disorder');
  });

  it('drops a joining word or a question tail after it', () => {
    expect(tidyHeadingWords('Otitis media and')).toBe('Otitis media');
    expect(tidyHeadingWords('twisted my ankle on the stairs were you')).toBe(
      'twisted my ankle on the stairs',
    );
    expect(tidyHeadingWords('follow-up of her depression today')).toBe('follow-up of her depression');
  });

  it('drops a filler, a word said twice and a word cut off inside it', () => {
    expect(tidyHeadingWords('worsening worsening shortness of breath')).toBe('worsening shortness of breath');
    expect(tidyHeadingWords('swelling of the um right wrist')).toBe('swelling of the right wrist');
    expect(tidyHeadingWords('pain in the sh- shoulder')).toBe('pain in the shoulder');
    expect(tidyHeadingWords('right hip pain right hip pain')).toBe('right hip pain');
  });

  it('keeps a heading that is already written as a note writes it', () => {
    for (const heading of [
      'Heart failure with reduced ejection fraction',
      'Type 2 diabetes',
      'Left knee pain',
    ])
      expect(tidyHeadingWords(heading)).toBe(heading);
    // Number words said twice are part of a figure, not a stutter.
    expect(tidyHeadingWords('stage two two thousand')).toBe('stage two two thousand');
  });

  it('is empty when only talk was said', () => {
    expect(tidyHeadingWords('your')).toBe('');
  });
});
