import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { sharedDir } from '../../node/shared-dir.js';
import { parseMedspacyContextRules, parseNegexTriggers } from './context-rules.js';
import { parseDrugTable } from './drug-names.js';
import { createResources, type OfflineResources } from './resources.js';
import { parseSectionPatterns } from './section-headers.js';

export const resourcePaths = (root: string) => ({
  contextRules: path.join(root, 'data/clinical-nlp/medspacy/context_rules.json'),
  sectionPatterns: path.join(root, 'data/clinical-nlp/medspacy/section_patterns.json'),
  negexTriggers: path.join(root, 'data/clinical-nlp/negex/negex_triggers.txt'),
  drugTable: path.join(root, 'data/icd10cm/icd10cm_fy2026_drug_table.tsv'),
});

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AppError('not_found', `Reference file not readable: ${file}. Set SCRIBE_SHARED_DIR.`, {
      cause,
    });
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(read(file));
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError('invalid_template', `Reference file is not JSON: ${file}`, { cause });
  }
}

/** Load the full ConText, NegEx, section-header and drug-name resources from the shared data folder (Node). */
export function loadOfflineResources(root = sharedDir()): OfflineResources {
  const p = resourcePaths(root);
  return createResources({
    contextRules: [
      ...parseMedspacyContextRules(readJson(p.contextRules)),
      ...parseNegexTriggers(read(p.negexTriggers)),
    ],
    headerRules: parseSectionPatterns(readJson(p.sectionPatterns)),
    drugNames: parseDrugTable(read(p.drugTable)),
  });
}
