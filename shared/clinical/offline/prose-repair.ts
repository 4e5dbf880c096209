import { proseDefects } from '../quality/prose-defects.js';
import { contentWords } from './classify.js';

// Where a spoken run-on sentence can be cut without splitting a phrase ("heart and lungs" stays).
const CLAUSE_BREAK =
  /,\s+|\s+(?=(?:so|but|and then|because|and i|and we|and that is|let's|let me|here's|does it|do you|did you|are you|is it|how are|what do)\s)/i;
const NEGATION = /\b(no|not|never|denies|without|none|nothing)\b/i;

/**
 * Keep the clauses of a drafted sentence that read as documentation and drop the conversational
 * ones ("..., do you think this pain will ever go away"). Undefined when nothing clinical would be
 * left, or when a clause to drop carries a negation or clinical content (dropping it could change
 * the meaning or lose a finding): such a sentence is flagged for review instead.
 */
export function dropConversationalClauses(
  text: string,
  isClinical: (clause: string) => boolean,
): string | undefined {
  const body = text.replace(/[.!?]+$/, '');
  const clauses = body.split(CLAUSE_BREAK).map((c) => c.trim());
  const kept: string[] = [];
  for (const clause of clauses) {
    if (proseDefects(clause).length === 0) {
      if (contentWords(clause).length > 0) kept.push(clause);
    } else if (NEGATION.test(clause) || isClinical(clause)) return undefined;
  }
  if (kept.length === 0 || kept.length === clauses.length || !kept.some(isClinical)) return undefined;
  const joined = kept.join(', ').replace(/^(?:so|but|and then|because|and)\s+/i, '');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}
