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

const E = 'e'.charCodeAt(0);
const Y = 'y'.charCodeAt(0);
const S = 's'.charCodeAt(0);
const U = 'u'.charCodeAt(0);
/** Suffixes stripped, in the order tried (stem runs for every word read, so the list is built once). */
const SUFFIXES = [
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
] as const;

/**
 * Crude suffix stripping so "diabetic"/"diabetes" and "hypertensive"/"hypertension" meet; a final
 * "e" or "y" goes too, so a plural meets its singular ("migraines"/"migraine", "arteries"/"artery").
 */
export function stem(word: string): string {
  const w = stripSuffix(word.toLowerCase());
  // Long words only: "urine" must not meet "urination" ("strain your urine" is no urinary symptom).
  if (w.length < 6) return w;
  const last = w.charCodeAt(w.length - 1);
  return last === E || last === Y ? w.slice(0, -1) : w;
}

function stripSuffix(w: string): string {
  // An organ's noun meets its adjective ("myocardium"/"myocardial", "endometrium"/"endometrial"): the
  // index's see references name the noun ("Infarct, myocardium"), the titles the adjective.
  if (w.length >= 9 && w.endsWith('ium')) return w.slice(0, -2);
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  // Short plurals ("eyes", "legs", "toes"), never "mass" or "virus".
  if (w.length < 4 || w.charCodeAt(w.length - 1) !== S) return w;
  const before = w.charCodeAt(w.length - 2);
  return before === S || before === U ? w : w.slice(0, -1);
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
