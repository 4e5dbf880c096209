import { proseDefects } from '../quality/prose-defects.js';
import { contentWords } from './classify.js';

// Where a spoken run-on sentence can be cut without splitting a phrase ("heart and lungs" stays).
const CLAUSE_BREAK =
  /,\s+|\s+(?=(?:so|but|and then|because|and i|and we|and that is|let's|let me|here's|does it|do you|did you|are you|is it|how are|what do)\s|(?:i (?:do not |don't |do )?(?:see|hear|appreciate|notice)|i will (?:quickly )?(?:listen|look|take a look|examine)|when i (?:look|listen|move|press|push))\s)/i;
const NEGATION = /\b(no|not|never|denies|without|none|nothing)\b/i;
// The act of examining ("let me listen quickly to her heart"): names a body part, documents nothing.
const EXAM_ACT =
  /^(?:(?:and|so|now)\s+)?(?:let me|let's|i will|i'll|i am going to|i'm going to)\s+(?:(?:just|quickly|also|now)\s+)?(?:listen|take a (?:quick |little )?(?:look|listen|feel)|look|examine|feel|press|push)\b[^.]*$/i;

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
    } else if (NEGATION.test(clause) || /\d/.test(clause)) return undefined;
    else if (isClinical(clause) && !EXAM_ACT.test(clause)) return undefined;
  }
  if (kept.length === 0 || kept.length === clauses.length || !kept.some(isClinical)) return undefined;
  const joined = kept
    .map((c) => c.replace(/\s+(?:and|but|so|or)$/i, ''))
    .join(', ')
    .replace(/^(?:so|but|and then|because|and)\s+/i, '');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`;
}
