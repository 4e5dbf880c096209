import type { RoleModel } from '../speaker-role/role-model.js';
import { type CompiledContextRules, compileContextRules } from './context.js';
import { builtinContextRules } from './context-rules.builtin.js';
import type { ContextRule } from './context-rules.js';
import { builtinDrugNames } from './drug-names.js';
import { buildProblemLexicon, type ProblemLexicon } from './problem-lexicon.js';
import { builtinSectionHeaderRules, type SectionHeaderRule } from './section-headers.js';

/** Everything the offline drafter looks things up in; built once, reused for every draft. */
export interface OfflineResources {
  context: CompiledContextRules;
  headers: readonly SectionHeaderRule[];
  drugNames: ReadonlySet<string>;
  problems: ProblemLexicon;
  /**
   * The speaker-role model for transcripts without speaker labels; the committed one when absent
   * (the notes evaluation passes one trained without the dialogues it drafts).
   */
  roleModel?: RoleModel;
}

export interface ResourceSources {
  /** Extra ConText rules (e.g. medspaCy + NegEx files); the built-in conversational rules are always kept. */
  contextRules?: readonly ContextRule[];
  /** Section header rules; replaces the built-in list when given. */
  headerRules?: readonly SectionHeaderRule[];
  /** Extra drug names (e.g. the ICD-10-CM Table of Drugs); the built-in common drugs are always kept. */
  drugNames?: Iterable<string>;
}

/** Build resources from optional rule sources merged with the built-in defaults. */
export function createResources(sources: ResourceSources = {}): OfflineResources {
  const drugNames = new Set(builtinDrugNames);
  for (const name of sources.drugNames ?? []) drugNames.add(name);
  return {
    context: compileContextRules([...builtinContextRules, ...(sources.contextRules ?? [])]),
    headers: sources.headerRules ?? builtinSectionHeaderRules,
    drugNames,
    problems: buildProblemLexicon(),
  };
}

let builtin: OfflineResources | undefined;

/** The built-in resources (no file access; works in the browser). */
export function builtinResources(): OfflineResources {
  builtin ??= createResources();
  return builtin;
}
