/**
 * A condition named as the thing a treatment is for: "a trigger finger injection", "the carpal tunnel
 * splint", "her plantar fasciitis injection". Speech puts the treatment word after the condition and
 * the mention takes both; no index term carries the treatment word, so the phrase retrieves neither.
 * The condition is what a coder codes (it is being treated today). The treatment word is dropped only
 * when at least two words of the condition remain: "steroid injection" or "flu shot" name no condition.
 */

const TREATMENT_WORD = /\s+(?:injections?|splints?|splinting|bracing|release)$/i;

/** The phrase without a trailing treatment word ("right trigger finger injection" → "right trigger finger"). */
export function withoutTreatmentWord(phrase: string): string {
  const trimmed = phrase.trim();
  const m = trimmed.match(TREATMENT_WORD);
  if (!m || m.index === undefined) return phrase;
  const condition = trimmed.slice(0, m.index);
  return condition.split(/\s+/).length >= 2 ? condition : phrase;
}
