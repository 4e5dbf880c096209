import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { FactCategory } from '../template.js';
import { words } from './tokens.js';

/** A section header phrase (lowercase words) and the fact category that follows it. */
export interface SectionHeaderRule {
  phrase: string;
  category: FactCategory;
}

const MEDSPACY_TO_CATEGORY: Record<string, FactCategory> = {
  allergy: 'allergy',
  allergies: 'allergy',
  chief_complaint: 'chief-complaint',
  patient_education: 'plan',
  diagnoses: 'assessment',
  family_history: 'family',
  history_of_present_illness: 'hpi',
  hospital_course: 'hpi',
  imaging: 'results',
  labs_and_studies: 'results',
  medications: 'medication',
  neurological: 'exam',
  observation_and_plan: 'assessment',
  past_medical_history: 'history',
  patient_instructions: 'follow-up',
  physical_exam: 'exam',
  problem_list: 'assessment',
  reason_for_examination: 'chief-complaint',
  social_history: 'social',
};

// Single words that are safe as spoken headers; others ("primary", "history", "consult") are too
// common in conversation to switch sections on.
const SAFE_SINGLE_WORDS = new Set([
  'assessment',
  'impression',
  'labs',
  'imaging',
  'medications',
  'allergies',
  'findings',
]);

const fileSchema = z.object({
  section_rules: z.array(z.object({ literal: z.string().min(1), category: z.string() })),
});

/** Parse medspaCy's section_patterns.json into header phrases usable on speech. */
export function parseSectionPatterns(json: unknown): SectionHeaderRule[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('invalid_template', 'section_patterns.json does not match the medspaCy format', {
      cause: parsed.error,
    });
  }
  const rules: SectionHeaderRule[] = [];
  const seen = new Set<string>();
  for (const r of parsed.data.section_rules) {
    const category = MEDSPACY_TO_CATEGORY[r.category];
    const phrase = words(r.literal).join(' ');
    if (!category || !phrase || seen.has(phrase)) continue;
    if (!phrase.includes(' ') && !SAFE_SINGLE_WORDS.has(phrase)) continue;
    seen.add(phrase);
    rules.push({ phrase, category });
  }
  return [...rules, ...spokenHeaderRules];
}

// How clinicians announce sections aloud when dictating in the room.
const SPOKEN: Array<[FactCategory, string]> = [
  [
    'exam',
    'physical exam|physical examination|on exam|on examination|your exam|my exam|examining you|exam today',
  ],
  ['vitals', 'vital signs|your vitals|vitals today'],
  [
    'results',
    'your results|test results|lab results|your labs|blood work|x ray|xray|mri|ct scan|ultrasound|echocardiogram|ekg',
  ],
  [
    'assessment',
    'assessment and plan|my assessment|my impression|assessment|impression|diagnosis|first problem|second problem|third problem|next problem|last problem',
  ],
  ['ros', 'review of systems'],
  ['history', 'past medical history|medical history|surgical history'],
  ['social', 'social history'],
  ['family', 'family history'],
  ['medication', 'your medications|current medications'],
  ['allergy', 'any allergies|drug allergies'],
];

export const spokenHeaderRules: SectionHeaderRule[] = SPOKEN.flatMap(([category, phrases]) =>
  phrases.split('|').map((phrase) => ({ phrase, category })),
);

/** Header rules used when the medspaCy file is not available. */
export const builtinSectionHeaderRules: SectionHeaderRule[] = [
  { phrase: 'chief complaint', category: 'chief-complaint' },
  { phrase: 'history of present illness', category: 'hpi' },
  { phrase: 'impression and plan', category: 'assessment' },
  { phrase: 'discharge instructions', category: 'follow-up' },
  ...spokenHeaderRules,
];

/**
 * The header announced near the start of a sentence ("on physical examination, ..."), if any.
 * `leadWords` are the sentence's first words; a header further in is just conversation.
 */
export function detectHeader(
  leadWords: string,
  rules: readonly SectionHeaderRule[],
): FactCategory | undefined {
  let best: SectionHeaderRule | undefined;
  for (const r of rules) {
    if (` ${leadWords} `.includes(` ${r.phrase} `) && r.phrase.length > (best?.phrase.length ?? 0)) best = r;
  }
  return best?.category;
}
