import type { NoteContent, NoteSection, NoteSentence } from '../note.js';
import { isHeadingSection } from '../quality/prose-defects.js';
import type { FactCategory, TemplateBody } from '../template.js';
import { tidyHeadingWords } from './heading-words.js';
import { problemOrdered } from './problem-plan.js';
import type { Fact } from './types.js';

// Where a fact goes when the template has no section for its category: the nearest kind of content.
const FALLBACK: Record<FactCategory, FactCategory[]> = {
  'chief-complaint': ['hpi', 'symptom'],
  hpi: ['symptom', 'chief-complaint'],
  symptom: ['hpi', 'ros', 'chief-complaint'],
  history: ['hpi', 'symptom'],
  medication: ['history', 'hpi', 'plan'],
  allergy: ['history', 'medication', 'hpi'],
  social: ['history', 'hpi'],
  family: ['history', 'hpi'],
  ros: ['symptom', 'hpi'],
  vitals: ['exam', 'results'],
  exam: ['vitals', 'results'],
  results: ['exam', 'assessment'],
  assessment: ['plan'],
  plan: ['assessment', 'follow-up'],
  'follow-up': ['plan', 'assessment'],
};

/** The section id each fact category lands in for this template. */
export function routeCategories(template: TemplateBody): Map<FactCategory, string> {
  const direct = new Map<FactCategory, string>();
  for (const section of template.sections) {
    for (const c of section.rules.categories) if (!direct.has(c)) direct.set(c, section.id);
  }
  const routes = new Map<FactCategory, string>();
  for (const category of Object.keys(FALLBACK) as FactCategory[]) {
    const target = direct.get(category) ?? FALLBACK[category].map((c) => direct.get(c)).find(Boolean);
    routes.set(category, target ?? template.sections[0]?.id ?? 'note');
  }
  return routes;
}

/** "Chief complaint: left ankle injury." — the reason, lower-cased unless it opens with an acronym. */
function labelledComplaint(text: string): string {
  const reason = /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
  return `Chief complaint: ${reason}`;
}

/**
 * Place facts into the template's sections, in transcript order, every sentence with its evidence;
 * the assessment and plan one block per assessed problem (heading, reasoning, treatment, follow-up).
 */
export function assembleNote(
  facts: readonly Fact[],
  template: TemplateBody,
  warnings: string[] = [],
): NoteContent {
  const routes = routeCategories(template);
  // Without a section of its own, the reason for the visit opens the section it lands in, labelled.
  const complaintHasSection = isHeadingSection(routes.get('chief-complaint') ?? '');
  const sections: NoteSection[] = template.sections.map((s) => ({ id: s.id, title: s.title, sentences: [] }));
  const byId = new Map(sections.map((s) => [s.id, s]));
  const add = (sectionId: string | undefined, sentence: Omit<NoteSentence, 'id'>): void => {
    const section = byId.get(sectionId ?? '') ?? sections[0];
    if (section) section.sentences.push({ id: `${section.id}-${section.sentences.length + 1}`, ...sentence });
  };
  // The assessment and plan is composed per problem: one block each where assessment and plan share
  // a section, else the problem heads its reasoning in one and its orders in the other.
  const together = routes.get('assessment') === routes.get('plan');
  for (const item of problemOrdered(facts, together)) {
    if (item.kind === 'heading') {
      add(routes.get(item.category), {
        text: tidyHeadingWords(item.problem.name) || item.problem.name,
        evidence: item.problem.evidence,
        support: 'supported',
        heading: true,
      });
      continue;
    }
    const { fact } = item;
    add(routes.get(fact.category), {
      text:
        fact.category === 'chief-complaint' && !complaintHasSection
          ? labelledComplaint(fact.text)
          : fact.text,
      evidence: fact.evidence,
      support: 'supported',
      ...(fact.assertion ? { assertion: fact.assertion } : {}),
      ...(fact.review ? { review: fact.review } : {}),
    });
  }
  const flagged = facts.filter((f) => f.review).length;
  const notes =
    flagged > 0
      ? [...warnings, `${flagged} sentence(s) are still worded as conversation and are flagged for review.`]
      : warnings;
  return { sections, drafter: 'offline', warnings: notes };
}
