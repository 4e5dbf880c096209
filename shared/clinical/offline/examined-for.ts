import { hasProseDefect } from '../quality/prose-defects.js';

/**
 * The examiner saying what a manoeuvre looks for, while doing it ("checking for a meniscus tear",
 * "I'm feeling for any lymph nodes", "testing for carpal tunnel"): what was examined for, written as
 * the note writes it ("Examined for a meniscus tear."). The finding, if one was said, comes in its own
 * sentence; this one keeps the test's purpose, which a reviewer would otherwise strike as narration.
 */
const LOOKING_FOR =
  /^(?:(?:and|so|now|then|okay)\s+)?(?:(?:i|we)(?:'m| am|'re| are)\s+(?:just\s+)?(?:going to\s+(?:be\s+)?)?)?(?:checking|looking|testing|feeling|evaluating|assessing|palpating)\s+(?:again\s+)?for\s+(?=\S)/i;

/** The sentence as what was examined for, or undefined when it does not say that or would not read cleanly. */
export function examinedFor(text: string): string | undefined {
  const m = LOOKING_FOR.exec(text.trim());
  if (!m) return undefined;
  const purpose = text
    .trim()
    .slice(m[0].length)
    .replace(/[.!]+$/, '');
  if (purpose.split(/\s+/).length < 2) return undefined;
  const written = `Examined for ${purpose}.`;
  return hasProseDefect(written) ? undefined : written;
}
