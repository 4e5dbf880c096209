/**
 * "Start amoxicillin for the ear infection, and give acetaminophen for the fever": a medicine for a
 * symptom ("for the fever", "for his cough", "honey can help the cough") relieves the problem under discussion; the symptom is
 * not a problem of its own that the plan should be filed under; nor is a symptom that only says when
 * ("keep her home until the fever is gone").
 */
import type { AssessedProblem } from './types.js';

// Symptoms that comfort measures treat while the cause is treated.
const SYMPTOMS = new Set([
  'fever',
  'cough',
  'headache',
  'nausea',
  'vomiting',
  'itching',
  'congestion',
  'nasal congestion',
  'rhinorrhea',
  'sore throat',
  'myalgia',
  'diarrhea',
  'sneezing',
  'ear pain',
]);

/**
 * Whether a plan sentence names `named` only as the symptom a medicine is for or a condition of the
 * advice ("until the fever is gone"), so that it stays with the problem being discussed.
 */
export function onlyRelievesSymptom(text: string, named: AssessedProblem): boolean {
  const key = (named.key ?? named.name).toLowerCase();
  if (!SYMPTOMS.has(key)) return false;
  const lower = text.toLowerCase();
  const name = named.name.toLowerCase();
  const spoken = [name, key].find((n) => lower.includes(n));
  if (!spoken) return false;
  const escaped = spoken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const any = new RegExp(`\\b${escaped}\\b`, 'g');
  const asPurpose = new RegExp(
    `\\b(?:for|with|until|unless|if|when|once|while|help|helps|ease|eases|soothe|soothes|relieve|relieves|calm|calms|settle|settles)\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|any\\s+|your\\s+)?${escaped}\\b`,
    'g',
  );
  const all = lower.match(any)?.length ?? 0;
  return all > 0 && (lower.match(asPurpose)?.length ?? 0) === all;
}
