import { describe, expect, it } from 'vitest';
import { builtinResources } from '../../shared/clinical/offline/resources.js';
import { stem } from './term-words.js';
import { textFeatures } from './text-features.js';

const segment = (text: string) => [{ seq: 3, startMs: 0, endMs: 0, speaker: 'clinician' as const, text }];

describe('textFeatures', () => {
  const { context } = builtinResources();

  it('stems words and adjacent word pairs, each with where it was first said', () => {
    const text = 'She was coughing blood for two weeks.';
    const features = textFeatures(segment(text), context);
    expect(features.has('w:blood')).toBe(true);
    expect(features.has('w:was')).toBe(false);
    const pair = features.get(`b:${stem('coughing')} blood`);
    expect(pair?.evidence.seq).toBe(3);
    expect(text.slice(pair?.evidence.start, pair?.evidence.end)).toBe('coughing blood');
  });

  it('leaves out denied and family findings', () => {
    const features = textFeatures(
      segment('He denies fever. His mother had diabetes. He has anemia.'),
      context,
    );
    expect(features.has('w:fever')).toBe(false);
    expect(features.has('w:diabet')).toBe(false);
    expect(features.has('w:anemia')).toBe(true);
  });
});
