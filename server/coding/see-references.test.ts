import { describe, expect, it } from 'vitest';
import { exactSeeReference, followSeeReference, parseSeeReferences } from './see-references.js';

const INDEX = [
  'term_path\tcode\tmanifestation_code\tsee\tsee_also\tcode_status_in_fy2026',
  'Disease, diseased - joint - degenerative\t\t\tOsteoarthritis\t\t',
  'Disease, diseased - joint - degenerative - spine\t\t\tSpondylosis\t\t',
  'Abdominalgia\t\t\tPain, abdominal\t\t',
  'Enlargement, enlarged - spleen\t\t\tSplenomegaly\t\t',
  'Lump\t\t\tMass\t\t',
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
    expect(references).toHaveLength(6);
  });

  it('leads lay words that are themselves a referring term, in any of its forms, to the term a coder codes', () => {
    expect(exactSeeReference('enlarged spleen', references)).toBe('splenomegaly');
    expect(exactSeeReference('spleen enlargement', references)).toBe('splenomegaly');
    // More words than the term: the words say something else too, so the titles are searched.
    expect(exactSeeReference('enlarged spleen with pain', references)).toBeUndefined();
    // One word alone is left to the phrase's own retrieval ("lump" in a breast is coded by site).
    expect(exactSeeReference('lump', references)).toBeUndefined();
  });
});
