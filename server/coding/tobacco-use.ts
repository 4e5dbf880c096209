/**
 * Smoking as a coder codes it. The index sends "Smoker" to "Dependence, drug, nicotine" (F17.2-), whose
 * fifth character is the product; the product is rarely in the sentence that says someone smokes
 * ("she's a smoker" … "about a pack a day"), so it is read from the whole visit, once.
 */

/** Words of a mention that speak of the patient's own smoking. */
const SMOKING = /\b(smoker|smokes|smoking|tobacco|nicotine)\b/i;
/** Someone else's smoke, a non-smoker, a denial, a past habit or advice: no dependence of the patient's. */
const NOT_OWN_USE =
  /\b(passive|second-?hand|exposure|exposed|environmental|non|never|no|not|denies|denied|negative|quit|quitting|former|formerly|ex|stopped|used to|cessation|counsel\w*|family|mother|father|wife|husband|parents?)\b/i;
/** A sentence saying that someone smokes or how much. */
const SMOKES =
  /\b(smoker|smokes|smoking|smoke (?:about |around )?(?:a|one|two|half|\d+)|cigarettes? (?:a|per) day|packs? (?:a|per) day)\b/i;

/** Whether a sentence states that the patient smokes now ("a pack a day", "she is a smoker"). */
export const saysSmokes = (sentence: string): boolean => SMOKES.test(sentence) && !NOT_OWN_USE.test(sentence);
/** Mentions longer than this name more than smoking ("smoking related lung disease"). */
const MAX_WORDS = 4;

export type TobaccoProduct = 'cigarettes' | 'chewing tobacco' | 'other tobacco product' | '';

/** The product the visit says is smoked or chewed (cigarettes when packs are counted), or ''. */
export function tobaccoProductOf(text: string): TobaccoProduct {
  if (
    /\bcigarettes?\b|\bpacks? (?:(?:and a half )?(?:a|per|each) )?(?:day|week)\b|\bpack[- ]?years?\b/i.test(
      text,
    )
  )
    return 'cigarettes';
  if (/\bchew(?:ing|s)? tobacco\b|\bsnuff\b|\bdipping\b/i.test(text)) return 'chewing tobacco';
  if (/\bcigars?\b|\bpipe (?:smok|tobacco)|\bhookah\b/i.test(text)) return 'other tobacco product';
  return '';
}

/**
 * The words to look a current smoking mention up by ("smoker", "heavy smoking", "nicotine dependence")
 * with the visit's product: "nicotine dependence cigarettes". Undefined for any other mention.
 */
export function nicotineDependencePhrase(phrase: string, product: TobaccoProduct): string | undefined {
  const words = phrase.trim().split(/\s+/);
  if (words.length > MAX_WORDS || !SMOKING.test(phrase) || NOT_OWN_USE.test(phrase)) return undefined;
  return product === '' ? 'nicotine dependence' : `nicotine dependence ${product}`;
}
