import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../../shared/node/shared-dir.js';
import { parseDrugTable } from './icd10-source.js';
import { joinsNothing } from './pattern-union.js';
import {
  ALLERGY_SENTENCE,
  ANY_STATUS,
  allergyStatusCodes,
  allergyStatusFromDrugTableCode,
  diabetesDrugStatusCodes,
  historyStatusCode,
  isChronicCondition,
  statusCodesOf,
} from './status-codes.js';

describe('status codes', () => {
  it('codes a reported drug allergy as allergy status, by drug class', () => {
    expect(ALLERGY_SENTENCE.test('yes, penicillin gives me hives')).toBe(true);
    expect(allergyStatusCodes('yes, penicillin gives me hives')).toEqual(['Z880']);
    expect(allergyStatusCodes('I am allergic to sulfa drugs')).toEqual(['Z882']);
    expect(allergyStatusCodes('codeine makes me itch, an allergy')).toEqual(['Z885']);
    expect(allergyStatusCodes('allergic to peanuts and latex')).toEqual(['Z91010', 'Z91040']);
    // "Allergic to medicines" names no class.
    expect(allergyStatusCodes('any allergies to medicines')).toEqual([]);
  });

  it('uses the drug table class for drugs not listed by name', () => {
    const drugTable = (word: string) =>
      word === 'benzathine' ? 'T36.0X1' : word === 'warfarin' ? 'T45.511' : undefined;
    expect(allergyStatusCodes('allergy to benzathine', drugTable)).toEqual(['Z880']);
    expect(allergyStatusCodes('allergy to warfarin', drugTable)).toEqual(['Z888']);
    expect(allergyStatusFromDrugTableCode('T40.2X1')).toBe('Z885');
    expect(allergyStatusFromDrugTableCode('T37.0X1')).toBe('Z882');
    // The real FY2026 drug table from the team library, as the importer reads it.
    const table = parseDrugTable(
      readFileSync(sharedDataPath('icd10cm', 'icd10cm_fy2026_drug_table.tsv'), 'utf8'),
    );
    const drugClassOf = (name: string) => table[name.toLowerCase()];
    expect(drugClassOf('Warfarin')).toBe('T45.515');
    expect(allergyStatusCodes('she is allergic to warfarin', drugClassOf)).toEqual(['Z888']);
  });

  it('codes a past condition as personal history, a chronic one as itself', () => {
    expect(historyStatusCode('N200')).toBe('Z87442');
    expect(historyStatusCode('J189')).toBe('Z8701');
    expect(historyStatusCode('I639')).toBe('Z8673');
    expect(historyStatusCode('C3490')).toBe('Z85118');
    // A basal cell carcinoma excised from the cheek, a melanoma from the back: skin history codes.
    expect(historyStatusCode('C44319')).toBe('Z85828');
    expect(historyStatusCode('C4359')).toBe('Z85820');
    expect(isChronicCondition('I10')).toBe(true);
    expect(isChronicCondition('E119')).toBe(true);
    expect(isChronicCondition('N200')).toBe(false);
    // Gout and an enlarged prostate are managed for years: "history of gout" on allopurinol is gout.
    expect(isChronicCondition('M109')).toBe(true);
    expect(isChronicCondition('N400')).toBe(true);
  });

  it('adds long-term drug status beside diabetes treated with tablets or insulin', () => {
    expect(diabetesDrugStatusCodes(['I10', 'E119'], 'Keep taking the metformin twice a day.')).toEqual([
      { code: 'Z7984', basis: 'E119' },
    ]);
    expect(
      diabetesDrugStatusCodes(['E119'], 'She takes metformin.\nAnd she uses insulin at night.').map(
        (c) => c.code,
      ),
    ).toEqual(['Z794', 'Z7984']);
    // No diabetes code, a stopped drug: no status code.
    expect(diabetesDrugStatusCodes(['I10'], 'He takes metformin.')).toEqual([]);
    expect(diabetesDrugStatusCodes(['E119'], 'We will stop the metformin.')).toEqual([]);
  });

  it('gives no insulin status for insulin a diabetes visit hopes to avoid or may need later', () => {
    const avoided =
      "your a1c is up to eight on the glipizide and i'd really like to avoid putting you on insulin so let's work on the diet";
    expect(diabetesDrugStatusCodes(['E119'], avoided).map((c) => c.code)).toEqual(['Z7984']);
    expect(
      diabetesDrugStatusCodes(
        ['E119'],
        'If the numbers stay high you may need to start insulin next spring.',
      ),
    ).toEqual([]);
    expect(diabetesDrugStatusCodes(['E119'], "She's not ready for insulin shots yet.")).toEqual([]);
  });

  it('reads the statuses a visit states: grafts, stents, transplants, removed organs, daily aspirin', () => {
    expect(statusCodesOf("You had a CABG when you were thirty, how's your heart been?")).toEqual(['Z951']);
    expect(statusCodesOf('He got a stent in his coronary artery in 2019.')).toEqual(['Z955']);
    expect(statusCodesOf('Since your kidney transplant the numbers look good.')).toEqual(['Z940']);
    expect(statusCodesOf('They took out my left cataract last spring, cataract surgery went fine.')).toEqual([
      'Z9842',
    ]);
    expect(statusCodesOf('I still take a baby aspirin every morning.')).toEqual(['Z7982']);
    // A cardiology plan that lists the aspirin among the drugs it continues.
    expect(
      statusCodesOf(
        'We will continue you on the atorvastatin forty milligrams and the aspirin and the metoprolol.',
      ),
    ).toEqual(['Z7982']);
    expect(statusCodesOf('She is on Eliquis for the clots.')).toEqual(['Z7901']);
    expect(statusCodesOf('Since the heart stent he takes Plavix once a day.')).toEqual(['Z955', 'Z7902']);
    expect(statusCodesOf('Her neurologist put her on clopidogrel after the stroke.')).toEqual(['Z7902']);
    expect(statusCodesOf("Cigarettes? I haven't smoked in about six years.")).toEqual(['Z87891']);
    expect(statusCodesOf('I quit smoking ten years ago.')).toEqual(['Z87891']);
  });

  it('reads a pacemaker in place, not one that may be needed or is only discussed', () => {
    // A cardiology follow-up and an elderly dizziness visit, in our own words.
    expect(statusCodesOf('Her pacemaker was put in four years ago and the battery is fine.')).toEqual([
      'Z950',
    ]);
    expect(statusCodesOf('You may need a pacemaker if the pauses get longer.')).toEqual([]);
    expect(statusCodesOf("We talked about a pacemaker and you'd rather wait.")).toEqual([]);
    expect(statusCodesOf('No, he has never had a pacemaker.')).toEqual([]);
  });

  it('gives no status for a denial, a ureteral stent, an allergy or an aspirin for a headache', () => {
    expect(statusCodesOf('No, I never had a kidney transplant.')).toEqual([]);
    expect(statusCodesOf('The urologist left a stent in the ureter.')).toEqual([]);
    expect(statusCodesOf('I am allergic to aspirin.')).toEqual([]);
    expect(statusCodesOf('Take an aspirin if the headache comes back.')).toEqual([]);
    expect(statusCodesOf('Continue the lisinopril but stop the aspirin before surgery.')).toEqual([]);
    expect(statusCodesOf('We will stop the warfarin before the surgery.')).toEqual([]);
  });
});

describe('ANY_STATUS', () => {
  it('joins every pattern a term needs into one first test', () => {
    expect(joinsNothing(ANY_STATUS)).toBe(false);
  });
});
