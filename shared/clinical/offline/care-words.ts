/**
 * Words of what a note records beyond symptom and finding words (namesFinding): examination findings
 * in their plural or normal form, tests and orders, treatment, habits and family history. A clause
 * with one of them documents something, so a run-on holding it is cut into sentences rather than
 * dropped as talk.
 */
const CARE_WORDS =
  /\b(?:murmurs?|gallops?|rubs?|bruits?|crackles|rales|lungs?|heart|rhythm|pulses?|reflexes|range of motion|clear|intact|fractures?|dislocation|jaundice|edema|effusions?|refer(?:s|red|ral)?|order(?:s|ed|ing)?|prescri\w+|tests?|x-?rays?|mri|ct|cat scan|ultrasound|labs?|blood work|biopsy|surgery|procedure|therapy|brace[sd]?|crutches|splint|cast|inhaler|medications?|dose|cigarettes?|smok\w+|alcohol|beer|wine|drinks|family history|father|mother|brother|sister|allerg\w+|diagnos\w+|prognosis|follow[- ]up|urologist|cardiologist|specialist)\b/i;

/** Whether a clause names something a note records (a test, an order, a finding, a habit). */
export const namesCareItem = (text: string): boolean => CARE_WORDS.test(text);
