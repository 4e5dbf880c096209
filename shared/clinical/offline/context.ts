import type { ContextCategory, ContextDirection, ContextRule } from './context-rules.js';
import type { Token } from './tokens.js';

export type Assertion = 'present' | ContextCategory;

/** A rule matched in a sentence, as token indices [start, end). */
export interface Modifier {
  category: ContextCategory | 'any';
  direction: ContextDirection;
  start: number;
  end: number;
}

/** Rules indexed by the options of their first token, for one pass over a sentence. */
export interface CompiledContextRules {
  byFirstToken: Map<string, ContextRule[]>;
}

// Conversations run on; a trigger rarely governs more than a clause.
const FORWARD_SCOPE_TOKENS = 12;
const BACKWARD_SCOPE_TOKENS = 6;

export function compileContextRules(rules: readonly ContextRule[]): CompiledContextRules {
  const byFirstToken = new Map<string, ContextRule[]>();
  for (const rule of rules) {
    const first = rule.tokens.find((t) => !t.optional);
    for (const option of first?.options ?? []) {
      const list = byFirstToken.get(option) ?? [];
      list.push(rule);
      byFirstToken.set(option, list);
    }
  }
  return { byFirstToken };
}

/** Length in tokens of `rule` matched at `at`, or 0. Optional tokens match greedily. */
function matchLength(rule: ContextRule, tokens: readonly Token[], at: number): number {
  let k = at;
  const firstRequired = rule.tokens.findIndex((t) => !t.optional);
  for (const spec of rule.tokens.slice(firstRequired)) {
    const token = tokens[k];
    if (token && spec.options.includes(token.lower)) k++;
    else if (!spec.optional) return 0;
  }
  return k - at;
}

/** All modifiers in a sentence; pseudo-triggers ("no change") suppress triggers they overlap. */
export function findModifiers(tokens: readonly Token[], compiled: CompiledContextRules): Modifier[] {
  const found: Modifier[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = compiled.byFirstToken.get(tokens[i]?.lower ?? '') ?? [];
    let best: { rule: ContextRule; length: number } | undefined;
    for (const rule of candidates) {
      const length = matchLength(rule, tokens, i);
      const better =
        length > (best?.length ?? 0) ||
        (length > 0 && length === best?.length && rule.direction === 'pseudo');
      if (better) best = { rule, length };
    }
    if (best) {
      found.push({
        category: best.rule.category,
        direction: best.rule.direction,
        start: i,
        end: i + best.length,
      });
      i += best.length;
    } else {
      i++;
    }
  }
  return found.filter((m) => m.direction !== 'pseudo');
}

function terminates(t: Modifier, category: ContextCategory | 'any'): boolean {
  return t.direction === 'terminate' && (t.category === 'any' || t.category === category);
}

/** Which categories govern the target tokens [targetStart, targetEnd). */
export function modifiersOf(
  targetStart: number,
  targetEnd: number,
  modifiers: readonly Modifier[],
): Set<ContextCategory> {
  const result = new Set<ContextCategory>();
  for (const m of modifiers) {
    if (m.category === 'any' || m.direction === 'terminate') continue;
    // A trigger inside the target ("no" in "no pain") does not count as its own modifier.
    if (m.start >= targetStart && m.end <= targetEnd) continue;
    const category = m.category;
    if (m.direction === 'forward' && m.end <= targetStart && targetStart - m.end <= FORWARD_SCOPE_TOKENS) {
      const blocked = modifiers.some(
        (t) => terminates(t, category) && t.start >= m.end && t.start < targetStart,
      );
      if (!blocked) result.add(category);
    }
    if (m.direction === 'backward' && m.start >= targetEnd && m.start - targetEnd <= BACKWARD_SCOPE_TOKENS) {
      const blocked = modifiers.some(
        (t) => terminates(t, category) && t.start >= targetEnd && t.start < m.start,
      );
      if (!blocked) result.add(category);
    }
  }
  return result;
}

// A finding about a relative is not the patient's; a negated finding is absent whatever else applies.
const PRECEDENCE: ContextCategory[] = ['family', 'negated', 'hypothetical', 'possible', 'historical'];

/** The single assertion for a target, by clinical precedence. */
export function assertionOf(
  targetStart: number,
  targetEnd: number,
  modifiers: readonly Modifier[],
): Assertion {
  const cats = modifiersOf(targetStart, targetEnd, modifiers);
  return PRECEDENCE.find((c) => cats.has(c)) ?? 'present';
}
