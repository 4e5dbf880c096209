import { describe, expect, it } from 'vitest';
import { stem } from './term-words.js';

describe('stem', () => {
  it('meets a plural with its singular', () => {
    expect(stem('migraines')).toBe(stem('migraine'));
    expect(stem('arteries')).toBe(stem('artery'));
    expect(stem('biopsies')).toBe(stem('biopsy'));
    expect(stem('eyes')).toBe(stem('eye'));
    expect(stem('knees')).toBe(stem('knee'));
  });

  it('keeps the pairs it already met, and words that only look plural', () => {
    expect(stem('diabetes')).toBe(stem('diabetic'));
    expect(stem('hypertension')).toBe(stem('hypertensive'));
    expect(stem('mass')).toBe('mass');
    expect(stem('urine')).not.toBe(stem('urination'));
  });

  it("meets an organ's noun with its adjective, as the index's references and the titles name them", () => {
    // "Attack, heart — see Infarct, myocardium" must find "myocardial infarction".
    expect(stem('myocardium')).toBe(stem('myocardial'));
    expect(stem('endometrium')).toBe(stem('endometrial'));
    expect(stem('pericardium')).toBe(stem('pericardial'));
    // Short words ending the same way are left alone.
    expect(stem('calcium')).toBe('calcium');
    expect(stem('medium')).not.toBe(stem('medial'));
  });
});
