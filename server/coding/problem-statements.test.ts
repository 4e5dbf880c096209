import { describe, expect, it } from 'vitest';
import { joinsNothing } from './pattern-union.js';
import {
  ANY_TITLE_WORD,
  FILLER_WORD,
  PROBLEM_CUES,
  problemPhrase,
  problemStatements,
  singular,
} from './problem-statements.js';

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

  it('ends the problem where an unpunctuated plan begins, as speech recognition writes it', () => {
    // No comma between the problem and what is done for it.
    expect(phrases('and for your high cholesterol um keep taking the atorvastatin')).toEqual([
      'high cholesterol',
    ]);
    expect(phrases('for his asthma start the controller inhaler every morning')).toEqual(['asthma']);
    expect(phrases('regarding your heart failure increase the water pill to twice a day')).toEqual([
      'heart failure',
    ]);
    expect(phrases('for your anxiety i want you to try the breathing exercises')).toEqual(['anxiety']);
  });

  it('marks a problem the plan is conditional on as uncertain', () => {
    // A cough visit: a chest film, and antibiotics only if it shows one.
    expect(phrases('we will get a chest x-ray and start antibiotics if you do have a pneumonia')).toEqual([
      '?pneumonia',
    ]);
    // The same words as a finding are the assessed problem.
    expect(phrases('the x-ray came back and you do have a pneumonia')).toEqual(['pneumonia']);
  });

  it('marks a hedged or denied problem as uncertain (coded as its symptoms, not as the condition)', () => {
    expect(phrases('Most likely your diagnosis is a rotator cuff tendinopathy.')).toEqual([
      '?rotator cuff tendinopathy',
    ]);
    expect(phrases('Your diagnosis is not a fracture.')).toEqual(['?fracture']);
    expect(
      phrases(
        'have you ever had any issues where you had what we call urinary retention where you could not pee',
      ),
    ).toEqual(['?urinary retention']);
    // A question earlier in the sentence, then the assessment.
    expect(phrases('did you bring the list okay so what you have is medial epicondylitis')).toEqual([
      'medial epicondylitis',
    ]);
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

  it('hears how clinicians name a problem in conversation', () => {
    expect(phrases('For your main problem you have acute gastritis, so we start omeprazole.')).toEqual([
      'acute gastritis',
      'gastritis',
    ]);
    expect(phrases('The stiffness in your big toe is what we call hallux rigidus.')).toEqual([
      'hallux rigidus',
    ]);
    expect(phrases('What she has is lateral epicondylitis, tennis elbow.')).toEqual([
      'lateral epicondylitis',
    ]);
    expect(phrases('And for your last ish issue, your- your gout, keep the allopurinol.')).toEqual(['gout']);
    // Onset words and adverbs are not part of the problem.
    expect(
      phrases('I think your diagnosis is beginning to have some trigger finger usually from gripping.'),
    ).toEqual(['trigger finger']);
    // "We'll call you" names nothing.
    expect(phrases("We'll call you with the results.")).toEqual([]);
  });

  it('says a ligament strain as a sprain and spells out ligament abbreviations', () => {
    expect(phrases('For the first problem, your right knee MCL strain, wear the brace.')).toEqual([
      'right knee medial collateral ligament sprain',
    ]);
    expect(problemPhrase('ovarian cancer')).toBe('ovary malignant neoplasm');
    expect(problemPhrase('patellofemoral pain syndrome')).toBe('patellofemoral disorder');
    // A muscle strain stays a strain.
    expect(problemPhrase('lumbar strain')).toBe('lower back strain');
  });
  it('hears a diagnosis dictated or shown on an x-ray, and a long bone end as titles say it', () => {
    expect(phrases('So my diagnosis here would be lateral epicondylitis.')).toEqual([
      'lateral epicondylitis',
    ]);
    expect(phrases('And what I see is a proximal humerus fracture.')).toEqual(['upper end humerus fracture']);
    expect(phrases("So what I think we're dealing with is right hip degenerative joint disease.")).toEqual([
      'right hip degenerative joint disease',
    ]);
    expect(phrases('You do have a vitamin D deficiency.')).toEqual(['vitamin d deficiency']);
    // A history is not a problem assessed today.
    expect(phrases("It looks like you've got a history of anaphylaxis.")).toEqual([]);
  });

  it('reads the reason for the visit as a problem, but not the visit itself', () => {
    expect(
      phrases('Roger is a 62 year old male here for emergency room follow-up for some chest pain.'),
    ).toEqual(['chest pain']);
    expect(phrases('Keith is a 58-year-old male here for evaluation of high blood sugar.')).toEqual([
      'hyperglycemia',
    ]);
    expect(phrases('She is coming in today for a follow up of her diabetes.')).toEqual(['diabetes']);
    expect(phrases('So you came in with some knee pain after a fall.')).toEqual(['knee pain']);
    expect(problemStatements('She is here for left leg pain.')[0]?.reason).toBe(true);
    expect(problemStatements('Your diagnosis is a left leg contusion.')[0]?.reason).toBeUndefined();
    expect(phrases('He is here with complaints of joint pain.')).toEqual(['joint pain']);
    expect(phrases('She is here for a back pain evaluation.')).toEqual(['back pain']);
    expect(phrases('He is here for a second opinion regarding his knee.')).toEqual([]);
    expect(phrases('She is here for a surgical consult.')).toEqual([]);
    expect(phrases('She is here for an abnormal lab finding.')).toEqual([]);
    expect(phrases("No, I've been here with my sister once before.")).toEqual([]);
    expect(phrases('He is here for a follow-up.')).toEqual([]);
    expect(phrases('You are in for your annual physical.')).toEqual([]);
  });

  it('reads a statement whose words were said twice, and an "episode of" as the problem itself', () => {
    expect(phrases('My impression is is that you have this episode of chest pain.')).toEqual(['chest pain']);
    expect(phrases('So you you do have that left shoulder pain.')).toEqual(['left shoulder pain']);
    expect(phrases('I think your your diagnosis is bilateral carpal tunnel syndrome.')).toEqual([
      'bilateral carpal tunnel syndrome',
    ]);
  });

  it('treats an impression inferred from the story as uncertain, whatever follows "sounds like"', () => {
    // One rule (coding-rules.ts UNCERTAIN): a podiatry visit, a headache clinic, a paediatric visit.
    expect(phrases('Honestly it sounds like it is a plantar fasciitis.')).toEqual(['?plantar fasciitis']);
    expect(phrases("Well it seems like it's a tension headache from the desk work.")).toEqual([
      '?tension headache',
    ]);
    // The confirmed form of the same visit is coded.
    expect(phrases('Your diagnosis is plantar fasciitis, so we start stretching.')).toEqual([
      'plantar fasciitis',
    ]);
  });
});

describe('cue prefilters', () => {
  // One statement per cue, in varied specialties, some with a filler or a repeated word inside the cue.
  const statements = [
    'Okay, your second issue is the eczema on both hands.',
    'From an asthma standpoint you are doing really well.',
    'My impression is that she has acute otitis media.',
    'He was diagnosed with ADHD last spring, and there is a diagnosis of bipolar disorder in the chart.',
    'I think you have an inversion sprain of the ankle.',
    'I think, um, you have a sprained wrist.',
    'The rash is consistent with contact dermatitis.',
    'This is what we call plantar fasciitis.',
    'What you have is a viral bronchitis.',
    'What I see here is a torn rotator cuff.',
    'We are dealing with an exacerbation of heart failure.',
    'You do have a urinary tract infection.',
    'Please note that he has generalized anxiety disorder.',
    "And for your depression let's continue the sertraline.",
    "so for your, your migraines let's keep the sumatriptan",
    'She is newly diagnosed with type one diabetes.',
    "It sounds like it's a tension headache.",
    'He is here today for a follow-up of his heart failure.',
    'Telehealth visit: she is coming in for evaluation of a cough.',
  ];

  it('only skips a cue on a sentence that none of its matches could be in', () => {
    const matched = new Set<number>();
    for (const text of statements) {
      PROBLEM_CUES.forEach(({ cue, needs }, k) => {
        // The cue's own pattern, on the sentence as said and with a word doubled ("your your").
        for (const said of [text, text.replace(/\byour\b/, 'your your')])
          for (const _ of said.matchAll(cue)) {
            matched.add(k);
            expect(needs?.test(said), `cue ${k} on "${said}"`).toBe(true);
          }
      });
    }
    // Every cue has its prefilter, and every cue is exercised above.
    expect(PROBLEM_CUES.every(({ needs }) => needs !== undefined)).toBe(true);
    expect([...matched].sort((a, b) => a - b)).toEqual(PROBLEM_CUES.map((_, k) => k));
  });

  it('reads a cue whose words a filler or a repeated word separates', () => {
    expect(phrases('I think, um, you have a sprained wrist.')).toEqual(['sprained wrist']);
    expect(phrases("so for your, your migraines let's keep the sumatriptan")).toEqual(['migraine']);
  });

  it('finds no statement where no cue is said', () => {
    expect(problemStatements('The knee swelling went down after two days of ice and rest.')).toEqual([]);
  });

  it('joins the lay words titles say otherwise into one first test', () => {
    expect(joinsNothing(ANY_TITLE_WORD)).toBe(false);
    expect(problemPhrase('torn acl')).toBe('torn anterior cruciate ligament');
    expect(problemPhrase('panic attacks')).toBe('panic attack');
  });

  it('tells a sentence with a filler word from one without', () => {
    expect(FILLER_WORD.test('it is, um, a dull ache')).toBe(true);
    expect(FILLER_WORD.test('he has, you know, been sad lately')).toBe(true);
    expect(FILLER_WORD.test('it feels like pressure')).toBe(true);
    expect(FILLER_WORD.test('the pain is likely muscular, butter the toast')).toBe(false);
  });
});
