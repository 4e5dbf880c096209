import { namesAProblem } from './problem-names.js';
import type { AssessedProblem, Fact } from './types.js';

/** The announced problem as a heading names it: "hypertension again" → "Hypertension". */
function assessed(named: string, fact: Fact): { problem?: AssessedProblem } {
  const name = named.replace(/\s+(?:again|as well|too|also|first of all|for now|at this point|here)$/i, '');
  if (!namesAProblem(name)) return {};
  return { problem: { name: `${name.charAt(0).toUpperCase()}${name.slice(1)}`, evidence: fact.evidence } };
}

// "For his first problem, his back pain.", "Final problem: for his reflux.": the clinician naming the
// problem the next sentences are about, and nothing else.
const ANNOUNCEMENT =
  /^(?:(?:and|so|now|then)\s+)?(?:(?:for|regarding|in terms of|as for|moving on to)\s+)?(?:(?:his|her|their|the)\s+)?(?:first|second|third|fourth|fifth|next|last|final|other|another)\s+(?:problem|issue|diagnosis|concern|condition)s?\b\s*(?:is|of|was|,|:)?\s*(?:for\s+|with\s+)?(?:(?:his|her|their|the|a|an)\s+)?([a-z][a-z0-9' -]{2,50}?)[.!]?$/i;
const PROBLEM_SECTIONS = new Set(['assessment', 'plan', 'follow-up']);
// "For her first problem of her sore throat will have the assistant swab her": the problem named in
// front of what is said about it, without a comma to mark where it ends.
const INLINE_ANNOUNCEMENT =
  /^(?:(?:my assessment|sure now|so|now|and)\s+)?(?:for|from)\s+(?:his|her|their|the)\s+(?:first|second|third|fourth|fifth|next|last|final|other|primary)\s+(?:problem|issue|diagnosis|concern|condition)\b(?:\s+(?:of|is|was|for)\b|\s*[,:])?\s*(?:(?:his|her|their|the|this|a|an)\s+)?(?!(?:of|is|was|for)\b)([a-z][a-z0-9'-]*(?:\s+[a-z][a-z0-9'-]*){0,5}?)(?:\s*,\s*|\s+)(?=(?:his|her|their|she|he|they|it|we|plan|will|the patient|there|that|this|symptoms|is|are|was|continue|start)\b)(.{6,})$/i;

/** "Sore throat: will have the assistant swab her", from a sentence that announced the problem. */
function headedByInlineProblem(fact: Fact): Fact {
  if (!PROBLEM_SECTIONS.has(fact.category)) return fact;
  const m = INLINE_ANNOUNCEMENT.exec(fact.text);
  const problem = m?.[1]?.trim();
  const rest = m?.[2]?.trim();
  if (!problem || !rest || /\b(?:i|we|you|is|are|was|will|has|have|does|did|that|this|it)\b/i.test(problem))
    return fact;
  return { ...fact, text: headed(problem, rest), ...assessed(problem, fact) };
}

/** "Back pain: recurrence of kidney stones." — the problem, then what is said about it. */
function headed(problem: string, rest: string): string {
  const lower = /^[A-Z][a-z]/.test(rest) ? `${rest.charAt(0).toLowerCase()}${rest.slice(1)}` : rest;
  return `${problem.charAt(0).toUpperCase()}${problem.slice(1)}: ${lower}`;
}

/** The problem a bare announcement names, when it names nothing but a problem (at most 6 words). */
function announcedProblem(fact: Fact): string | undefined {
  if (!PROBLEM_SECTIONS.has(fact.category) || fact.review) return undefined;
  const named = ANNOUNCEMENT.exec(fact.text)?.[1]?.trim();
  if (!named || named.split(/\s+/).length > 6) return undefined;
  if (/\b(?:i|we|you|is|are|was|will|has|have|does|did|that|this|it)\b/i.test(named)) return undefined;
  return named;
}

/**
 * The assessment and plan organised by problem, as a clinician writes it: an announcement of the
 * next problem becomes the heading of the sentence that follows it ("Back pain: recurrence of his
 * kidney stones."), with both as evidence; an announcement nothing follows names the problem alone.
 */
export function withProblemHeadings(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < facts.length; i++) {
    const said = facts[i];
    if (!said) continue;
    const fact = headedByInlineProblem(said);
    const problem = announcedProblem(fact);
    if (!problem) {
      out.push(fact);
      continue;
    }
    const after = facts[i + 1];
    const next = after && headedByInlineProblem(after);
    if (
      next &&
      PROBLEM_SECTIONS.has(next.category) &&
      !announcedProblem(next) &&
      !/^[^:]{2,50}:\s/.test(next.text)
    ) {
      out.push({
        ...next,
        text: headed(problem, next.text),
        evidence: [...fact.evidence, ...next.evidence],
        ...assessed(problem, fact),
      });
      i++;
    } else {
      out.push({ ...fact, text: `Problem: ${problem}.`, ...assessed(problem, fact) });
    }
  }
  return out;
}
