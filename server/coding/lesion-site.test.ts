import { describe, expect, it } from 'vitest';
import { withLesionSiteBefore } from './lesion-site.js';

describe('withLesionSiteBefore', () => {
  it('gives a bare skin cancer the site said before it, in its sentence or the one before', () => {
    // A dermatology referral: the biopsy site named, the result in the next sentence.
    expect(
      withLesionSiteBefore(
        'melanoma',
        'The spot they shaved was on her left upper arm. The report came back as ',
      ),
    ).toBe('left arm melanoma');
    // A pathology line that names the site first.
    expect(withLesionSiteBefore('malignant melanoma', 'Shave biopsy of the mid back, ')).toBe(
      'back melanoma',
    );
    // The trunk's codes name no side.
    expect(withLesionSiteBefore('melanoma', 'A dark mole on his left upper back, the biopsy showed ')).toBe(
      'back melanoma',
    );
    expect(
      withLesionSiteBefore('basal cell carcinoma', 'The pearly bump on his nose turned out to be a '),
    ).toBe('nose basal cell carcinoma');
  });

  it('does not read "came back" as a site, and leaves other phrases alone', () => {
    expect(withLesionSiteBefore('melanoma', 'Her biopsy came back and it showed ')).toBe('melanoma');
    expect(withLesionSiteBefore('psoriasis', 'The plaques on her elbow are ')).toBe('psoriasis');
    expect(withLesionSiteBefore('melanoma of the scalp', 'On the back, ')).toBe('melanoma of the scalp');
  });
});
