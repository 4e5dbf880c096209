import { describe, expect, it } from 'vitest';
import {
  contradictsFindings,
  hypertensionCombination,
  saidStems,
  unsaidDetail,
  unstatedDetail,
  withoutContradictions,
  withoutExcludes1,
  withoutIntegralSymptoms,
} from './coding-rules.js';

const code = (c: string, title: string, confidence = 0.5) => ({ code: c, title, confidence });

describe('outpatient coding rules', () => {
  it('never reads a detail into a code that the words did not say', () => {
    const said = saidStems('the x-ray shows pneumonia in the right lower lobe');
    expect(unsaidDetail('Acute eosinophilic pneumonia', said)).toEqual(
      expect.arrayContaining(['eosinophil']),
    );
    expect(unsaidDetail('Pneumonia, unspecified organism', said)).toEqual([]);
    // What follows "without" is an absence, not a detail the title adds.
    expect(
      unsaidDetail('Type 2 diabetes mellitus without complications', saidStems('type 2 diabetes')),
    ).toEqual([]);
  });

  it('does not count the site a title leaves unspecified, or what it says is absent, as detail', () => {
    expect(
      unsaidDetail('Carpal tunnel syndrome, unspecified upper limb', saidStems('carpal tunnel')),
    ).toEqual([]);
    expect(unsaidDetail('Gout, unspecified', saidStems('gout'))).toEqual([]);
    // "Idiopathic" and a named structure are still details nobody said.
    expect(unsaidDetail('Idiopathic gout, unspecified site', saidStems('gout'))).toEqual(['idiopath']);
    expect(unsaidDetail('Strain of unspecified Achilles tendon', saidStems('strain'))).toEqual(
      expect.arrayContaining(['achill']),
    );
    expect(
      unsaidDetail(
        'Migraine, unspecified, not intractable, without status migrainosus',
        saidStems('migraine'),
      ),
    ).toEqual([]);
  });

  it('reads a strain as of muscle, fascia and tendon, and an unqualified fracture as displaced', () => {
    expect(
      unsaidDetail(
        'Strain of muscle, fascia and tendon of lower back, initial encounter',
        saidStems('lower back strain'),
      ),
    ).toEqual([]);
    expect(
      unsaidDetail(
        'Displaced fracture of distal phalanx of right middle finger, initial encounter for closed fracture',
        saidStems('distal phalanx fracture of the right middle finger'),
      ),
    ).toEqual([]);
    // "Nondisplaced" is a detail that must be said.
    expect(
      unsaidDetail(
        'Nondisplaced fracture of distal phalanx of right middle finger',
        saidStems('distal phalanx fracture right middle finger'),
      ),
    ).toEqual(['nondisplac']);
  });

  it('does not choose "without fever" when the patient said they had a fever', () => {
    const present = saidStems('fever chills cough');
    expect(contradictsFindings('Chills (without fever)', present)).toBe(true);
    expect(contradictsFindings('Fever, unspecified', present)).toBe(false);
    expect(contradictsFindings('Chills (without fever)', saidStems('chills'))).toBe(false);
  });

  it('codes a side only when it was stated, else the unspecified-side sibling stays', () => {
    expect(unstatedDetail('Pain in right knee', 'my knee hurts')).toMatch(/laterality/);
    expect(unstatedDetail('Pain in right knee', 'my right knee hurts')).toBeNull();
    expect(unstatedDetail('Pain in unspecified knee', 'my knee hurts')).toBeNull();
    expect(unstatedDetail('Pain in left knee', 'my right knee hurts')).toMatch(/laterality/);
  });

  it('codes a later encounter (7th character D or S) only when one is described', () => {
    const title = 'Strain of muscle, fascia and tendon of lower back, subsequent encounter';
    expect(unstatedDetail(title, 'I hurt my lower back lifting boxes')).toMatch(/encounter/);
    expect(unstatedDetail(title, 'this is a follow-up for the back strain')).toBeNull();
    expect(
      unstatedDetail(
        'Strain of muscle, fascia and tendon of lower back, initial encounter',
        'I hurt my back',
      ),
    ).toBeNull();
    expect(unstatedDetail('Fracture of unspecified radius, sequela', 'a wrist fracture')).toMatch(
      /encounter/,
    );
  });

  it('drops symptoms integral to the diagnosis that explains them', () => {
    const kept = withoutIntegralSymptoms([
      code('J189', 'Pneumonia, unspecified organism', 0.9),
      code('R509', 'Fever, unspecified'),
      code('R05', 'Cough'),
      code('I10', 'Essential (primary) hypertension'),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['J189', 'I10']);
    // Without the diagnosis, the symptoms are what gets coded.
    expect(withoutIntegralSymptoms([code('R509', 'Fever, unspecified'), code('R05', 'Cough')])).toHaveLength(
      2,
    );
    expect(
      withoutIntegralSymptoms([
        code('N201', 'Calculus of ureter'),
        code('R109', 'Unspecified abdominal pain'),
      ]).map((c) => c.code),
    ).toEqual(['N201']);
  });

  it('keeps a symptom when no diagnosis explains it (a joint-pain code is a symptom too)', () => {
    const kept = withoutIntegralSymptoms([
      code('M25512', 'Pain in left shoulder'),
      code('R52', 'Pain, unspecified'),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['M25512', 'R52']);
    expect(withoutContradictions(kept).map((c) => c.code)).toEqual(['M25512']);
  });

  it('never keeps two codes that contradict each other', () => {
    const kept = withoutContradictions([
      code('R509', 'Fever, unspecified', 0.9),
      code('R6883', 'Chills (without fever)', 0.8),
      code('E1165', 'Type 2 diabetes mellitus with hyperglycemia', 0.7),
      code('E119', 'Type 2 diabetes mellitus without complications', 0.6),
      code('D649', 'Anemia, unspecified', 0.6),
      code('D509', 'Iron deficiency anemia, unspecified', 0.5),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['R509', 'E1165', 'D509']);
  });

  it('keeps Excludes1 pairs apart when the tabular list was imported', () => {
    const codes = [code('J45909', 'Unspecified asthma, uncomplicated', 0.9), code('R062', 'Wheezing', 0.5)];
    expect(withoutExcludes1(codes, [{ code: 'J45909', excluded: 'R062' }]).map((c) => c.code)).toEqual([
      'J45909',
    ]);
    expect(withoutExcludes1(codes, [])).toHaveLength(2);
  });

  it('combines hypertension with heart failure or kidney disease (presumed link)', () => {
    expect(hypertensionCombination(['I10', 'I509'])).toEqual({ add: ['I110'], remove: ['I10'] });
    expect(hypertensionCombination(['I10', 'N183'])).toEqual({ add: ['I129'], remove: ['I10'] });
    expect(hypertensionCombination(['I10', 'E119'])).toEqual({ add: [], remove: [] });
  });
});
