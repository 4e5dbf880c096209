import { describe, expect, it } from 'vitest';
import { ANY_LAY_SYMPTOM, ANY_LAY_TERM, layConditionTerms } from './lay-conditions.js';
import { joinsNothing } from './pattern-union.js';

const MAN = 'He is a sixty year old man. His wife came with him.';
const WOMAN = 'She is here with her daughter. Her periods stopped years ago.';

describe('layConditionTerms', () => {
  it('reads an organ said to be enlarged, before or after the adjective', () => {
    expect(layConditionTerms('The urologist said my prostate was a little enlarged.', MAN)).toEqual([
      'enlarged prostate',
    ]);
    expect(layConditionTerms('He has an enlarged prostate and gets up twice at night.', MAN)).toEqual([
      'enlarged prostate',
    ]);
    expect(layConditionTerms('The glands under my jaw are swollen since the cold.', WOMAN)).toEqual([
      'enlarged lymph nodes',
    ]);
    expect(layConditionTerms('Her thyroid feels bigger to me today.', WOMAN)).toEqual(['goiter']);
  });

  it('reads unintended weight loss or gain in pounds or words', () => {
    expect(layConditionTerms("I've dropped about fifteen pounds since the spring.", MAN)).toEqual([
      'weight loss',
    ]);
    expect(layConditionTerms("She's been losing weight without even trying.", WOMAN)).toEqual([
      'weight loss',
    ]);
    expect(layConditionTerms("I've put on thirty pounds this winter and I can't say why.", WOMAN)).toEqual([
      'weight gain',
    ]);
  });

  it('reads everyday symptom wordings as the index terms a coder looks up', () => {
    // An ENT, a cardiology, a sleep, a heart-failure, a gynaecology, a urology and a mental-health visit.
    expect(layConditionTerms('My right ear has been ringing nonstop since the concert.', MAN)).toEqual([
      'tinnitus',
    ]);
    expect(layConditionTerms('At night my heart starts pounding out of the blue.', WOMAN)).toEqual([
      'palpitations',
    ]);
    expect(layConditionTerms("I can't fall asleep until two in the morning.", MAN)).toEqual(['insomnia']);
    expect(layConditionTerms('Both his legs get puffy by suppertime.', MAN)).toEqual(['localized edema']);
    expect(layConditionTerms('My periods got a lot heavier this year.', WOMAN)).toEqual(['menorrhagia']);
    expect(layConditionTerms('She leaks some urine whenever she sneezes.', WOMAN)).toEqual([
      'stress incontinence',
    ]);
    expect(layConditionTerms('He wakes up twice a night to pee.', MAN)).toEqual(['nocturia']);
    expect(layConditionTerms('I get winded carrying the laundry upstairs.', WOMAN)).toEqual([
      'shortness of breath',
    ]);
    expect(layConditionTerms('She keeps forgetting where she parked.', WOMAN)).toEqual(['memory loss']);
    expect(layConditionTerms("I'm anxious all the time at work.", WOMAN)).toEqual(['anxiety']);
    expect(layConditionTerms('The baby has pink eye again.', WOMAN)).toEqual(['conjunctivitis']);
  });

  it('reads no symptom from a question, a denial, a relative or one swollen injured joint', () => {
    expect(layConditionTerms('Does your heart ever race?', MAN)).toEqual([]);
    expect(layConditionTerms("No, I'm not winded at all.", MAN)).toEqual([]);
    expect(layConditionTerms('My sister has really heavy periods too.', WOMAN)).toEqual([]);
    expect(layConditionTerms('I rolled my ankle and it swelled up.', MAN)).toEqual([]);
  });

  it('reads pain of the lower back and trouble passing urine said in lay words', () => {
    // A warehouse worker's back and an older man's urinary complaint.
    expect(
      layConditionTerms('Lifting boxes, I got this ache across the lower part of my back.', MAN),
    ).toEqual(['low back pain']);
    expect(layConditionTerms('My low back is sore every morning.', WOMAN)).toEqual(['low back pain']);
    expect(layConditionTerms("He's been having trouble peeing for a few months.", MAN)).toEqual([
      'difficulty micturition',
    ]);
    // A urology visit reads the stone's organ from the scan.
    expect(
      layConditionTerms('The scan shows a stone measuring four millimeters in the distal right ureter.', MAN),
    ).toEqual(['ureter calculus']);
    expect(layConditionTerms('There is a small stone in her gallbladder.', WOMAN)).toEqual([
      'gallbladder calculus',
    ]);
    // Unpunctuated speech runs on past the finding; a denial after it does not deny the stone.
    expect(
      layConditionTerms(
        'the ct shows a stone located in the right ureter and there is no swelling of the kidney',
        MAN,
      ),
    ).toEqual(['ureter calculus']);
    expect(layConditionTerms('my father had a stone in his bladder', MAN)).toEqual([]);
    expect(layConditionTerms('there is no stone in the ureter', MAN)).toEqual([]);
    // The back of the hand is no back; a lower back without pain is no complaint.
    expect(layConditionTerms('The rash on the lower back of my hand hurts.', WOMAN)).toEqual([]);
    expect(layConditionTerms('Lie on your lower back for the stretch.', WOMAN)).toEqual([]);
  });

  it('reads a weight said to be going down as weight loss', () => {
    expect(layConditionTerms('My weight has been going down and my clothes are loose.', MAN)).toEqual([
      'weight loss',
    ]);
  });

  it('leaves out a weight change that was the goal', () => {
    expect(layConditionTerms('I lost twenty pounds on the keto diet, I feel great.', MAN)).toEqual([]);
    expect(layConditionTerms('He is losing weight by working out at the gym.', MAN)).toEqual([]);
  });

  it('codes low testosterone as hypogonadism of the sex the visit speaks of', () => {
    expect(layConditionTerms('Your testosterone came back low again.', MAN)).toEqual(['male hypogonadism']);
    expect(layConditionTerms('We talked about her hypogonadism last time.', WOMAN)).toEqual([
      'female hypogonadism',
    ]);
    expect(layConditionTerms('The lab says low T.', 'The patient is here for labs.')).toEqual([
      'hypogonadism',
    ]);
  });

  it('names the chronic condition a medicine is taken for', () => {
    expect(layConditionTerms('I take the amlodipine for my blood pressure every morning.', MAN)).toEqual([
      'hypertension',
    ]);
    expect(layConditionTerms('Her cholesterol pills make her legs ache.', WOMAN)).toEqual(['hyperlipidemia']);
    expect(
      layConditionTerms('Your sugars look better on the metformin.', `${MAN} Keep the metformin.`),
    ).toEqual(['diabetes']);
  });

  it('reads a slow or replaced thyroid as hypothyroidism, an overactive one as hyperthyroidism', () => {
    expect(layConditionTerms('She still takes her levothyroxine on an empty stomach.', WOMAN)).toEqual([
      'hypothyroidism',
    ]);
    expect(layConditionTerms('They told me years back I have a slow thyroid.', MAN)).toEqual([
      'hypothyroidism',
    ]);
    expect(layConditionTerms('The endocrinologist said my thyroid is overactive.', WOMAN)).toEqual([
      'hyperthyroidism',
    ]);
  });

  it('reads sugars checked at home or a sugar medicine as diabetes, whatever drug the visit names', () => {
    expect(layConditionTerms('I check my sugars twice a day and they run about 140.', WOMAN)).toEqual([
      'diabetes',
    ]);
    expect(layConditionTerms('He takes his sugar pills with breakfast.', MAN)).toEqual(['diabetes']);
  });

  it('leaves out a blood pressure checked or low, and sugars without a diabetes drug', () => {
    expect(layConditionTerms("Let's recheck your blood pressure in two weeks.", MAN)).toEqual([]);
    expect(layConditionTerms('My blood pressure was low when I stood up.', WOMAN)).toEqual([]);
    expect(layConditionTerms('Cut back on the sugars in your coffee.', WOMAN)).toEqual([]);
  });

  it('gives nothing for a question, a denial or a relative', () => {
    expect(layConditionTerms('Have you lost any weight?', MAN)).toEqual([]);
    expect(layConditionTerms('No, my lymph nodes are not swollen.', WOMAN)).toEqual([]);
    expect(layConditionTerms('My father takes pills for his blood pressure.', MAN)).toEqual([]);
    expect(layConditionTerms('Her grandma checks her sugars with a meter.', WOMAN)).toEqual([]);
  });
  it('reads kidneys said to work poorly as chronic kidney disease, with a stage when one is said', () => {
    // A retired teacher with long-standing blood pressure, and a nephrology follow-up by video.
    expect(
      layConditionTerms("My kidney doctor says my kidneys aren't working as well as they should.", WOMAN),
    ).toEqual(['chronic kidney disease']);
    expect(layConditionTerms('your kidney function is down a little again on these labs', MAN)).toEqual([
      'chronic kidney disease',
    ]);
    expect(layConditionTerms('He has stage three kidney disease from the pressure.', MAN)).toEqual([
      'chronic kidney disease stage 3',
    ]);
    expect(layConditionTerms('Her kidney function is normal.', WOMAN)).toEqual([]);
    expect(layConditionTerms('Are your kidneys not working well?', WOMAN)).toEqual([]);
  });
});

describe('layConditionTerms in speech-recognition wording', () => {
  it('keeps what a run-on, unpunctuated sentence says before a later denial', () => {
    expect(
      layConditionTerms(
        "my lower back has been killing me since the move no numbness or tingling okay we'll start therapy",
        WOMAN,
      ),
    ).toEqual(['low back pain']);
    // A denial just before, or "not" after it, still denies it; a question asks it.
    expect(layConditionTerms('no lower back pain at all', WOMAN)).toEqual([]);
    expect(layConditionTerms('the lower back pain is not there anymore', WOMAN)).toEqual([]);
    expect(layConditionTerms('any lower back pain no', WOMAN)).toEqual([]);
  });

  it('reads a blood pressure asked after in a visit that names a drug for it', () => {
    const visit = 'you are on the losartan fifty milligrams';
    expect(layConditionTerms('how has your blood pressure been at home?', visit)).toEqual(['hypertension']);
    expect(layConditionTerms('so how is the bp doing', visit)).toEqual(['hypertension']);
    // No drug for it: a blood pressure asked after is everyone's vital sign.
    expect(layConditionTerms('how has your blood pressure been at home?', WOMAN)).toEqual([]);
    expect(layConditionTerms('your blood pressure is a little low today', visit)).toEqual([]);
  });

  it('reads sugars running high in a diabetic as diabetes with hyperglycemia', () => {
    expect(layConditionTerms('my sugars keep running high in the mornings', 'i take my glipizide')).toEqual([
      'diabetes with hyperglycemia',
    ]);
    expect(layConditionTerms('my sugars are good', 'i take my glipizide')).toEqual(['diabetes']);
  });

  it('reads a level said to be low as its deficiency, not a low-salt diet', () => {
    expect(layConditionTerms('your vitamin d came back low at twelve', WOMAN)).toEqual([
      'vitamin d deficiency',
    ]);
    expect(layConditionTerms('the potassium was a bit low on the labs', MAN)).toEqual(['hypokalemia']);
    expect(layConditionTerms('stick to a low sodium diet please', MAN)).toEqual([]);
  });

  it('reads a condition said by its abbreviation as one word', () => {
    expect(layConditionTerms('his copd has been about the same', MAN)).toEqual([
      'chronic obstructive pulmonary disease',
    ]);
    expect(layConditionTerms('my afib has been acting up again', WOMAN)).toEqual(['atrial fibrillation']);
    expect(layConditionTerms('does your mother have copd', WOMAN)).toEqual([]);
  });

  it('reads a kidney disease stage said in words before "chronic"', () => {
    expect(layConditionTerms('you have stage three chronic kidney disease', WOMAN)).toEqual([
      'chronic kidney disease stage 3',
    ]);
  });

  it('reads the lay words after a split word was joined in place', () => {
    expect(layConditionTerms('i have an underactive  thyroid', WOMAN)).toEqual(['hypothyroidism']);
  });
});

describe('ANY_LAY_TERM', () => {
  it('joins every pattern a term needs into one first test', () => {
    expect(joinsNothing(ANY_LAY_TERM)).toBe(false);
    expect(joinsNothing(ANY_LAY_SYMPTOM)).toBe(false);
  });
});
