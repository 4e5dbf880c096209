import { describe, expect, it } from 'vitest';
import type { FactCategory } from '../template.js';
import { namesAProblem } from './problem-names.js';
import { isAcknowledgement, problemOrdered, withAssessedProblems } from './problem-plan.js';
import type { Fact, ProblemMention } from './types.js';

// One fact per segment, the whole segment its evidence; `problem` names the words of a mention.
function visit(lines: Array<[FactCategory, string, string?]>) {
  const facts: Fact[] = lines.map(([category, text], seq) => ({
    category,
    text,
    evidence: [{ seq, start: 0, end: text.length }],
  }));
  const mentions: ProblemMention[] = lines.flatMap(([, text, problem], seq) => {
    if (!problem) return [];
    const start = text.toLowerCase().indexOf(problem);
    return [
      {
        text: text.slice(start, start + problem.length),
        normalized: problem,
        assertion: 'present' as const,
        category: 'assessment' as const,
        evidence: [{ seq, start, end: start + problem.length }],
      },
    ];
  });
  return withAssessedProblems(facts, mentions);
}

const shown = (facts: Fact[], together: boolean) =>
  problemOrdered(facts, together).map((i) => (i.kind === 'heading' ? `# ${i.problem.name}` : i.fact.text));

describe('withAssessedProblems / problemOrdered', () => {
  const facts = visit([
    ['exam', 'Tender over the anterior talofibular ligament.'],
    ['assessment', 'This is a grade 2 sprain of the left ankle.', 'sprain'],
    ['plan', 'Wear the lace-up brace for 3 weeks.'],
    ['assessment', 'Her anxiety is worse since the move.', 'anxiety'],
    ['plan', 'Refer to counselling.'],
    ['follow-up', 'Follow-up in 2 weeks.'],
    ['plan', 'Sounds good.'],
  ]);

  it('gives an order the problem being discussed, and the visit its follow-up', () => {
    expect(facts.map((f) => f.problem?.name)).toEqual([
      undefined,
      'Sprain',
      'Sprain',
      'Anxiety',
      'Anxiety',
      undefined,
    ]);
  });

  it('drops an acknowledgement from the plan', () => {
    expect(facts.some((f) => f.text === 'Sounds good.')).toBe(false);
    expect(isAcknowledgement('Okay, thank you.')).toBe(true);
    expect(isAcknowledgement('Okay to return to work.')).toBe(false);
  });

  it('composes one block per problem where assessment and plan share a section', () => {
    expect(shown(facts, true)).toEqual([
      'Tender over the anterior talofibular ligament.',
      '# Sprain',
      'This is a grade 2 sprain of the left ankle.',
      'Wear the lace-up brace for 3 weeks.',
      '# Anxiety',
      'Her anxiety is worse since the move.',
      'Refer to counselling.',
      '# Disposition',
      'Follow-up in 2 weeks.',
    ]);
  });

  it('heads reasoning and orders separately where the plan has its own section', () => {
    const items = problemOrdered(facts, false);
    const headings = items.flatMap((i) => (i.kind === 'heading' ? [`${i.category}: ${i.problem.name}`] : []));
    expect(headings).toEqual([
      'assessment: Sprain',
      'assessment: Anxiety',
      'plan: Sprain',
      'plan: Anxiety',
      'plan: Disposition',
    ]);
  });

  it('takes the heading from a lead that names a problem, not from one that names nothing', () => {
    const led = visit([
      ['plan', 'Heart failure: restart furosemide 40 mg daily.'],
      ['plan', 'Of: her sore throat.', 'sore throat'],
    ]);
    expect(shown(led, true)).toEqual(['# Heart failure', 'Restart furosemide 40 mg daily.', '# Sore throat']);
    expect(namesAProblem('of')).toBe(false);
    expect(namesAProblem('we talked')).toBe(false);
    expect(namesAProblem('migraines')).toBe(true);
  });

  it('never heads a plan with a verb use of a problem word, even beside a noun that contains it', () => {
    const stone = visit([
      ['assessment', 'This is most likely a kidney stone on the right.', 'kidney stone'],
      ['plan', 'Will give a strainer that he can use to strain his urine.', 'strain'],
      ['plan', 'Sprain it again and it will swell.', 'sprain'],
    ]);
    expect(stone.map((f) => f.problem?.name)).toEqual(['Kidney stone', 'Kidney stone', 'Kidney stone']);
  });
});
