/**
 * Clinical abbreviations clinicians say or write, expanded before code retrieval because ICD-10-CM
 * titles spell terms out ("HTN" never appears in a title).
 */
const ABBREVIATIONS: Record<string, string> = {
  htn: 'hypertension',
  t2dm: 'type 2 diabetes mellitus',
  t1dm: 'type 1 diabetes mellitus',
  dm2: 'type 2 diabetes mellitus',
  dm1: 'type 1 diabetes mellitus',
  dm: 'diabetes mellitus',
  niddm: 'type 2 diabetes mellitus',
  iddm: 'type 1 diabetes mellitus',
  copd: 'chronic obstructive pulmonary disease',
  chf: 'congestive heart failure',
  hf: 'heart failure',
  hfref: 'systolic heart failure',
  hfpef: 'diastolic heart failure',
  gerd: 'gastro-esophageal reflux disease',
  uti: 'urinary tract infection',
  uri: 'acute upper respiratory infection',
  ckd: 'chronic kidney disease',
  aki: 'acute kidney failure',
  esrd: 'end stage renal disease',
  afib: 'atrial fibrillation',
  af: 'atrial fibrillation',
  oa: 'osteoarthritis',
  ra: 'rheumatoid arthritis',
  cad: 'coronary artery disease',
  mi: 'myocardial infarction',
  stemi: 'st elevation myocardial infarction',
  nstemi: 'non-st elevation myocardial infarction',
  cva: 'cerebral infarction',
  tia: 'transient cerebral ischemic attack',
  dvt: 'deep vein thrombosis',
  pe: 'pulmonary embolism',
  osa: 'obstructive sleep apnea',
  bph: 'benign prostatic hyperplasia',
  ibs: 'irritable bowel syndrome',
  adhd: 'attention-deficit hyperactivity disorder',
  mdd: 'major depressive disorder',
  gad: 'generalized anxiety disorder',
  ptsd: 'post-traumatic stress disorder',
  hld: 'hyperlipidemia',
  pna: 'pneumonia',
  cap: 'pneumonia',
  sob: 'shortness of breath',
  lbp: 'low back pain',
  hiv: 'human immunodeficiency virus disease',
  pvd: 'peripheral vascular disease',
  pad: 'peripheral vascular disease',
  ms: 'multiple sclerosis',
  sle: 'systemic lupus erythematosus',
  uc: 'ulcerative colitis',
  ugib: 'upper gastrointestinal hemorrhage',
  nafld: 'fatty liver',
  ocd: 'obsessive-compulsive disorder',
  'covid-19': 'covid-19',
  covid: 'covid-19',
};

/**
 * A whole word (a letter, then letters, digits and hyphens, as far as they go) that is an
 * abbreviation: only those are replaced, so the words around them are not copied one by one.
 */
const ABBREVIATION_WORD = new RegExp(
  `(?<![A-Za-z][A-Za-z0-9-]*)(?:${Object.keys(ABBREVIATIONS)
    .map((a) => a.replace(/[-]/g, '\\-'))
    .join('|')})(?![A-Za-z0-9-])`,
  'gi',
);

/** Replaces whole-word abbreviations with their spelled-out terms (case-insensitive). */
export function expandAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_WORD, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
}

/** Every abbreviation expanded here, lower case. */
export const ABBREVIATION_KEYS: readonly string[] = Object.keys(ABBREVIATIONS);
