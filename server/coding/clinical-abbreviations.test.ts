import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './clinical-abbreviations.js';

describe('expandAbbreviations', () => {
  it('spells out whole-word abbreviations in any case and leaves other words as they are', () => {
    expect(expandAbbreviations('Hx of HTN and T2DM, on meds for GERD.')).toBe(
      'Hx of hypertension and type 2 diabetes mellitus, on meds for gastro-esophageal reflux disease.',
    );
    expect(expandAbbreviations('telehealth follow-up for her PTSD and mdd')).toBe(
      'telehealth follow-up for her post-traumatic stress disorder and major depressive disorder',
    );
    expect(expandAbbreviations('Covid-19 last spring, covid again?')).toBe(
      'covid-19 last spring, covid-19 again?',
    );
  });

  it('replaces only a word that is the abbreviation whole, as far as letters, digits and hyphens go', () => {
    // Inside a longer word, with a digit or hyphen joined on, or as part of a hyphenated word: kept.
    expect(expandAbbreviations('pre-dm dm-like dm2x adhdish sprained padding')).toBe(
      'pre-dm dm-like dm2x adhdish sprained padding',
    );
    // A digit before a word does not make it part of the number: "3dm" reads the word "dm".
    expect(expandAbbreviations('3dm 2-dm -dm (dm) dm.')).toBe(
      '3diabetes mellitus 2-diabetes mellitus -diabetes mellitus (diabetes mellitus) diabetes mellitus.',
    );
    expect(expandAbbreviations('DM2 and dm1; CHF/HF')).toBe(
      'type 2 diabetes mellitus and type 1 diabetes mellitus; congestive heart failure/heart failure',
    );
  });
});
