import { type Token, tokenize } from './tokens.js';

/** A medication mention with the dose, route and frequency spoken with it. */
export interface MedicationMention {
  name: string;
  dose?: string;
  route?: string;
  frequency?: string;
}

const DOSE_RE =
  /\b(\d+(?:\.\d+)?)\s*(mg|mcg|g|grams?|units?|ml|mL|milliliters?|tablets?|pills?|puffs?|capsules?|%)(?=\W|$)/i;
const ROUTE_RE =
  /\b(by mouth|orally|po|topically|topical|intravenously|iv|subcutaneously|subcutaneous|intramuscular|im|inhaled|inhaler|injections?|nasal spray|eye drops|patch|cream|ointment)\b/i;
const FREQUENCY_RE =
  /\b(once a day|once daily|twice a day|twice daily|(?:\d|three|four) times a day|(?:\d|three|four) times daily|every \d+ (?:to \d+ )?hours|every (?:morning|night|evening|day|other day|week)|daily|nightly|weekly|monthly|at (?:bed ?time|night)|in the (?:morning|evening)|as needed|prn|bid|tid|qid|qd|qhs)\b/i;

// The first words of the two-word names in each drug list (lists are built once, never changed):
// most words open no drug name, and need no two-word look-up.
const openingWords = new WeakMap<ReadonlySet<string>, Set<string>>();

function firstWordsOf(drugNames: ReadonlySet<string>): Set<string> {
  let words = openingWords.get(drugNames);
  if (!words) {
    words = new Set();
    for (const name of drugNames) {
      const space = name.indexOf(' ');
      if (space >= 0) words.add(name.slice(0, space));
    }
    openingWords.set(drugNames, words);
  }
  return words;
}

/** Drug names found in the tokens (single words or two-word names), longest first. */
export function findDrugNames(
  tokens: readonly Token[],
  drugNames: ReadonlySet<string>,
): Array<{ start: number; end: number; name: string }> {
  const found: Array<{ start: number; end: number; name: string }> = [];
  const opening = firstWordsOf(drugNames);
  for (let i = 0; i < tokens.length; i++) {
    const one = tokens[i]?.lower ?? '';
    const two = opening.has(one) ? `${one} ${tokens[i + 1]?.lower ?? ''}` : '';
    if (two && drugNames.has(two)) {
      found.push({ start: i, end: i + 2, name: two });
      i++;
    } else if (one.length > 2 && drugNames.has(one)) {
      found.push({ start: i, end: i + 1, name: one });
    }
  }
  return found;
}

/**
 * Medications in a sentence whose numbers are already digits: the dose/route/frequency that
 * follow each drug name, up to the next drug name.
 */
export function extractMedications(
  normalizedText: string,
  drugNames: ReadonlySet<string>,
): MedicationMention[] {
  const tokens = tokenize(normalizedText);
  const names = findDrugNames(tokens, drugNames);
  return names.map((n, k) => {
    const from = tokens[n.end - 1]?.end ?? 0;
    const to = names[k + 1]
      ? (tokens[names[k + 1]?.start ?? 0]?.start ?? normalizedText.length)
      : normalizedText.length;
    // Only look a short way ahead: in conversation the dose follows the name closely.
    const tail = normalizedText.slice(from, Math.min(to, from + 80));
    const med: MedicationMention = { name: n.name };
    const dose = DOSE_RE.exec(tail);
    if (dose) med.dose = `${dose[1]} ${normalizeUnit(dose[2] ?? '')}`;
    const route = ROUTE_RE.exec(tail)?.[1];
    if (route) med.route = route.toLowerCase();
    const frequency = FREQUENCY_RE.exec(tail)?.[1];
    if (frequency) med.frequency = frequency.toLowerCase();
    return med;
  });
}

function normalizeUnit(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith('gram')) return 'g';
  if (u.startsWith('milliliter') || u === 'ml') return 'mL';
  return u;
}

/** "Ibuprofen 400 mg by mouth twice a day" */
export function formatMedication(m: MedicationMention): string {
  const name = m.name.charAt(0).toUpperCase() + m.name.slice(1);
  return [name, m.dose, m.route, m.frequency].filter(Boolean).join(' ');
}
