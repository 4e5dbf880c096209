import { describe, expect, it } from 'vitest';
import { getBuiltinTemplate } from '../templates/index.js';
import { withSyntheticTimes } from '../transcript/timing.js';
import { builtinDrugNames, parseDrugTable } from './drug-names.js';
import { draftOffline } from './index.js';
import { extractMedications, formatMedication } from './medications.js';
import { normalizeNumbers } from './numbers.js';
import { extractVitals, formatVitals } from './vitals.js';

describe('extractVitals', () => {
  it('reads spoken vitals with units once numbers are digits', () => {
    const text = normalizeNumbers(
      'blood pressure is one twenty over eighty , heart rate is seventy two , temperature ninety eight point six , oxygen saturation ninety eight percent , respiratory rate sixteen',
    );
    expect(extractVitals(text)).toEqual([
      { kind: 'blood-pressure', value: '120/80', unit: 'mmHg' },
      { kind: 'heart-rate', value: '72', unit: 'bpm' },
      { kind: 'temperature', value: '98.6', unit: '' },
      { kind: 'oxygen-saturation', value: '98', unit: '%' },
      { kind: 'respiratory-rate', value: '16', unit: '/min' },
    ]);
  });

  it('formats vitals the way notes write them and ignores implausible values', () => {
    expect(formatVitals(extractVitals('bp 140/90 and weight 180 pounds'))).toBe(
      'BP 140/90 mmHg, Weight 180 lb',
    );
    expect(extractVitals('my heart rate went up 2 times')).toEqual([]);
  });

  it('writes a temperature unit only when one was said', () => {
    expect(formatVitals(extractVitals('her temperature was 37.9 this morning'))).toBe('Temp 37.9');
    expect(formatVitals(extractVitals('temp of 38.6 degrees celsius'))).toBe('Temp 38.6 °C');
    expect(formatVitals(extractVitals('a fever of 101.2 f last night'))).toBe('Temp 101.2 °F');
    expect(formatVitals(extractVitals('temperature 99 degrees fahrenheit'))).toBe('Temp 99 °F');
  });
});

describe('extractMedications', () => {
  it('captures dose, route and frequency after the drug name', () => {
    const text = normalizeNumbers(
      'i want you to take ibuprofen four hundred milligrams by mouth twice a day',
    );
    const meds = extractMedications(text, builtinDrugNames);
    expect(meds).toEqual([
      { name: 'ibuprofen', dose: '400 mg', route: 'by mouth', frequency: 'twice a day' },
    ]);
    expect(formatMedication(meds[0]!)).toBe('Ibuprofen 400 mg by mouth twice a day');
  });

  it('finds two-word drug names, and one-word names beside them', () => {
    const drugs = new Set(['folic acid', 'insulin glargine', 'metformin']);
    expect(
      extractMedications('folic acid daily, insulin glargine 10 units and metformin', drugs).map(
        (m) => m.name,
      ),
    ).toEqual(['folic acid', 'insulin glargine', 'metformin']);
    expect(extractMedications('the acid in folic foods', drugs)).toEqual([]);
  });

  it('keeps each dose with its own drug', () => {
    const meds = extractMedications(
      'increase lisinopril to 40 mg daily and start lasix 20 mg daily',
      builtinDrugNames,
    );
    expect(meds.map((m) => [m.name, m.dose])).toEqual([
      ['lisinopril', '40 mg'],
      ['lasix', '20 mg'],
    ]);
  });

  it('reads drug names from the ICD-10-CM Table of Drugs but not everyday words', () => {
    const names = parseDrugTable(
      'substance\tx\nAllopurinol\tT50\nAlcohol\tT51\nBlood (derivatives)\tT45\nABOB\tT37\n',
    );
    expect([...names]).toEqual(['allopurinol']);
  });
});

describe('yes/no answers to questions the drafter cannot turn into a finding', () => {
  it('writes no "Endorses Is the ..." sentence', () => {
    const segments = withSyntheticTimes([
      { speaker: 'clinician', text: 'Is the itching getting worse at night?' },
      { speaker: 'patient', text: 'Yes, much worse.' },
      { speaker: 'clinician', text: 'How about any rash on the arms?' },
      { speaker: 'patient', text: 'No.' },
    ]);
    const sentences = draftOffline(segments, getBuiltinTemplate('soap'))
      .content.sections.flatMap((s) => s.sentences)
      .map((s) => s.text);
    expect(sentences.join(' ')).not.toMatch(/Endorses (Is|How)|Denies (How|no)\b/);
    expect(sentences).toContain('Denies rash on the arms.');
  });
});
