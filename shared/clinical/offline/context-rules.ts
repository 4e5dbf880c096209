import { z } from 'zod';
import { AppError } from '../../errors.js';
import { tokenize } from './tokens.js';

/** What a ConText modifier says about the findings in its scope. */
export type ContextCategory = 'negated' | 'possible' | 'historical' | 'family' | 'hypothetical';
/** forward/backward: the scope lies after/before the trigger; terminate: ends scopes; pseudo: blocks false triggers. */
export type ContextDirection = 'forward' | 'backward' | 'terminate' | 'pseudo';

/** One token position of a rule: any of `options` (lowercase), possibly optional. */
export interface RuleToken {
  options: string[];
  optional: boolean;
}

export interface ContextRule {
  literal: string;
  /** For terminate rules, which scopes they end ('any' for NegEx conjunctions). */
  category: ContextCategory | 'any';
  direction: ContextDirection;
  tokens: RuleToken[];
}

const MEDSPACY_CATEGORY: Record<string, ContextCategory> = {
  NEGATED_EXISTENCE: 'negated',
  POSSIBLE_EXISTENCE: 'possible',
  HISTORICAL: 'historical',
  FAMILY: 'family',
  HYPOTHETICAL: 'hypothetical',
};

const tokenSpecSchema = z.object({
  LOWER: z.union([z.string(), z.object({ IN: z.array(z.string()).min(1) })]),
  OP: z.enum(['?']).optional(),
});
const medspacyFileSchema = z.object({
  context_rules: z.array(
    z.object({
      category: z.string(),
      literal: z.string().min(1),
      pattern: z.array(tokenSpecSchema).nullable().optional(),
      direction: z.enum(['FORWARD', 'BACKWARD', 'BIDIRECTIONAL', 'TERMINATE', 'PSEUDO']),
    }),
  ),
});

/** Tokens of a plain phrase, each required. */
export function literalTokens(phrase: string): RuleToken[] {
  return tokenize(phrase).map((t) => ({ options: [t.lower], optional: false }));
}

/** Parse medspaCy's context_rules.json (spaCy token patterns with LOWER / IN / OP "?"). */
export function parseMedspacyContextRules(json: unknown): ContextRule[] {
  const parsed = medspacyFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('invalid_template', 'context_rules.json does not match the medspaCy rule format', {
      cause: parsed.error,
    });
  }
  const rules: ContextRule[] = [];
  for (const r of parsed.data.context_rules) {
    const category = MEDSPACY_CATEGORY[r.category];
    if (!category) continue;
    const direction =
      r.direction === 'BIDIRECTIONAL' ? 'forward' : (r.direction.toLowerCase() as ContextDirection);
    const tokens = r.pattern
      ? r.pattern.map((p) => ({
          options:
            typeof p.LOWER === 'string' ? [p.LOWER.toLowerCase()] : p.LOWER.IN.map((o) => o.toLowerCase()),
          optional: p.OP === '?',
        }))
      : literalTokens(r.literal);
    if (tokens.length > 0) rules.push({ literal: r.literal, category, direction, tokens });
  }
  return rules;
}

const NEGEX_TAGS: Record<string, Pick<ContextRule, 'category' | 'direction'>> = {
  PREN: { category: 'negated', direction: 'forward' },
  POST: { category: 'negated', direction: 'backward' },
  PREP: { category: 'possible', direction: 'forward' },
  POSP: { category: 'possible', direction: 'backward' },
  PSEU: { category: 'any', direction: 'pseudo' },
  CONJ: { category: 'any', direction: 'terminate' },
};

/** Parse NegEx triggers ("phrase<TAB><TAB>[PREN]" per line). */
export function parseNegexTriggers(text: string): ContextRule[] {
  const rules: ContextRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.+?)\s+\[([A-Z]+)\]\s*$/.exec(line);
    if (!m) continue;
    const kind = NEGEX_TAGS[m[2] ?? ''];
    const phrase = (m[1] ?? '').trim();
    if (!kind || !phrase) continue;
    rules.push({ literal: phrase, ...kind, tokens: literalTokens(phrase) });
  }
  return rules;
}
