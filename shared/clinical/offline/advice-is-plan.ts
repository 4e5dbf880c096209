/**
 * Where the clinician's advice goes: a sentence the rewrite documented as advice ("Advised to keep
 * her home from daycare until the fever is gone", "Advised to use a humidifier at night") is the
 * plan, whatever history words it carries (a fever, a cough): never the patient's Subjective.
 */
import type { FactCategory } from '../template.js';

// The history a sentence with symptom words would otherwise be filed under.
const HISTORY = new Set<FactCategory>(['hpi', 'symptom', 'ros', 'history', 'social', 'medication']);

/** The category of a drafted sentence, the plan when it is the clinician's advice. */
export function adviceIsPlan(category: FactCategory, text: string): FactCategory {
  return HISTORY.has(category) && /^Advised to\b/.test(text) ? 'plan' : category;
}
