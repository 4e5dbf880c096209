/** Word-level helpers for matching mention text against code titles. */

const STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or the to was were with without this that these those his her their patient pt'.split(
    ' ',
  ),
);

/**
 * Title words that carry no clinical detail of their own: a title that adds only these to the
 * mention's words is not "more specific" than the mention.
 */
const NEUTRAL_TITLE_WORDS = new Set(
  'unspecified other nos nec complication complications uncomplicated mellitus disease disorder condition site type primary essential acute initial encounter'.split(
    ' ',
  ),
);

/**
 * Crude suffix stripping so "diabetic"/"diabetes" and "hypertensive"/"hypertension" meet; a final
 * "e" or "y" goes too, so a plural meets its singular ("migraines"/"migraine", "arteries"/"artery").
 */
export function stem(word: string): string {
  const w = stripSuffix(word.toLowerCase());
  // Long words only: "urine" must not meet "urination" ("strain your urine" is no urinary symptom).
  return /[ey]$/.test(w) && w.length >= 6 ? w.slice(0, -1) : w;
}

function stripSuffix(w: string): string {
  for (const suffix of [
    'ations',
    'ation',
    'ities',
    'ity',
    'ions',
    'ion',
    'ives',
    'ive',
    'ies',
    'es',
    'ic',
    'al',
    's',
    'ed',
    'ing',
  ]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  // Short plurals ("eyes", "legs", "toes"), never "mass" or "virus".
  return /[^su]s$/.test(w) && w.length >= 4 ? w.slice(0, -1) : w;
}

/** Lowercase content words of a text, stopwords removed, in order. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOPWORDS.has(w));
}

/** Stems of content words, as a set. */
export const stemSet = (text: string): Set<string> => new Set(contentWords(text).map(stem));

/** Stems of a title's words that add clinical detail (neutral words removed). */
export const informativeStems = (text: string): Set<string> =>
  new Set(
    contentWords(text)
      .filter((w) => !NEUTRAL_TITLE_WORDS.has(w))
      .map(stem),
  );

/** Index terms carry nonessential modifiers in parentheses: they may be present but are not required. */
export const withoutParentheticals = (term: string): string => term.replace(/\([^)]*\)/g, ' ');
