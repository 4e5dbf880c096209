import type { FactCategory } from '../template.js';
import { namesAProblem, problemNamedIn, within } from './problem-names.js';
import { onlyRelievesSymptom } from './symptom-relief.js';
import type { AssessedProblem, Fact, ProblemMention } from './types.js';

const AP = new Set<FactCategory>(['assessment', 'plan', 'follow-up']);

// "Sounds good.", "Okay, thank you.": an acknowledgement documents nothing, least of all a plan.
const ACKNOWLEDGEMENT =
  /^(?:(?:okay|ok|all right|alright|great|good|perfect|sure|yes|yeah|yep|no problem|thanks|thank you(?: so much)?|sounds (?:good|great|fine|like a plan)|got it|will do|that's fine|that is fine|fine|excellent|wonderful|understood|right|oh|alrighty|cool)[\s,.!]*)+$/i;

/** Whether a drafted sentence is only an acknowledgement ("Sounds good.", "Okay, thank you."). */
export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.test(text.trim());
}

/**
 * Assessment and plan sentences given the problem they are about: the problem a sentence names, or
 * else the one the clinician is still discussing (orders and reasoning follow the problem they
 * concern); a follow-up that names no problem belongs to the visit. Anything that is not assessment
 * or plan ends the discussion of a problem. Acknowledgements ("Sounds good.") are no plan: dropped.
 */
export function withAssessedProblems(
  facts: readonly Fact[],
  mentions: readonly ProblemMention[],
  segmentText: (seq: number) => string | undefined = () => undefined,
): Fact[] {
  const out: Fact[] = [];
  let current: AssessedProblem | undefined;
  for (const said of facts) {
    if (!AP.has(said.category)) {
      current = undefined;
      out.push(said);
      continue;
    }
    if (isAcknowledgement(said.text)) continue;
    const fact = withoutEmptyLead(said);
    const named = fact.problem ?? ledBy(fact, mentions) ?? problemNamedIn(fact, mentions, segmentText);
    // "... and acetaminophen for the fever": comfort for a symptom of the problem being discussed.
    const problem = named && current && onlyRelievesSymptom(fact.text, named) ? undefined : named;
    if (problem) current = problem;
    const visitWide = fact.category === 'follow-up' || FOLLOW_UP.test(fact.text);
    if (problem || (current && !visitWide)) out.push({ ...fact, problem: problem ?? current });
    else out.push(fact);
  }
  return out;
}

// "Follow-up in 2 weeks", "Return if worse": the visit's follow-up, unless it names its problem.
const FOLLOW_UP =
  /^(?:follow[- ]?up|return|come back|recheck|see (?:him|her|them|the patient) (?:back|again))\b/i;

const LEAD = /^([^:]{2,60}):\s+(\S.*)$/;

/** "Of: her sore throat." (a lead that names nothing) as "Her sore throat."; any problem it was given goes. */
function withoutEmptyLead(fact: Fact): Fact {
  const lead = LEAD.exec(fact.text);
  if (!lead?.[1] || !lead[2] || namesAProblem(lead[1])) return fact;
  const { problem: _named, ...rest } = fact;
  return { ...rest, text: `${lead[2].charAt(0).toUpperCase()}${lead[2].slice(1)}` };
}

/** "Migraines: plan to continue the Imitrex": the problem the clinician led with, as said. */
function ledBy(fact: Fact, mentions: readonly ProblemMention[]): AssessedProblem | undefined {
  const lead = LEAD.exec(fact.text)?.[1];
  // A lead that runs on ("gout everything seems controlled right now") is no name.
  if (!lead || /^problem$/i.test(lead) || !namesAProblem(lead) || lead.split(/\s+/).length > 4)
    return undefined;
  if (/\b(?:is|are|was|seems?|looks?|everything|doing)\b/i.test(lead)) return undefined;
  const words = lead.toLowerCase();
  const named = mentions.find(
    (m) => m.evidence.every((e) => within(e, fact.evidence)) && words.includes(m.text.toLowerCase()),
  );
  return { name: lead, evidence: named?.evidence ?? fact.evidence };
}

/**
 * One drafted sentence in the order it is placed: a problem heading (placed where `category` goes),
 * or a fact (placed where its own category goes).
 */
export type PlacedItem =
  | { kind: 'heading'; problem: AssessedProblem; category: 'assessment' | 'plan' }
  | { kind: 'fact'; fact: Fact };

const ORDER: Record<string, number> = { assessment: 0, plan: 1, 'follow-up': 2 };
const keyOf = (name: string) => name.toLowerCase();
const problemKey = (problem: AssessedProblem) => problem.key ?? keyOf(problem.name);

// Words that announce a problem without saying anything about it.
const ANNOUNCING =
  /^(?:of|for|with|to|in|on|and|so|now|the|his|her|their|your|my|a|an|this|that|is|was|history|chronic|known|assessment|impression|plan|problem|issue|diagnosis|first|second|third|fourth|fifth|next|last|final|other|another|regarding|terms|again|mellitus|disease|disorder|syndrome|type)$/;

/** "Back pain: he is having a recurrence" under the heading "Back pain": the heading says it once. */
function underHeading(fact: Fact, problem: AssessedProblem): Fact | undefined {
  if (/^Problem:\s/.test(fact.text) && fact.text.toLowerCase().includes(keyOf(problem.name)))
    return undefined;
  const prefix = LEAD.exec(fact.text);
  const text =
    prefix?.[1] && prefix[2] && keyOf(prefix[1]) === keyOf(problem.name)
      ? `${prefix[2].charAt(0).toUpperCase()}${prefix[2].slice(1)}`
      : fact.text;
  // "Her diabetes mellitus.": the problem named and nothing said about it; the heading names it.
  // "The assessment for his first problem, his back pain.": the announcement alone, said already.
  const name = new Set(keyOf(problem.name).split(/\s+/));
  const said = text
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter((w) => w && !name.has(w) && !ANNOUNCING.test(w));
  if (said.length === 0) return undefined;
  return text === fact.text ? fact : { ...fact, text };
}

/**
 * Facts in the order a note places them, the assessment and plan composed per problem: everything
 * else in transcript order, then the impressions that name no problem, then one block per assessed
 * problem (heading, reasoning, treatment, follow-up, in the order said within each), then the plan
 * and follow-up that concern the visit as a whole. With the assessment and the plan in sections of
 * their own (`together` false), the Assessment lists each problem with its reasoning and the Plan
 * heads each problem's orders with the problem again.
 */
export function problemOrdered(facts: readonly Fact[], together: boolean): PlacedItem[] {
  const out: PlacedItem[] = [];
  const general: Fact[] = [];
  const blocks = new Map<string, { problem: AssessedProblem; facts: Fact[] }>();
  for (const fact of facts) {
    if (!AP.has(fact.category)) out.push({ kind: 'fact', fact });
    else if (!fact.problem) general.push(fact);
    else {
      const key = problemKey(fact.problem);
      const block = blocks.get(key) ?? { problem: fact.problem, facts: [] };
      blocks.set(key, block);
      block.facts.push(fact);
    }
  }
  const byOrder = (a: Fact, b: Fact) => (ORDER[a.category] ?? 0) - (ORDER[b.category] ?? 0);
  const shown = (problem: AssessedProblem, said: readonly Fact[]): PlacedItem[] =>
    [...said]
      .sort(byOrder)
      .map((f) => underHeading(f, problem))
      .filter((f): f is Fact => f !== undefined)
      .map((fact) => ({ kind: 'fact', fact }));
  for (const fact of general) if (fact.category === 'assessment') out.push({ kind: 'fact', fact });
  for (const { problem, facts: said } of blocks.values()) {
    out.push({ kind: 'heading', problem, category: 'assessment' });
    out.push(...shown(problem, together ? said : said.filter((f) => f.category === 'assessment')));
  }
  if (!together)
    for (const { problem, facts: said } of blocks.values()) {
      const plans = shown(
        problem,
        said.filter((f) => f.category !== 'assessment'),
      );
      if (plans.length > 0) out.push({ kind: 'heading', problem, category: 'plan' }, ...plans);
    }
  const rest = [...general].sort(byOrder).filter((f) => f.category !== 'assessment');
  // After problem blocks, the plan for the visit as a whole gets a heading of its own.
  const afterBlocks = together
    ? blocks.size > 0
    : out.some((i) => i.kind === 'heading' && i.category === 'plan');
  if (rest.length > 0 && afterBlocks) {
    const followUp = rest.every((f) => f.category === 'follow-up' || FOLLOW_UP.test(f.text));
    const evidence = rest.flatMap((f) => f.evidence);
    const name = followUp ? 'Disposition' : 'Other plans';
    out.push({ kind: 'heading', problem: { name, evidence }, category: together ? 'assessment' : 'plan' });
  }
  for (const fact of rest) out.push({ kind: 'fact', fact });
  return out;
}
