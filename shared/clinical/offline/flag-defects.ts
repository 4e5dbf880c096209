import { hasProseDefect, proseDefects } from '../quality/prose-defects.js';
import type { FactCategory } from '../template.js';
import { repairedFlaggedSentence } from './flagged-repair.js';
import type { Pronoun } from './person.js';
import type { Fact } from './types.js';

/**
 * A drafted sentence that documentationProse left worded as conversation (with its `review`): as a
 * general repair rewords it (flagged-repair.ts), without the review, when one does; else as it was.
 */
export function withConversationRepaired(
  prose: { text: string; review?: string },
  category: FactCategory,
  pronoun: Pronoun,
): { text: string; review?: string } {
  if (!prose.review) return prose;
  const repaired = repairedFlaggedSentence(prose.text, category, pronoun);
  return repaired ? { text: repaired } : prose;
}

/**
 * Every drafted fact the prose checker still finds worded as conversation carries the review flag,
 * whichever path made it (a repaired or salvaged clause, an answer, the chief complaint, a heading):
 * nothing reads as conversation in a note unless the clinician is told to reword it. Facts in
 * `checked` (the same objects, unchanged since an earlier pass) are not checked again. With the
 * patient's `pronoun`, a sentence that a general repair makes read cleanly (flagged-repair.ts) is
 * shipped repaired instead.
 */
export function withDefectsFlagged(
  facts: readonly Fact[],
  checked?: ReadonlySet<Fact>,
  pronoun?: Pronoun,
): Fact[] {
  return facts.map((fact) => {
    if (fact.review !== undefined || checked?.has(fact)) return fact;
    const options = { heading: fact.category === 'chief-complaint' };
    if (!hasProseDefect(fact.text, options)) return fact;
    const repaired =
      pronoun && !options.heading ? repairedFlaggedSentence(fact.text, fact.category, pronoun) : undefined;
    if (repaired) return { ...fact, text: repaired };
    const defects = proseDefects(fact.text, options);
    return {
      ...fact,
      review: `Still worded as conversation (${defects.join(', ')}): reword before signing.`,
    };
  });
}
