import { describe, expect, it } from 'vitest';
import {
  contradictsFindings,
  diabetesCombination,
  hypertensionCombination,
  notTheConditionItself,
  otherFormNotSaid,
  saidNotDenied,
  saidStems,
  sentenceSaidNotDenied,
  siteSide,
  titleSite,
  unsaidDetail,
  unstatedDetail,
  withoutContradictions,
  withoutExcludes1,
  withoutIntegralSymptoms,
  withoutSubsumedPhrases,
} from './coding-rules.js';
import { stem } from './term-words.js';

const code = (c: string, title: string, confidence = 0.5) => ({ code: c, title, confidence });

// Fever beside chills without fever, diabetes with and without complications, anemia and its kind.
const CLASHING_CODES = [
  code('R509', 'Fever, unspecified', 0.9),
  code('R6883', 'Chills (without fever)', 0.8),
  code('E1165', 'Type 2 diabetes mellitus with hyperglycemia', 0.7),
  code('E119', 'Type 2 diabetes mellitus without complications', 0.6),
  code('D649', 'Anemia, unspecified', 0.6),
  code('D509', 'Iron deficiency anemia, unspecified', 0.5),
];

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
    // A hand clinic visit: the tingling fingers are the carpal tunnel syndrome; a diabetic's numb feet
    // are the polyneuropathy.
    expect(
      withoutIntegralSymptoms([
        code('R202', 'Paresthesia of skin', 0.9),
        code('G5601', 'Carpal tunnel syndrome, right upper limb', 0.8),
      ]).map((c) => c.code),
    ).toEqual(['G5601']);
    expect(
      withoutIntegralSymptoms([
        code('E1142', 'Type 2 diabetes mellitus with diabetic polyneuropathy', 0.9),
        code('R200', 'Anesthesia of skin', 0.7),
      ]).map((c) => c.code),
    ).toEqual(['E1142']);
  });

  it('lets a stone or constipation explain the pain and bloating it causes', () => {
    // A renal colic visit: the flank and low back pain are the stone's, not a separate dorsalgia.
    expect(
      withoutIntegralSymptoms([
        code('M545', 'Low back pain', 0.9),
        code('N200', 'Calculus of kidney', 0.8),
        code('M549', 'Dorsalgia, unspecified', 0.6),
      ]).map((c) => c.code),
    ).toEqual(['N200']);
    // A child with cramping belly pain and a full colon on exam: the constipation is coded.
    expect(
      withoutIntegralSymptoms([
        code('R1084', 'Generalized abdominal pain', 0.9),
        code('K5900', 'Constipation, unspecified', 0.8),
        code('R140', 'Abdominal distension (gaseous)', 0.6),
      ]).map((c) => c.code),
    ).toEqual(['K5900']);
    // Back pain beside an unrelated diagnosis stays.
    expect(
      withoutIntegralSymptoms([code('K5900', 'Constipation, unspecified'), code('M545', 'Low back pain')]),
    ).toHaveLength(2);
  });

  it('keeps a weight loss beside a joint disease or a sprain: it is not part of them', () => {
    // A hip arthritis follow-up where the patient has also lost weight unexplained; the swelling is the joint's.
    expect(
      withoutIntegralSymptoms([
        { ...code('R634', 'Abnormal weight loss', 0.9), stated: true },
        code('M1611', 'Unilateral primary osteoarthritis, right hip', 0.8),
        code('R609', 'Edema, unspecified', 0.3),
      ]).map((c) => c.code),
    ).toEqual(['R634', 'M1611']);
    expect(
      withoutIntegralSymptoms([
        code('S93401A', 'Sprain of unspecified ligament of right ankle, initial encounter', 0.9),
        code('R630', 'Anorexia', 0.4),
      ]).map((c) => c.code),
    ).toEqual(['S93401A', 'R630']);
  });

  it('codes diabetes with the complications the index links to it as combination codes', () => {
    // A foot clinic visit: type 2 diabetes, a heel ulcer and stage 3 kidney disease; the ulcer and
    // the stage stay beside the combinations.
    expect(diabetesCombination(['E119', 'L97419', 'N1830', 'I10'])).toEqual({
      add: ['E11621', 'E1122'],
      remove: ['E119'],
    });
    // Type 1 with polyneuropathy: the combination replaces the neuropathy code.
    expect(diabetesCombination(['E109', 'G629'])).toEqual({ add: ['E1042'], remove: ['G629', 'E109'] });
    // No complication, or no diabetes: nothing changes.
    expect(diabetesCombination(['E119', 'I10'])).toEqual({ add: [], remove: [] });
    expect(diabetesCombination(['N1830', 'G629'])).toEqual({ add: [], remove: [] });
  });

  it('leaves out the itching of an eczema or psoriasis, not an itch nothing explains', () => {
    // A child's atopic dermatitis flare: the itch is part of it.
    expect(
      withoutIntegralSymptoms([
        code('L209', 'Atopic dermatitis, unspecified', 0.8),
        code('L299', 'Pruritus, unspecified'),
      ]).map((c) => c.code),
    ).toEqual(['L209']);
    expect(
      withoutIntegralSymptoms([
        code('L409', 'Psoriasis, unspecified', 0.8),
        code('L298', 'Other pruritus'),
      ]).map((c) => c.code),
    ).toEqual(['L409']);
    expect(withoutIntegralSymptoms([code('L299', 'Pruritus, unspecified')])).toHaveLength(1);
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
    const kept = withoutContradictions(CLASHING_CODES);
    expect(kept.map((c) => c.code)).toEqual(['R509', 'E1165', 'D509']);
  });

  it('keeps an unspecified code beside its specified sibling when asked (inpatient), never a contradiction', () => {
    const kept = withoutContradictions(CLASHING_CODES, { keepUnspecified: true });
    expect(kept.map((c) => c.code)).toEqual(['R509', 'E1165', 'D649', 'D509']);
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

  it('codes each side of a condition said on both sides, and the bilateral code where one exists', () => {
    const said = 'both of her elbows ache after gardening, bilateral medial epicondylitis';
    expect(unstatedDetail('Medial epicondylitis, right elbow', said)).toBeNull();
    expect(unstatedDetail('Medial epicondylitis, left elbow', said)).toBeNull();
    expect(unstatedDetail('Medial epicondylitis, left elbow', 'her right elbow aches')).toMatch(/laterality/);
    const kept = withoutContradictions([
      code('G5603', 'Carpal tunnel syndrome, bilateral upper limbs', 0.7),
      code('G5601', 'Carpal tunnel syndrome, right upper limb', 0.6),
      code('G5602', 'Carpal tunnel syndrome, left upper limb', 0.6),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['G5603']);
  });

  it("reads the side of a title's site from anywhere in the visit", () => {
    expect(titleSite('Hallux rigidus, right foot')).toBe('foot');
    expect(siteSide('Hallux rigidus, right foot', 'the joint of my right big toe is stiff')).toBe('right');
    expect(siteSide('Patellofemoral disorders, left knee', 'both knees hurt on the stairs')).toBe('both');
    expect(
      siteSide(
        'Carpal tunnel syndrome, right upper limb',
        'tingling in the left hand, the right hand is fine',
      ),
    ).toBe('left');
    expect(
      siteSide('Carpal tunnel syndrome, right upper limb', 'tingling in the left hand and the right hand'),
    ).toBe('both');
    expect(siteSide('Pain in right knee', 'the knee gives way')).toBe('');
    // "I left the house" names no side of a site.
    expect(siteSide('Hallux rigidus, right foot', 'I left the house and my toe hurt')).toBe('');
  });

  it('does not count a site the title leaves unspecified, or the side, as an unsaid detail', () => {
    expect(
      unsaidDetail(
        'Sprain of unspecified ligament of right ankle, initial encounter',
        saidStems('ankle sprain'),
      ),
    ).toEqual([]);
    expect(
      unsaidDetail('Carpal tunnel syndrome, bilateral upper limbs', saidStems('carpal tunnel syndrome')),
    ).toEqual([]);
    // Intractability is a detail a clinician has to say.
    expect(
      unsaidDetail('Migraine, unspecified, intractable, without status migrainosus', saidStems('migraine')),
    ).toEqual([expect.stringMatching(/^intractabl/)]); // the word's stem (term-words.ts)
  });

  it('codes depression nobody called major as F32.A (since FY2022), not major depressive disorder', () => {
    const title = 'Major depressive disorder, single episode, unspecified';
    expect(unstatedDetail(title, 'from a depression standpoint you are doing well')).toMatch(/major/);
    expect(unstatedDetail(title, 'your major depression is better on sertraline')).toBeNull();
    expect(unstatedDetail('Depression, unspecified', 'from a depression standpoint')).toBeNull();
  });

  it('lets only a likely or better-ranked specific sibling displace the unspecified code', () => {
    const kept = withoutContradictions([
      code('J45909', 'Unspecified asthma, uncomplicated', 0.9),
      code('G43909', 'Migraine, unspecified, not intractable, without status migrainosus', 0.6),
      code('F32A', 'Depression, unspecified', 0.55),
      code('J45901', 'Unspecified asthma with (acute) exacerbation', 0.1),
      code('G43009', 'Migraine without aura, not intractable, without status migrainosus', 0.1),
      code('F3289', 'Other specified depressive episodes', 0.05),
    ]);
    expect(kept.map((c) => c.code)).toEqual(expect.arrayContaining(['J45909', 'G43909', 'F32A']));
    // A likely specific code still says it all.
    expect(
      withoutContradictions([
        code('D649', 'Anemia, unspecified', 0.7),
        code('D509', 'Iron deficiency anemia, unspecified', 0.6),
      ]).map((c) => c.code),
    ).toEqual(['D509']);
  });

  it('keeps the heart failure code beside hypertensive heart disease (its "use additional code")', () => {
    const kept = withoutContradictions([
      code('I110', 'Hypertensive heart disease with heart failure', 0.9),
      code('I509', 'Heart failure, unspecified', 0.8),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['I110', 'I509']);
  });

  it('codes one problem once, at the specificity said ("hepatitis C" is not also "hepatitis")', () => {
    const said = (c: string, title: string, confidence: number, phrases: string[]) => ({
      ...code(c, title, confidence),
      phrases,
    });
    const kept = withoutSubsumedPhrases([
      said('B1920', 'Unspecified viral hepatitis C without hepatic coma', 0.9, ['hepatitis c']),
      said('K759', 'Inflammatory liver disease, unspecified', 0.8, ['hepatitis']),
      said('I10', 'Essential (primary) hypertension', 0.7, ['hypertension']),
      said('Z7982', 'Long term (current) use of aspirin', 0.3, []),
    ]);
    expect(kept.map((c) => c.code)).toEqual(['B1920', 'I10', 'Z7982']);
    // A less confident longer phrase does not remove the better-ranked code.
    expect(
      withoutSubsumedPhrases([
        said('N200', 'Calculus of kidney', 0.9, ['kidney stone']),
        said('N201', 'Calculus of ureter', 0.4, ['kidney stone ureter']),
      ]).map((c) => c.code),
    ).toEqual(['N200', 'N201']);
  });
  it('lets only a diagnosis that is shown explain a symptom away', () => {
    // A sports clinic visit: the left shoulder pain the patient came with, and a tendon disorder the
    // learned profiles guess at 0.1. The guess is never shown, so the pain is what gets coded.
    const stated = { ...code('M25512', 'Pain in left shoulder', 0.9), stated: true };
    const guess = code('M6790', 'Unspecified disorder of synovium and tendon', 0.1);
    expect(withoutIntegralSymptoms([stated, guess]).map((c) => c.code)).toEqual(['M25512', 'M6790']);
    // The same holds for a knee pain said only in passing beside a low guess of osteoarthritis.
    const kneePain = code('M25561', 'Pain in right knee', 0.7);
    const arthritisGuess = code('M1711', 'Unilateral primary osteoarthritis, right knee', 0.3);
    expect(withoutIntegralSymptoms([kneePain, arthritisGuess]).map((c) => c.code)).toEqual([
      'M25561',
      'M1711',
    ]);
    // A diagnosis that is shown explains the symptom, ranked above it or not.
    const likely = code('M75101', 'Unspecified rotator cuff tear or rupture of right shoulder', 0.8);
    expect(withoutIntegralSymptoms([stated, likely]).map((c) => c.code)).toEqual(['M75101']);
    // On an office visit's raw scale the floor is the raw confidence that is shown (here 0.75).
    const sprain = code('S93401A', 'Sprain of unspecified ligament of right ankle, initial encounter', 0.7);
    const anklePain = code('M25571', 'Pain in right ankle', 0.8);
    expect(withoutIntegralSymptoms([anklePain, sprain], 0.75).map((c) => c.code)).toEqual([
      'M25571',
      'S93401A',
    ]);
    expect(withoutIntegralSymptoms([anklePain, sprain], 0.6).map((c) => c.code)).toEqual(['S93401A']);
  });

  it('lets a diagnosis the clinician named explain its symptom even when it scores below the floor', () => {
    // A netball player's wrist: the clinician assessed a sprain, which the ranker scores 0.2; the
    // wrist swelling examined is the sprain's. The same sprain guessed from similarity explains nothing.
    const swelling = code('R609', 'Edema, unspecified', 0.7);
    const sprain = {
      ...code('S63501A', 'Unspecified sprain of right wrist, initial encounter', 0.2),
      named: true,
    };
    const namedByClinician = (c: object) => 'named' in c && c.named === true;
    expect(withoutIntegralSymptoms([swelling, sprain], 0.75, namedByClinician).map((c) => c.code)).toEqual([
      'S63501A',
    ]);
    const guessed = { ...sprain, named: false };
    const wristPain = code('M25531', 'Pain in right wrist', 0.7);
    expect(withoutIntegralSymptoms([wristPain, guessed], 0.75, namedByClinician).map((c) => c.code)).toEqual([
      'M25531',
      'S63501A',
    ]);
    // A symptom said without a site ("it all swelled up", "the pain") belongs to whatever condition the
    // visit proposes, even a guess.
    expect(withoutIntegralSymptoms([swelling, guessed], 0.75, namedByClinician).map((c) => c.code)).toEqual([
      'S63501A',
    ]);
    const unsitedPain = code('R52', 'Pain, unspecified', 0.6);
    const faintGuess = code('S63501A', 'Unspecified sprain of right wrist, initial encounter', 0.01);
    expect(withoutIntegralSymptoms([unsitedPain, faintGuess], 0.75).map((c) => c.code)).toEqual(['S63501A']);
    // A symptom the clinician stated as the problem ("your chest pain") needs a shown diagnosis.
    const chestPain = { ...code('R079', 'Chest pain, unspecified', 0.9), stated: true };
    const angina = { ...code('I209', 'Angina pectoris, unspecified', 0.3), named: true };
    expect(withoutIntegralSymptoms([chestPain, angina], 0.75, namedByClinician).map((c) => c.code)).toEqual([
      'R079',
      'I209',
    ]);
  });

  it('reads the joint-pain title of an ankle and a long bone from the limb part said', () => {
    expect(unsaidDetail('Pain in left ankle and joints of left foot', saidStems('left ankle pain'))).toEqual(
      [],
    );
    const humerus =
      'Unspecified fracture of upper end of right humerus, initial encounter for closed fracture';
    expect(siteSide(humerus, 'looking at your right arm, a proximal humerus fracture')).toBe('right');
  });

  it('codes chills said beside a denied fever as chills, never as a fever', () => {
    const said = saidNotDenied('chills', 'no fever, just some chills at night');
    expect(said.has(stem('fever'))).toBe(false);
    expect(said.has(stem('chills'))).toBe(true);
    // The fever index term of R50.9 ("Chill(s) with fever") names a detail the patient denied.
    expect(unsaidDetail('Chill (s) with fever', said)).toEqual([stem('fever')]);
    expect(unsaidDetail('Chills (without fever)', said)).toEqual([]);
    // A fever said as present still counts.
    expect(saidNotDenied('chills', 'she has a fever and chills').has(stem('fever'))).toBe(true);
    // The mention's own words are said even where a denial came first ("no better, the cough").
    expect(saidNotDenied('cough', 'not better, the cough').has(stem('cough'))).toBe(true);
  });

  it("reads a sentence once for all its mentions without one mention's words leaking into another", () => {
    const sentence = 'no wheezing tonight, but the dry cough is back since his asthma flared';
    const undenied = sentenceSaidNotDenied(sentence);
    expect(undenied.has(stem('wheezing'))).toBe(false);
    const asthma = saidNotDenied('exercise induced asthma', sentence, undenied);
    expect(asthma.has(stem('exercise'))).toBe(true);
    // The remembered sentence is not changed by a mention's phrase.
    expect(undenied.has(stem('exercise'))).toBe(false);
    expect([...saidNotDenied('cough', sentence, undenied)].sort()).toEqual(
      [...saidNotDenied('cough', sentence)].sort(),
    );
    expect(saidNotDenied('cough', sentence, undenied).has(stem('exercise'))).toBe(false);
  });

  it('codes an unqualified condition as unspecified, not as an unlisted "other" form of it', () => {
    // "Arthritis" in the right knee names no form: not "Other specified arthritis, right knee".
    expect(otherFormNotSaid('Other specified arthritis, right knee', '', 'arthritis')).toBe(true);
    // The index leads "fatigue" to R53.83 "Other fatigue".
    expect(otherFormNotSaid('Other fatigue', 'Fatigue | Tiredness', 'fatigue')).toBe(false);
    // Words beyond the title are the form that is "other" ("chest wall pain" is R07.89 Other chest pain).
    expect(otherFormNotSaid('Other chest pain', '', 'chest wall pain')).toBe(false);
    expect(otherFormNotSaid('Unspecified osteoarthritis, unspecified site', '', 'arthritis')).toBe(false);
  });

  it('codes a condition said as present as itself, not as its history, screening or susceptibility', () => {
    const ovary = 'ovary malignant neoplasm';
    expect(notTheConditionItself('Personal history of malignant neoplasm of ovary', ovary)).toBe(true);
    expect(notTheConditionItself('Family history of malignant neoplasm of ovary', ovary)).toBe(true);
    expect(notTheConditionItself('Encounter for screening for malignant neoplasm of ovary', ovary)).toBe(
      true,
    );
    expect(notTheConditionItself('Genetic susceptibility to malignant neoplasm of ovary', ovary)).toBe(true);
    expect(notTheConditionItself('Malignant neoplasm of unspecified ovary', ovary)).toBe(false);
    expect(notTheConditionItself('Personal history of nicotine dependence', 'history of smoking')).toBe(
      false,
    );
  });

  it('takes the side of the problem, not the normal side it was compared with', () => {
    const visit = [
      'when i run my right knee starts to ache',
      'let me look at your left knee first , when i move your left knee it feels normal',
      'the right knee hurts on the outside',
      'the joint spaces of that right knee are well maintained and compared to the left knee everything looks good',
      'physical therapy for your right knee',
    ].join(' . ');
    expect(siteSide('Sprain of unspecified site of right knee, initial encounter', visit)).toBe('right');
    // Both sides with a problem are still both.
    expect(siteSide('Pain in right knee', 'my right knee aches and my left knee aches too')).toBe('both');
  });
});
