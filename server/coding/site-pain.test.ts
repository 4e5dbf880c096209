import { describe, expect, it } from 'vitest';
import { sitePainTerms, withPainSite } from './site-pain.js';

describe('sitePainTerms', () => {
  it('reads a body part said to hurt as the pain of that part', () => {
    // A runner, a gardener and a teenager after a fall.
    expect(sitePainTerms('Since the half marathon my left knee really hurts going downstairs.')).toEqual([
      'knee pain',
    ]);
    expect(sitePainTerms('The outside of her right shoulder has been aching for weeks.')).toEqual([
      'shoulder pain',
    ]);
    expect(sitePainTerms('he fell off the skateboard and his wrist is sore')).toEqual(['wrist pain']);
    expect(sitePainTerms('My feet are killing me by the end of the shift.')).toEqual(['foot pain']);
  });

  it('gives nothing for a question, a denial or someone else', () => {
    expect(sitePainTerms('Does your knee hurt when you climb stairs?')).toEqual([]);
    expect(sitePainTerms("No, my hip doesn't hurt at all.")).toEqual([]);
    expect(sitePainTerms('My husband says his back hurts too.')).toEqual([]);
    expect(sitePainTerms('We will see you back in two weeks.')).toEqual([]);
  });
});

describe('withPainSite', () => {
  it('gives a bare pain the part said in its sentence or just before', () => {
    // An ankle twisted at netball, the pain spoken of one sentence later.
    expect(
      withPainSite('pain', 'Have you taken anything for the pain?', 'I rolled my right ankle on the court. '),
    ).toBe('ankle pain');
    expect(withPainSite('pain', 'There is some pain on palpation over the elbow.', '')).toBe('elbow pain');
  });

  it('leaves a sited pain, another condition or a pain with no part nearby alone', () => {
    expect(withPainSite('chest pain', 'The chest pain comes at rest.', 'My knee is fine. ')).toBe(
      'chest pain',
    );
    expect(withPainSite('heart failure', 'Your heart failure is stable.', 'My knee. ')).toBe('heart failure');
    expect(withPainSite('pain', 'The pain wakes her at night.', 'She feels low and tired. ')).toBe('pain');
  });
});
