import { KEPT_ANSWER_REVIEW } from './adherence-answers.js';
import { findDrugNames } from './medications.js';
import { findProblems } from './problem-lexicon.js';
import type { OfflineResources } from './resources.js';
import { POSITIVE_SCREEN_REVIEW } from './safety-screens.js';
import { tokenize } from './tokens.js';
import type { Fact } from './types.js';

// Words of a finding the problem list may not hold ("swollen", "tender", "red and bulging").
const FINDING_WORDS =
  'swollen|swelling|tender\\w*|pain\\w*|sore|red|redness|bulging|bruis\\w*|rash\\w*|fever\\w*|cough\\w*|numb\\w*|tingl\\w*|weak\\w*|stiff\\w*|bleed\\w*|dizz\\w*|nause\\w*|vomit\\w*|diarrh\\w*|wheez\\w*|itch\\w*|lump|mass|effusion|crackles?|murmur|abnormal|positive|negative|elevated';
const FINDING = new RegExp(`\\b(?:${FINDING_WORDS})\\b`, 'gi');
const NAMES_FINDING = new RegExp(`\\b(?:${FINDING_WORDS})\\b`, 'i');

/** Whether words name a finding (an examination or a symptom word the problem list may not hold). */
export const namesFinding = (text: string): boolean => NAMES_FINDING.test(text);

/**
 * What a sentence documents that a physician would miss if it went: its numbers, drugs, named
 * problems and finding words, lower-cased.
 */
export function clinicalItems(text: string, resources: OfflineResources): string[] {
  const lower = text.toLowerCase();
  const tokens = tokenize(lower);
  // A number with the word it counts ("3 mm", "500 mg", "6 months"): a bare "2" is said everywhere.
  const items = new Set<string>(lower.match(/\d+(?:[./]\d+)*(?:\s+[a-z]+)?/g) ?? []);
  for (const d of findDrugNames(tokens, resources.drugNames)) items.add(d.name);
  for (const p of findProblems(tokens, resources.problems))
    items.add(
      tokens
        .slice(p.start, p.end)
        .map((t) => t.lower)
        .join(' '),
    );
  for (const w of lower.match(FINDING) ?? []) items.add(w);
  return [...items];
}

// Long words of talk that say nothing a note would need to repeat.
const TALK = new Set(
  'about after again always around because before being could doing every going great looks maybe might other really right should something still thing things think those through today which while would years months weeks there their these where whether patient clinician'.split(
    ' ',
  ),
);
// Flagged on purpose, never as leftover conversation: a patient's answer kept in their own words
// rather than read as a yes or no, and a positive safety screen. Neither is left out.
const KEEP_FLAGGED = new Set([KEPT_ANSWER_REVIEW, POSITIVE_SCREEN_REVIEW]);
// A flagged sentence with more new words than this says something the clean sentences do not.
const MAX_NEW_WORDS = 2;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The facts without the ones still worded as conversation (flagged for review) whose every clinical
 * item is written in a clean sentence of the same note: a run-on that says again what is documented
 * already is left out rather than shipped for rewording; one that holds anything not said elsewhere
 * (or nothing recognisably clinical) stays, flagged. Problem mentions for coding are kept apart and
 * are not affected.
 */
export function withoutCoveredReviews(
  facts: readonly Fact[],
  resources: OfflineResources,
): { facts: Fact[]; dropped: number } {
  const documented = facts
    .filter((f) => f.review === undefined)
    .map((f) => f.text.toLowerCase())
    .join('\n');
  const kept = facts.filter((f) => {
    if (f.review === undefined || KEEP_FLAGGED.has(f.review)) return true;
    const items = clinicalItems(f.text, resources);
    if (items.length === 0) return true;
    if (items.some((i) => !new RegExp(`(?<![\\w.])${escapeRegExp(i)}(?![\\w])`).test(documented)))
      return true;
    // Most of its longer words must be written elsewhere too, or it says something new.
    const long = [...new Set(f.text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? [])].filter(
      (w) => !TALK.has(w),
    );
    const missing = long.filter((w) => !new RegExp(`\\b${escapeRegExp(w)}\\b`).test(documented));
    return missing.length > MAX_NEW_WORDS;
  });
  return { facts: kept, dropped: facts.length - kept.length };
}
