import { hasProseDefect, proseDefects } from '../quality/prose-defects.js';
import type { Fact } from './types.js';

/**
 * Every drafted fact the prose checker still finds worded as conversation carries the review flag,
 * whichever path made it (a repaired or salvaged clause, an answer, the chief complaint, a heading):
 * nothing reads as conversation in a note unless the clinician is told to reword it. Facts in
 * `checked` (the same objects, unchanged since an earlier pass) are not checked again.
 */
export function withDefectsFlagged(facts: readonly Fact[], checked?: ReadonlySet<Fact>): Fact[] {
  return facts.map((fact) => {
    if (fact.review !== undefined || checked?.has(fact)) return fact;
    const options = { heading: fact.category === 'chief-complaint' };
    if (!hasProseDefect(fact.text, options)) return fact;
    const defects = proseDefects(fact.text, options);
    return {
      ...fact,
      review: `Still worded as conversation (${defects.join(', ')}): reword before signing.`,
    };
  });
}
