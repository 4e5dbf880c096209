import { describe, expect, it } from 'vitest';
import { followSeeReference, parseSeeReferences } from './see-references.js';

const INDEX = [
  'term_path\tcode\tmanifestation_code\tsee\tsee_also\tcode_status_in_fy2026',
  'Disease, diseased - joint - degenerative\t\t\tOsteoarthritis\t\t',
  'Disease, diseased - joint - degenerative - spine\t\t\tSpondylosis\t\t',
  'Abdominalgia\t\t\tPain, abdominal\t\t',
  'Zymotic\t\t\tcondition\t\t',
  'Osteoarthritis\tM19.90\t\t\t\tbillable',
].join('\n');

describe('index see references', () => {
  const references = parseSeeReferences(INDEX);

  it('follows the most specific reference the words contain, keeping the other words', () => {
    expect(followSeeReference('right hip degenerative joint disease', references)).toBe(
      'right hip osteoarthritis',
    );
    expect(followSeeReference('degenerative joint disease of the spine', references)).toBe('spondylosis');
    expect(followSeeReference('abdominalgia', references)).toBe('abdominal pain');
  });

  it('leaves words alone that no reference names, and reads no "see condition"', () => {
    expect(followSeeReference('right knee pain', references)).toBeUndefined();
    expect(followSeeReference('zymotic', references)).toBeUndefined();
    expect(references).toHaveLength(3);
  });
});
