import { describe, expect, it } from 'vitest';
import { builtinResources } from '../../shared/clinical/offline/index.js';
import { type ClinicalVocabulary, extractNarrativeMentions, indexMainTermsOf } from './narrative-mentions.js';
import { stem } from './term-words.js';

const vocabulary: ClinicalVocabulary = {
  headStems: new Set(['emphysema', 'pneumonia', 'diabetes', 'brucellosis', 'well', 'asthma'].map(stem)),
  // Titles also say "treated", "history", "personal" and "after" ("Personal history of …").
  titleStems: new Set(
    [
      'pulmonary',
      'emphysema',
      'pneumonia',
      'diabetes',
      'type',
      'brucellosis',
      'acute',
      'asthma',
      'treated',
      'history',
      'personal',
      'included',
      'after',
    ].map(stem),
  ),
};

describe('extractNarrativeMentions', () => {
  const context = builtinResources().context;

  it('extends a head word over neighbouring title words and links the exact characters', () => {
    const text = 'The patient was admitted. Pulmonary emphysema with vesicular murmur.';
    const [mention, ...rest] = extractNarrativeMentions(text, vocabulary, context, 3);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({
      text: 'Pulmonary emphysema',
      assertion: 'present',
      evidence: [{ seq: 3 }],
    });
    const range = mention?.evidence[0];
    expect(text.slice(range?.start, range?.end)).toBe('Pulmonary emphysema');
  });

  it('marks negated findings so they are not coded', () => {
    const mentions = extractNarrativeMentions(
      'There was no evidence of pneumonia. Acute brucellosis was confirmed.',
      vocabulary,
      context,
    );
    expect(mentions.map((m) => [m.text, m.assertion])).toEqual([
      ['pneumonia', 'negated'],
      ['Acute brucellosis', 'present'],
    ]);
  });

  it("stops a mention at narrative words, so its words are the condition's own", () => {
    const mentions = extractNarrativeMentions(
      'Her personal history included asthma treated with inhalers. Pulmonary emphysema diagnosed after the fall.',
      vocabulary,
      context,
    );
    expect(mentions.map((m) => m.text)).toEqual(['asthma', 'Pulmonary emphysema']);
  });
});

describe('indexMainTermsOf', () => {
  const tsv = [
    'term_path\tcode\tmanifestation_code\tsee\tsee_also',
    'Bronchiolitis (acute)\tJ21.9\t\t\t',
    'Stenosis, stenotic (cicatricial)\t\t\t\tStricture',
    'Stenosis, stenotic (cicatricial) - aortic (valve)\tI35.0\t\t\t',
    'Hypogonadism - male\tE29.1\t\t\t',
    'Elbow - see condition\t\t\tcondition\t',
    'Disease, diseased - lung\tJ98.4\t\t\t',
    'Tear, torn - meniscus\tS83.209-\t\t\t',
    // A one-word lay name the index only sends on: a condition said in everyday words.
    'Shingles\t\t\tHerpes, zoster\t',
    'Ruled out condition\t\t\tObservation, suspected\t',
    // An adjective, a comma'd term and an abbreviation the index sends on name no condition themselves.
    'Congestive\t\t\tcondition\t',
    'Swollen\t\t\tSwelling\t',
    'Shower, embolic\t\t\tEmbolism\t',
    'DISH\t\t\tHyperostosis, ankylosing\t',
    'Welts - see category\t\t\tcategory L50\t',
  ].join('\n');

  it('takes main terms with a code, condition-named ones coded only by subterm, and one-word see terms', () => {
    expect(indexMainTermsOf(tsv).sort()).toEqual(['Bronchiolitis', 'Hypogonadism', 'Shingles', 'Stenosis']);
  });
});
