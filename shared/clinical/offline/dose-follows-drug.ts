/**
 * A dose said in its own sentence after the medicine was chosen: "We'll do amoxicillin, it's weight
 * based." … "He's 12 kilos so that's 480 mg twice a day for 7 days." The dose belongs to the order,
 * not to the history: "Amoxicillin 480 mg twice a day for 7 days (weight based)."
 */

const DOSE = String.raw`\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|micrograms?|g|grams?|ml|milliliters?|millilitres?|units?|puffs?|tablets?|pills?|capsules?|drops?|sprays?|%)`;
const FREQUENCY = String.raw`(?:once|twice|\d+ times|three times|four times)\s+(?:a|per|each)\s+day|once daily|twice daily|daily|nightly|every\s+(?:\d+\s+(?:to\s+\d+\s+)?hours|morning|night|evening|day|other day)|at (?:bed ?time|night)|in the (?:morning|evening)|as needed`;
const DURATION = String.raw`for\s+(?:\d+|a|one|two|three|five|seven|ten|fourteen)\s+(?:more\s+)?(?:days?|weeks?|months?)`;

// The dose, then only what goes with a dose: how often, how long, how it is taken.
const DOSE_PHRASE = new RegExp(
  String.raw`\b(?:${DOSE}|${FREQUENCY})(?:\s*,?\s*(?:and\s+)?(?:${DOSE}|${FREQUENCY}|${DURATION}|by mouth|orally|with (?:food|meals|water)|on the skin|to the (?:rash|affected areas?|skin)|at night|in the morning))*\s*[.!]?$`,
  'i',
);
// The words before the dose that only lead up to it ("so that's", "he's 12 kilos so that's", "and").
const LEAD_WORDS =
  /^(?:(?:so|and|then|okay|ok|that|that's|that is|which|is|it|it's|it is|would be|he|she|they|he's|she's|they're|he is|she is|they are|weighs|\d+(?:\.\d+)?|kilos?|kg|kilograms?|pounds?|lbs?|comes to|works out to|means|give|giving|him|her|them|the|dose|of|at|for|a|about|around|roughly)\b\s*,?\s*)*$/i;

/** The dose phrase of a sentence that says nothing but a dose (`undefined` otherwise). */
export function doseOnly(text: string): string | undefined {
  const said = text.trim();
  const m = DOSE_PHRASE.exec(said);
  if (!m) return undefined;
  const lead = said.slice(0, m.index);
  if (!LEAD_WORDS.test(lead)) return undefined;
  const dose = m[0].replace(/[.!]+$/, '').trim();
  // A frequency alone ("daily") is too little to be the dose of anything.
  return dose.split(/\s+/).length >= 2 ? dose : undefined;
}

/**
 * The order with its dose: "Start amoxicillin (weight based)." and "480 mg twice a day for 7 days" →
 * "Amoxicillin 480 mg twice a day for 7 days (weight based)."; any other order keeps its words with
 * the dose after them ("Continue the sertraline, 100 mg once a day."), a change of dose is to the
 * dose ("Increase sertraline to 100 mg once a day.").
 */
export function withDose(order: string, dose: string): string {
  const start = /^Start (.+?)(?: \(([^)]+)\))?\.$/.exec(order);
  if (start?.[1]) {
    const drug = `${start[1].charAt(0).toUpperCase()}${start[1].slice(1)}`;
    return `${drug} ${dose}${start[2] ? ` (${start[2]})` : ''}.`;
  }
  // "Increase sertraline." and "100 mg once a day" → "Increase sertraline to 100 mg once a day."
  const change = /^(?:Increase|Decrease) [^,]+\.$/.exec(order);
  if (change) return `${order.replace(/\.$/, '')} to ${dose}.`;
  return `${order.replace(/[.!]+$/, '')}, ${dose}.`;
}
