/**
 * Conditions that patients and clinicians name in everyday words an office visit uses instead of the
 * index's terms: an organ "is enlarged" or "swollen" (Enlargement, prostate → N40.0), pounds "lost"
 * (Loss, weight → R63.4) or "gained", a "low testosterone" (Hypogonadism), a medicine "for my blood
 * pressure" or "for the cholesterol" or a thyroid hormone taken (the chronic condition it treats), "my
 * sugars" beside a diabetes drug, pain "in the lower part of my back", "trouble peeing", a stone "located in the left ureter". Each sentence that says one gives the index term a coder would look up; what is looked up and
 * coded is decided by the usual retrieval and rules.
 */

import { ABBREVIATION_KEYS, expandAbbreviations } from './clinical-abbreviations.js';
import { patternUnion } from './pattern-union.js';

/** An organ said, after it or before it, to be enlarged or swollen. */
const ORGAN = '(prostate|thyroid(?: gland)?|lymph nodes?|lymph glands?|glands|liver|spleen|tonsils|adenoids)';
const ENLARGED = '(enlarged|swollen|big|bigger|larger)';
const INTENSITY = '(?:(?:a little|a bit|a little bit|slightly|very|really|quite|kind of|somewhat|more) )?';
const ORGAN_ENLARGED = new RegExp(
  String.raw`\b${ORGAN}(?: (?:in|on|under) (?:my|his|her|your|the|their) \w+)? (?:is|are|was|were|has been|have been|feels?|felt|seems?|looks?|got|gotten|getting|became|is getting) ${INTENSITY}${ENLARGED}\b`,
  'i',
);
const ENLARGED_ORGAN = new RegExp(String.raw`\b(enlarged|swollen) ${ORGAN}\b`, 'i');

/** The index's words for an enlarged organ ("lymph glands" → "enlarged lymph nodes"). */
function enlargedTerm(organ: string): string {
  const o = organ.toLowerCase();
  if (/lymph|glands/.test(o)) return 'enlarged lymph nodes';
  if (/thyroid/.test(o)) return 'goiter';
  if (o === 'liver') return 'hepatomegaly';
  if (o === 'spleen') return 'splenomegaly';
  return `enlarged ${o}`;
}

const NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty';
const AMOUNT = String.raw`(?:(?:about|around|almost|over|nearly|like|close to|maybe|roughly|at least|more than) )?(?:\d+|a few|several|some|a couple(?: of)?|(?:${NUMBER})(?:[- ](?:${NUMBER}))?)`;
const WEIGHT_LOST = new RegExp(
  String.raw`\b(?:lost|losing|dropped|down) ${AMOUNT} (?:pounds|lbs|kilos|kilograms|kg)\b|\b(?:lost|losing|been losing) (?:some |a lot of |a little |a bit of |so much |too much )?weight\b|\bweight loss\b|\bweight(?:'s| is| has| has been|'s been) (?:going|gone|coming|come|been going|dropping|dropped|falling) (?:down|off)?`,
  'i',
);
const WEIGHT_GAINED = new RegExp(
  String.raw`\b(?:gained|gaining|put on|up) ${AMOUNT} (?:pounds|lbs|kilos|kilograms|kg)\b|\b(?:gained|gaining|been gaining|put on) (?:some |a lot of |a little |a bit of |so much |too much )?weight\b`,
  'i',
);
/** A change of weight that was sought is no abnormal weight change ("lost ten pounds with the diet"). */
const INTENDED =
  /(?<!without )\btry(?:ing)? to\b|\bdiet(?:ing)?\b|\bexercis|\bon purpose\b|\bintentional|\bgoal\b|\bwatching what\b|\bwegovy\b|\bozempic\b|\bbariatric\b|\bgym\b|\bworking out\b|\bcutting (?:back|down)\b/i;

const LOW_TESTOSTERONE =
  /\blow (?:testosterone|t)\b|\btestosterone (?:level |levels )?(?:is|was|were|are|came back|has been|have been|being) (?:\w+ )?(?:low|down)\b|\bhypogonadism\b/i;

const FOR_BLOOD_PRESSURE =
  /\b(?:blood pressure|bp) (?:medicine|medicines|medication|medications|meds|pills?)\b|\b(?:for|with) (?:my|his|her|your|the|their) (?:high )?(?:blood pressure|bp)\b|\b(?:blood pressure|bp) (?:is|was|has been|have been|runs|running|been) (?:\w+ )?(?:high|elevated|up|uncontrolled|not controlled)\b/i;
const FOR_CHOLESTEROL =
  /\b(?:cholesterol|lipids?) (?:medicine|medicines|medication|medications|meds|pills?)\b|\b(?:for|with) (?:my|his|her|your|the|their) (?:high )?(?:cholesterol|lipids)\b|\b(?:cholesterol|lipids?) (?:is|was|has been|have been|runs|running|been) (?:\w+ )?(?:high|elevated|up)\b/i;
/** A blood pressure said to be low or checked is no hypertension. */
const NOT_HIGH = /\b(?:low|dropp\w*|check\w*|measur\w*|monitor\w*|cuff|reading)\b/i;

/** A thyroid said to be slow, or its replacement hormone taken: hypothyroidism; said to run fast: hyperthyroidism. */
const THYROID_LOW =
  /\b(?:underactive|slow|low) thyroid\b|\bthyroid (?:is|was|has been|runs|running) (?:\w+ )?(?:low|underactive|slow)\b|\bthyroid (?:medicine|medication|meds|pills?|hormone replacement)\b|\b(?:levothyroxine|synthroid|levoxyl|unithroid|euthyrox|armour thyroid)\b/i;
const THYROID_HIGH =
  /\b(?:overactive|fast) thyroid\b|\bthyroid (?:is|was|has been|runs|running) (?:\w+ )?(?:overactive|high|fast)\b/i;

const SUGARS = /\b(?:blood )?sugars?\b/i;
/** Sugars checked at home or treated with a medicine: a diabetes, whatever drug the visit names. */
const SUGARS_MANAGED =
  /\bcheck(?:s|ed|ing)? (?:my|his|her|your|their|the) (?:blood )?sugars?\b|\b(?:blood )?sugar (?:medicine|medicines|medication|medications|meds|pills?)\b|\b(?:for|with) (?:my|his|her|your|their|the) (?:blood )?sugars?\b/i;
const DIABETES_DRUG =
  /\b(?:metformin|glucophage|glipizide|glyburide|glimepiride|januvia|sitagliptin|jardiance|empagliflozin|farxiga|dapagliflozin|trulicity|ozempic|victoza|insulin|lantus|humalog|novolog|levemir|tresiba)\b/i;

/** Sugars said to run high or be out of control: the index's "Diabetes, with hyperglycemia" (poorly controlled). */
const SUGARS_HIGH =
  /\b(?:blood )?sugars? (?:(?:have|has|are|is|were|was|keep|keeps|been|running|still|staying|getting|gotten|always|just|a little|a bit|kind of|pretty|really|way|too) )*(?:high|higher|elevated|up|out of control|uncontrolled|all over the place)\b|\b(?:high|elevated|uncontrolled) (?:blood )?sugars\b/i;

/**
 * A blood pressure asked after or reviewed ("how has your blood pressure been at home") in a visit
 * that names a drug taken for it: the hypertension it treats, as a diabetes drug makes "sugars" diabetes.
 */
const BLOOD_PRESSURE = /\b(?:blood pressure|bp)s?\b/i;
const BLOOD_PRESSURE_DRUG =
  /\b(?:lisinopril|enalapril|ramipril|benazepril|quinapril|losartan|valsartan|olmesartan|irbesartan|telmisartan|candesartan|amlodipine|nifedipine|hydrochlorothiazide|hctz|chlorthalidone|triamterene)\b/i;
/** A follow-up question about a known condition ("how's your blood pressure been"): it presupposes it. */
const FOLLOW_UP_QUESTION =
  /^\s*(?:(?:and|so|um+|uh+|okay|ok|now|well|alright)\b\s*,?\s*)*how(?:'s| is| has| have| are|'re)? (?:(?:the|your|his|her|their) )?(?:blood pressure|bp|sugars?|blood sugars?)\b/i;

/** A level said to be low ("your vitamin d was low at fourteen", "low potassium"): its deficiency. */
const LOW_LEVEL_TERMS: ReadonlyArray<[string, string]> = [
  ['vitamin d|vit d', 'vitamin d deficiency'],
  ['vitamin b12|vitamin b 12|b12|b 12|vitamin b twelve|b twelve', 'vitamin b12 deficiency'],
  ['potassium', 'hypokalemia'],
  ['sodium', 'hyponatremia'],
  ['magnesium', 'hypomagnesemia'],
  ['iron|ferritin', 'iron deficiency'],
];
const LOW_LEVEL = LOW_LEVEL_TERMS.map(
  ([names, term]) =>
    [
      new RegExp(
        String.raw`\b(?:${names})(?: (?:level|levels|count))? (?:(?:is|was|were|are|came back|come back|has been|have been|'s been|been|still|pretty|really|quite|a little|a bit|kind of|very|too) )*(?:low|deficient|down)\b|\blow (?:${names})\b(?! (?:diet|foods?|intake|salt|meals?|version|supplements?))|\b(?:${names}) deficien`,
        'i',
      ),
      term,
    ] as const,
);

/** Pain of the lower back in lay words ("this pain across the lower part of my back"). */
const LOWER_BACK = /\b(?:lower|low) (?:part of (?:my|your|his|her|the|their) )?back\b(?! of\b)/i;
const PAIN_WORD =
  /\b(?:pain|pains|hurts?|hurting|aches?|aching|achy|sore|soreness|killing (?:me|him|her)|bothering (?:me|him|her)|acting up|giving (?:me|him|her) (?:trouble|problems|grief))\b/i;

/** Trouble passing urine said in lay words: the index's "Difficulty, micturition". */
const DIFFICULT_URINATION =
  /\b(?:difficulty|difficulties|trouble|problems?|hard time|struggling)\s+(?:with\s+)?(?:urinating|urination|peeing|passing urine|passing water)\b/i;

/** A stone said to sit in a urinary organ or the gallbladder ("a stone … located in the left ureter"). */
const STONE_IN_ORGAN =
  /\bstones?\b[^.?!]{0,60}?\b(?:in|at|within|inside|of) (?:the |your |my |his |her |their )?(?:(?:right|left|proximal|distal|mid|middle|upper|lower) ){0,3}(ureter|bladder|kidney|gallbladder|urethra)\b/i;

/**
 * Kidneys said to work poorly ("my kidneys aren't working well", "your kidney function is down a bit",
 * "weak kidneys"): chronic kidney disease, with its stage when the sentence says one.
 */
const KIDNEYS_NOT_WORKING = String.raw`\bkidneys? (?:are|is|were|was|have been|has been|'re|'s)(?: just)? (?:not|n't) (?:working|functioning|filtering) (?:well|right|good|properly|as well(?: as they should)?)\b|\bkidneys? (?:aren't|isn't|weren't|wasn't|don't|doesn't|do not|does not) (?:work|working|function|functioning|filter|filtering) (?:well|right|good|properly|as well(?: as they should)?)\b`;
const KIDNEY_DISEASE = new RegExp(
  String.raw`${KIDNEYS_NOT_WORKING}|\bkidney function (?:is|was|has been|'s|has|keeps|is still)? ?(?:\w+ )?(?:low|down|decreased|reduced|declining|declined|dropping|dropped|worse|worsening|poor|impaired)\b|\b(?:weak|failing|damaged|bad|sick) kidneys\b|\bstage (?:two|three|four|2|3|3a|3b|4) (?:chronic )?kidney\b`,
  'i',
);
const KIDNEY_STAGE = /\bstage (two|three|four|2|3|3a|3b|4)\b/i;
const STAGE_NUMBER: Record<string, string> = { two: '2', three: '3', four: '4' };

/** The index term of the kidney disease a sentence says in lay words, with its stage when said. */
function kidneyDiseaseTerm(sentence: string): string {
  const stage = sentence.match(KIDNEY_STAGE)?.[1]?.toLowerCase();
  if (stage === undefined) return 'chronic kidney disease';
  return `chronic kidney disease stage ${STAGE_NUMBER[stage] ?? stage}`;
}

/**
 * Symptoms said the way patients say them, each with the index term a coder looks up: ringing ears
 * (Tinnitus), a racing or pounding heart (Palpitations), lying awake (Insomnia), swollen ankles or
 * legs (Edema, localized), heavy periods (Menorrhagia), leaking urine (Incontinence, stress when a
 * cough or a laugh brings it on), getting up at night to pass urine (Nocturia), being winded
 * (Dyspnea, shortness of breath), a stomach ache (Pain, abdominal), throwing up (Vomiting), pink eye
 * (Conjunctivitis), forgetting things (Loss, memory), worrying all the time (Anxiety).
 */
const LAY_SYMPTOMS: ReadonlyArray<[RegExp, string]> = [
  [
    /\bringing (?:in|of) (?:my|his|her|your|their|the|both)? ?(?:(?:right|left) )?ears?\b|\bears? (?:(?:is|are|keeps?|keep on|have been|has been|been|always|just|constantly) )*(?:ringing|buzzing)\b|\bbuzzing in (?:my|his|her|your|their|the|both) ears?\b/i,
    'tinnitus',
  ],
  [
    /\bheart (?:(?:is|was|keeps|kept|starts|started|just|sometimes|suddenly|will|would|gets?|like|been|has been|feels like it(?:'s| is)) )*(?:racing|races|raced|pounding|pounds|fluttering|flutters|skipping|skips|flip-flopping|beating (?:really |so |very )?(?:fast|hard))\b|\b(?:racing|pounding|fluttering) (?:of (?:my|the) )?heart(?:beat)?\b|\bskipp(?:ed|ing|s) (?:a )?beats?\b/i,
    'palpitations',
  ],
  [
    /\b(?:can't|cannot|can not|couldn't|could not|unable to|trouble|hard time|difficulty|problems?|struggl(?:e|ing)) (?:to )?(?:with )?(?:fall(?:ing)? asleep|stay(?:ing)? asleep|get(?:ting)? to sleep|sleep(?:ing)?)\b|\b(?:lie|lying|laying|lay) awake\b|\bnot sleeping (?:well|good|at all|much)\b/i,
    'insomnia',
  ],
  [
    /\b(?:ankles|feet|legs|lower legs|both (?:ankles|feet|legs))\b(?: [a-z']+){0,2} (?:(?:are|were|have been|get|gets|getting|been|keep|seem|look|always) )*(?:swollen|swelling up|swell(?: up)?|puffy)\b|\bswollen (?:ankles|feet|legs)\b|\bswelling (?:in|of|around) (?:my|his|her|your|their|the|both) (?:ankles|feet|legs|lower legs)\b/i,
    'localized edema',
  ],
  [
    /\b(?:heavy|heavier|really heavy) (?:periods?|menstrual (?:periods?|bleeding|flow)|flow)\b|\bperiods? (?:(?:are|is|have been|has been|been|got|gotten|getting) )+(?:(?:really|very|so|super|much|a lot) )?(?:heavy|heavier)\b/i,
    'menorrhagia',
  ],
  [
    /\b(?:leak|leaking|leaks|leaked|lose|losing) (?:(?:a little|a little bit of|some|a bit of|a few drops of) )?(?:urine|pee|my bladder|control of (?:my|her|his) bladder)\b|\bwet (?:myself|herself|himself)\b|\bcan't hold (?:my|her|his|it|their) (?:urine|pee|bladder)\b/i,
    'incontinence',
  ],
  [
    /\b(?:get|getting|gets|got|wake|waking|wakes|woke|up)\b(?: up)?(?: [a-z']+){0,5} (?:at night|a night|in the night|every night|each night|during the night|overnight) to (?:pee|urinate|use the bathroom|go to the bathroom|go pee)\b/i,
    'nocturia',
  ],
  [
    /\b(?:out of breath|can't catch (?:my|his|her|their) breath|winded|hard to breathe|hard time breathing|trouble breathing|difficulty breathing)\b/i,
    'shortness of breath',
  ],
  [
    /\b(?:stomach|tummy|belly) ?aches?\b|\b(?:stomach|tummy|belly) (?:has been |is |keeps )?hurt(?:s|ing)\b/i,
    'abdominal pain',
  ],
  [/\b(?:throwing up|threw up|throw up|throws up|puking|puked)\b/i, 'vomiting'],
  [/\bpink ?eye\b/i, 'conjunctivitis'],
  [
    /\b(?:keep|keeps|kept|always|been) forgetting\b|\bforgetful\b|\bmemory (?:is|has been|'s been|has gotten|is getting|was) (?:(?:really|very|so|a lot|kind of|a little) )?(?:bad|worse|poor|going|slipping|not (?:good|great|what it used to be))\b/i,
    'memory loss',
  ],
  [
    /\b(?:nervous|anxious|on edge|worried|worrying|worry) (?:(?:about everything|all the time|constantly|every day|all day) ?)+\b|\bcan't stop worrying\b/i,
    'anxiety',
  ],
];

/** The wordings above that carry a denial word of their own ("can't sleep", "not sleeping well"). */
const SELF_DENYING =
  /\b(?:can't|cannot|can not|couldn't|could not) (?:fall asleep|stay asleep|get to sleep|sleep|catch (?:my|his|her|their) breath|hold (?:my|her|his|it|their) (?:urine|pee|bladder)|stop worrying)\b|\bnot sleeping (?:well|good|at all|much)\b|\bmemory (?:is|has been|'s been|was) not (?:good|great|what it used to be)\b/gi;

/** The stress incontinence index term when a cough, sneeze, laugh or lift brings the leak on. */
const STRESS = /\b(?:cough|sneez|laugh|jump|lift|exercis)\w*/i;

/** The index terms of the symptoms one sentence says in everyday words (LAY_SYMPTOMS). */
function laySymptomTerms(sentence: string): string[] {
  const terms: string[] = [];
  for (const [pattern, term] of LAY_SYMPTOMS)
    if (pattern.test(sentence))
      terms.push(
        term === 'incontinence'
          ? STRESS.test(sentence)
            ? 'stress incontinence'
            : 'urinary incontinence'
          : term,
      );
  return terms;
}

/**
 * A condition said by its abbreviation as one word ("my copd", "the afib", "a uti"), as speech
 * recognition writes it: the spelled-out term. Short or everyday-word abbreviations ("ms", "pad",
 * "sob", "cap") are left to the clinician's full words.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'cap',
  'pad',
  'sob',
  'gad',
  'pna',
  'uc',
  'covid',
  'covid-19',
  'hiv',
]);
const SPOKEN_ABBREVIATION = new RegExp(
  String.raw`\b(?:${ABBREVIATION_KEYS.filter((a) => /^[a-z][a-z0-9]{2,}$/.test(a) && !AMBIGUOUS_ABBREVIATIONS.has(a)).join('|')})\b`,
  'i',
);

/** Said of someone else, asked, denied or only feared: nothing in the sentence is the patient's. */
const NOT_ASSERTED =
  /\b(?:no|not|never|denies|denied|without any|negative for|rule out|worried about|concerned about|family history|mother|father|brother|sister|wife|husband|son|daughter|grand(?:ma|pa|mother|father)|aunt|uncle|cousin)\b|\?\s*$|^\s*(?:(?:and|so|um+|uh+|okay|now|well)\b\s*,?\s*)*(?:any|do you|did you|have you|has (?:he|she)|are you|is there|were you)\b/i;

const KIDNEYS_NOT_WORKING_ALL = new RegExp(KIDNEYS_NOT_WORKING, 'gi');
/** A sentence's negation counts only where it is not itself the lay wording ("without trying"). */
const blank = (words: string) => ' '.repeat(words.length);
/** Blanked to spaces of the same length, so a denial found in it is at its place in the sentence. */
const stripped = (sentence: string) =>
  sentence
    .replace(/\bwithout (?:even )?trying\b/gi, blank)
    .replace(KIDNEYS_NOT_WORKING_ALL, blank)
    .replace(SELF_DENYING, blank);

/**
 * Words that deny or give away only what follows them ("… killing me no numbness", "… and my father
 * has diabetes"): in a run-on, unpunctuated sentence what was said before them is still the patient's.
 * "Not" denies what came before it ("the pain is not there"); "no longer" too.
 */
const DENIES_WHAT_FOLLOWS =
  /^(?:no|never|denies|denied|without any|negative for|rule out|worried about|concerned about|family history|mother|father|brother|sister|wife|husband|son|daughter|grand(?:ma|pa|mother|father)|aunt|uncle|cousin)$/i;
const NOT_FORWARD_AFTER = /^\s*(?:longer|more|better|worse|change|different|changes)\b/i;

/**
 * Every pattern that gives a term (layConditionTerms adds none without one of these): a sentence the
 * union does not match says none, and most sentences say none, so they are ruled out in one pass.
 */
export const ANY_LAY_TERM = patternUnion([
  STONE_IN_ORGAN,
  ORGAN_ENLARGED,
  ENLARGED_ORGAN,
  WEIGHT_LOST,
  WEIGHT_GAINED,
  LOW_TESTOSTERONE,
  FOR_BLOOD_PRESSURE,
  FOR_CHOLESTEROL,
  THYROID_HIGH,
  THYROID_LOW,
  SUGARS,
  SUGARS_MANAGED,
  LOWER_BACK,
  DIFFICULT_URINATION,
  KIDNEY_DISEASE,
  SUGARS_HIGH,
  BLOOD_PRESSURE,
  ...LOW_LEVEL.map(([pattern]) => pattern),
  SPOKEN_ABBREVIATION,
]);
/** The everyday symptom wordings (LAY_SYMPTOMS), ruled out in one pass the same way. */
export const ANY_LAY_SYMPTOM = patternUnion(LAY_SYMPTOMS.map(([pattern]) => pattern));

/**
 * The index terms one sentence says in lay words, as phrases to code ("my prostate is enlarged" →
 * "enlarged prostate"). `visit` is the whole conversation (the patient's sex and drugs are read there).
 * A question, a denial, a relative's history or an intended change of weight gives none.
 */
export function layConditionTerms(spoken: string, visit: string): string[] {
  // Words respelled in place leave runs of spaces (spoken-forms.ts); the patterns read single ones.
  const single = /\s\s/.test(spoken) ? spoken.replace(/\s{2,}/g, ' ') : spoken;
  if (!ANY_LAY_TERM.test(single) && !ANY_LAY_SYMPTOM.test(single)) return [];
  // A follow-up question about a known condition asserts it: its question mark denies nothing.
  const sentence = FOLLOW_UP_QUESTION.test(single) ? single.replace(/\?\s*$/, '') : single;
  // A scan's finding runs on in unpunctuated speech ("… in the left ureter and there's no swelling"):
  // only the words before the stone may deny it or give it to someone else.
  const stone = sentence.match(STONE_IN_ORGAN);
  const stoneTerms =
    stone && !NOT_ASSERTED.test(sentence.slice(0, stone.index ?? 0))
      ? [`${stone[1]?.toLowerCase()} calculus`]
      : [];
  const denial = NOT_ASSERTED.exec(stripped(sentence));
  if (denial === null) return [...stoneTerms, ...assertedTerms(sentence, visit)];
  const at = denial.index;
  const saidBefore =
    at > 0 &&
    DENIES_WHAT_FOLLOWS.test(denial[0]) &&
    !NOT_FORWARD_AFTER.test(sentence.slice(at + denial[0].length)) &&
    sentence.slice(0, at).trim().split(/\s+/).length >= 4;
  if (!saidBefore) return stoneTerms;
  return [...new Set([...stoneTerms, ...assertedTerms(sentence.slice(0, at), visit)])];
}

/** The terms a sentence (or the asserted part of one) says, none of it denied or asked. */
function assertedTerms(sentence: string, visit: string): string[] {
  const terms: string[] = [];
  const organ = sentence.match(ORGAN_ENLARGED)?.[1] ?? sentence.match(ENLARGED_ORGAN)?.[2];
  if (organ !== undefined) terms.push(enlargedTerm(organ));
  if (!INTENDED.test(sentence)) {
    if (WEIGHT_LOST.test(sentence)) terms.push('weight loss');
    else if (WEIGHT_GAINED.test(sentence)) terms.push('weight gain');
  }
  if (LOW_TESTOSTERONE.test(sentence)) terms.push(hypogonadismTerm(visit));
  if (
    (FOR_BLOOD_PRESSURE.test(sentence) ||
      (BLOOD_PRESSURE.test(sentence) && BLOOD_PRESSURE_DRUG.test(visit))) &&
    !NOT_HIGH.test(sentence)
  )
    terms.push('hypertension');
  if (FOR_CHOLESTEROL.test(sentence)) terms.push('hyperlipidemia');
  if (THYROID_HIGH.test(sentence)) terms.push('hyperthyroidism');
  else if (THYROID_LOW.test(sentence)) terms.push('hypothyroidism');
  if ((SUGARS.test(sentence) && DIABETES_DRUG.test(visit)) || SUGARS_MANAGED.test(sentence))
    terms.push(SUGARS_HIGH.test(sentence) ? 'diabetes with hyperglycemia' : 'diabetes');
  for (const [pattern, term] of LOW_LEVEL) if (pattern.test(sentence)) terms.push(term);
  if (LOWER_BACK.test(sentence) && PAIN_WORD.test(sentence)) terms.push('low back pain');
  if (DIFFICULT_URINATION.test(sentence)) terms.push('difficulty micturition');
  if (KIDNEY_DISEASE.test(sentence)) terms.push(kidneyDiseaseTerm(sentence));
  terms.push(...laySymptomTerms(sentence));
  const abbreviation = sentence.match(SPOKEN_ABBREVIATION)?.[0];
  if (abbreviation !== undefined) terms.push(expandAbbreviations(abbreviation.toLowerCase()));
  return terms;
}

/** Hypogonadism by the sex the visit speaks of most: the index sends a man's to testicular hypofunction. */
function hypogonadismTerm(visit: string): string {
  const count = (pattern: RegExp) => visit.match(pattern)?.length ?? 0;
  const male = count(/\b(?:he|him|his|man|male|gentleman|testicles?|testes)\b/gi);
  const female = count(/\b(?:she|her|hers|woman|female|lady|ovaries|ovary|menstrual|periods?)\b/gi);
  return male > 2 * female ? 'male hypogonadism' : female > 2 * male ? 'female hypogonadism' : 'hypogonadism';
}
