import { describe, expect, it } from 'vitest';
import { problemPhrase, problemStatements, singular } from './problem-statements.js';

const phrases = (text: string) =>
  problemStatements(text).map((p) => (p.uncertain ? `?${p.phrase}` : p.phrase));

describe('clinician problem statements', () => {
  it('reads the whole problem a clinician names, fillers and articles left out', () => {
    expect(phrases('So, for your first problem, I think you have an acute lumbar, um, strain.')).toContain(
      'acute lower back strain',
    );
    expect(phrases('For your last problem your hypertension, you know, it is out of control.')).toEqual([
      'hypertension',
    ]);
    expect(phrases('From a diabetes standpoint, let us increase the metformin.')).toEqual(['diabetes']);
    // A strain of a ligament is coded as a sprain.
    expect(phrases('I think you have a strain of your posterior cruciate ligament.')).toEqual([
      'sprain posterior cruciate ligament',
    ]);
    expect(phrases('Your diagnosis is a distal phalanx fracture of the middle finger.')).toEqual([
      'distal phalanx fracture middle finger',
    ]);
  });

  it('marks a hedged or denied problem as uncertain (coded as its symptoms, not as the condition)', () => {
    expect(phrases('Most likely your diagnosis is a rotator cuff tendinopathy.')).toEqual([
      '?rotator cuff tendinopathy',
    ]);
    expect(phrases('Your diagnosis is not a fracture.')).toEqual(['?fracture']);
  });

  it('gives no statement where none is made', () => {
    expect(phrases('How are you feeling today?')).toEqual([]);
    expect(phrases('I will see you in two weeks.')).toEqual([]);
  });

  it('says problems as titles do: singular, spelled-out types, malignant neoplasm for cancer', () => {
    expect(singular('migraines')).toBe('migraine');
    expect(singular('diabetes')).toBe('diabetes');
    expect(singular('stress')).toBe('stress');
    expect(problemPhrase('kidney stones')).toBe('kidney stone');
    expect(problemPhrase('type two diabetes')).toBe('type 2 diabetes');
    expect(problemPhrase('lung cancer')).toBe('lung malignant neoplasm');
  });
});
