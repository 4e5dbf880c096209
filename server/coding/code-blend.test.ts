import { describe, expect, it } from 'vitest';
import { BLEND_FEATURES, blendedConfidence, blendFeatures } from './code-blend.js';
import { rankingModel } from './code-ranker.js';

const inputs = {
  prior: 0.02,
  categorySimilarity: 0.1,
  categoryPrior: 0.05,
  neighbourVote: 0.05,
  neighbourCategoryVote: 0.1,
};

describe('code blend', () => {
  it('has one committed weight per feature', () => {
    const model = rankingModel();
    expect(model.blend.features).toEqual([...BLEND_FEATURES]);
    expect(model.blend.weights).toHaveLength(BLEND_FEATURES.length);
    expect(blendFeatures({ dictionary: undefined, similarity: undefined, ...inputs })).toHaveLength(
      BLEND_FEATURES.length,
    );
  });

  it('trusts a strong title match said in a typical context over a faint learned similarity', () => {
    const model = rankingModel();
    const matched = blendedConfidence(model, { dictionary: 0.9, similarity: 0.3, ...inputs });
    const faint = blendedConfidence(model, { dictionary: undefined, similarity: 0.05, ...inputs });
    const weakMatch = blendedConfidence(model, { dictionary: 0.1, similarity: undefined, ...inputs });
    expect(matched).toBeGreaterThan(0.5);
    expect(faint).toBeLessThan(0.2);
    expect(matched).toBeGreaterThan(weakMatch);
  });
});
