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

/** Each phrase's first rule (the one detectHeader keeps among equals) with its place in the list. */
interface PhraseIndex {
  rules: Map<string, [number, SectionHeaderRule]>;
  /** Every phrase's leading words ("physical", "physical exam"): a run of words not among them ends. */
  prefixes: Set<string>;
}

const phraseIndexes = new WeakMap<readonly SectionHeaderRule[], PhraseIndex>();

function phraseIndex(rules: readonly SectionHeaderRule[]): PhraseIndex {
  let index = phraseIndexes.get(rules);
  if (!index) {
    index = { rules: new Map(), prefixes: new Set() };
    for (const [i, r] of rules.entries()) {
      if (!index.rules.has(r.phrase)) index.rules.set(r.phrase, [i, r]);
      const ws = r.phrase.split(' ');
      for (let n = 1; n <= ws.length; n++) index.prefixes.add(ws.slice(0, n).join(' '));
    }
    phraseIndexes.set(rules, index);
  }
  return index;
}

/**
 * The header announced near the start of a sentence ("on physical examination, ..."), if any: the
 * longest phrase found as whole words, the first such rule among equals. `leadWords` are the
 * sentence's first words; a header further in is just conversation.
 */
export function detectHeader(
  leadWords: string,
  rules: readonly SectionHeaderRule[],
): FactCategory | undefined {
  // A phrase found between spaces is a run of the space-separated words: look the runs up rather
  // than search the words for every rule.
  const index = phraseIndex(rules);
  const ws = leadWords.split(' ');
  let best: [number, SectionHeaderRule] | undefined;
  for (let from = 0; from < ws.length; from++) {
    let run = '';
    for (let to = from; to < ws.length; to++) {
      run = to === from ? (ws[to] ?? '') : `${run} ${ws[to]}`;
      if (!index.prefixes.has(run)) break;
      const found = index.rules.get(run);
      if (!found) continue;
      const longer = found[1].phrase.length - (best?.[1].phrase.length ?? 0);
      if (longer > 0 || (longer === 0 && best && found[0] < best[0])) best = found;
    }
  }
  return best?.[1].category;
}
