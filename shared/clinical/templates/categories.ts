import type { FactCategory } from '../template.js';

/** What the patient tells: the history part of every template. */
export const historyCategories: FactCategory[] = [
  'chief-complaint',
  'hpi',
  'symptom',
  'ros',
  'history',
  'medication',
  'allergy',
  'social',
  'family',
];
