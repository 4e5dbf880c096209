import type { Evidence } from '../evidence.js';
import { proseDefects } from '../quality/prose-defects.js';
import type { FactCategory } from '../template.js';
import { contentWords } from './classify.js';
import type { AssessedProblem, Fact, ProblemMention } from './types.js';

const AP = new Set<FactCategory>(['assessment', 'plan', 'follow-up']);

// Lexicon terms too vague to head a problem of their own ("pain", "swelling"): what they are about
// is the problem, and the sentence stays with the problem being discussed.
const TOO_VAGUE = new Set([
  'pain',
  'swelling',
  'tenderness',
  'bruising',
  'effusion',
  'wound',
  'stress',
  'prostate',
  'cholesterol',
  'murmur',
  'edema',
]);

// "Sounds good.", "Okay, thank you.": an acknowledgement documents nothing, least of all a plan.
const ACKNOWLEDGEMENT =
  /^(?:(?:okay|ok|all right|alright|great|good|perfect|sure|yes|yeah|yep|no problem|thanks|thank you(?: so much)?|sounds (?:good|great|fine|like a plan)|got it|will do|that's fine|that is fine|fine|excellent|wonderful|understood|right|oh|alrighty|cool)[\s,.!]*)+$/i;

// Words that name no problem: "Of: her sore throat", "Sounds like: this is for her" lead with them.
const NOT_A_NAME =
  /^(?:of|for|with|like|sounds|seems|looks|to|in|on|at|and|or|but|so|as|the|his|her|their|your|my|a|an|this|that|it|is|about|regarding|also|then|now|next|first|second|third|last|final|other|problem|issue)$/i;

/** Whether words could name a problem: something besides function words, no "I", "we" or "you". */
export function namesAProblem(words: string): boolean {
  const said = words
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .filter(Boolean);
  return said.some((w) => !NOT_A_NAME.test(w)) && !said.some((w) => /^(?:i|we|you|i'm|we'll)$/.test(w));
}

/** Whether a drafted sentence is only an acknowledgement ("Sounds good.", "Okay, thank you."). */
export function isAcknowledgement(text: string): boolean {
  return ACKNOWLEDGEMENT.test(text.trim());
}

const within = (inner: Evidence, outer: readonly Evidence[]) =>
  outer.some((o) => o.seq === inner.seq && inner.start >= o.start && inner.end <= o.end);

// "Given the fever and crackles, this is most likely pneumonia": the problem after the words that
// conclude is the one assessed, not the findings cited for it.
const CONCLUDES =
  /\b(?:most likely|likely|probably|consistent with|suggestive of|suggests|diagnos\w*|this is|that is|it is|looks like|sounds like|have|has)\b/gi;

const VERBS = /^(?:strain|sprain|fracture|cough|stress|bruise)$/i;

/** "Strain his urine", "sprain it": the term used as a verb, naming no problem. */
function asVerb(term: string, text: string): boolean {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at < 0) return false;
  const after = text.slice(at + term.length);
  return /^\s+(?:his|her|their|the|your|my|it|them|this|that)\b/i.test(after) && VERBS.test(term.trim());
}

/** The problem a sentence asserts (not one it rules out), as a clinician names it. */
function problemNamedIn(
  fact: Fact,
  mentions: readonly ProblemMention[],
  segmentText: (seq: number) => string | undefined,
): AssessedProblem | undefined {
  const named = mentions.filter(
    (m) =>
      (m.assertion === 'present' || m.assertion === 'possible') &&
      !TOO_VAGUE.has(m.normalized) &&
      m.evidence.every((e) => within(e, fact.evidence)) &&
      !asVerb(m.text, fact.text),
  );
  const lower = fact.text.toLowerCase();
  const concluded = [...lower.matchAll(CONCLUDES)].at(-1);
  const after = concluded?.index ?? -1;
  const chosen =
    (after >= 0 ? named.find((m) => lower.indexOf(m.text.toLowerCase(), after) >= 0) : undefined) ?? named[0];
  if (!chosen) return undefined;
  // "Kidney stones" as said; "CHF" or "high blood pressure" as a clinician writes it.
  const spoken = chosen.text.toLowerCase();
  const term = spoken.startsWith(chosen.normalized) ? spoken : chosen.normalized;
  const qualified = withQualifiers(term, chosen.evidence, segmentText);
  const name = `${qualified.name.charAt(0).toUpperCase()}${qualified.name.slice(1)}`;
  return { name, evidence: qualified.evidence, key: chosen.normalized };
}

// Words said before a problem that are no part of its name ("history of", "likely", "injured").
const NOT_A_QUALIFIER =
  /^(?:history|likely|probably|possibly|possible|also|still|just|really|having|has|have|had|injured|treating|managing|about|regarding|new|known|this|that|today|some|bit|little|sorry|causes?|causing|caused|okay|well|like|from|due|because|common|plus|one|two|three|four|\d+)$/i;

/**
 * "Strain" said as "an acute lumbar, strain" named "acute lumbar strain": up to three words just
 * before the term that qualify it, the heading's evidence widened to cover them.
 */
function withQualifiers(
  term: string,
  evidence: readonly Evidence[],
  segmentText: (seq: number) => string | undefined,
): AssessedProblem {
  const [first, ...rest] = evidence;
  const text = first && segmentText(first.seq);
  if (!first || !text || rest.length > 0) return { name: term, evidence: [...evidence] };
  const before = text.slice(Math.max(0, first.start - 60), first.start);
  const run = /((?:[A-Za-z0-9][\w-]*,?\s+){1,3})$/.exec(before)?.[1] ?? '';
  const words = run.split(/[,\s]+/).filter(Boolean);
  let keep = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (NOT_A_QUALIFIER.test(w) || (contentWords(w).length === 0 && !/^(?:right|left)$/i.test(w))) break;
    keep++;
  }
  if (keep === 0) return { name: term, evidence: [...evidence] };
  const kept = words.slice(words.length - keep);
  // Where the first kept word starts: search the run from its end for each word in turn.
  let start = first.start;
  for (const w of [...kept].reverse()) start = text.lastIndexOf(w, start - 1);
  const name = `${kept.join(' ').toLowerCase()} ${term}`;
  // "Knee knee pain", a filler said before the term: the term alone is the better name.
  if (start < 0 || proseDefects(name, { heading: true }).length > 0)
    return { name: term, evidence: [...evidence] };
  return { name, evidence: [{ ...first, start }] };
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
    const problem = fact.problem ?? ledBy(fact, mentions) ?? problemNamedIn(fact, mentions, segmentText);
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
