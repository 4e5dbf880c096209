import { existsSync, readFileSync } from 'node:fs';
import { sharedDataPath } from '../../shared/node/shared-dir.js';
import type { Db } from '../db/client.js';
import { type ClinicalVocabulary, loadClinicalVocabulary } from './narrative-mentions.js';

const byDb = new WeakMap<Db, Promise<ClinicalVocabulary | null>>();

/** The FY2017 alphabetic index in the team library, when this machine has it. */
export function indexPath(): string | undefined {
  try {
    const path = sharedDataPath('icd10cm', 'icd10cm_index_fy2017_flat.tsv.gz');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The transcript-mention vocabulary of the release loaded in `db`, built once per database: index main
 * terms as heads when the index file is present, else the first words of the loaded index terms.
 * Null when no codes are loaded.
 */
export function clinicalVocabularyFor(db: Db): Promise<ClinicalVocabulary | null> {
  let vocabulary = byDb.get(db);
  if (!vocabulary) {
    vocabulary = loadClinicalVocabulary(db, indexPath()).then((v) => (v.headStems.size > 0 ? v : null));
    byDb.set(db, vocabulary);
  }
  return vocabulary;
}

let drugTable: Map<string, string> | null | undefined;

/**
 * The drug table's class code (T-code of the adverse-effect column) for a substance name, from the
 * FY2026 ICD-10-CM drug table in the team library; undefined when the name or the table is absent.
 */
export function drugClassOf(name: string): string | undefined {
  if (drugTable === undefined) {
    drugTable = null;
    try {
      const path = sharedDataPath('icd10cm', 'icd10cm_fy2026_drug_table.tsv');
      if (existsSync(path)) {
        const lines = readFileSync(path, 'utf8').split(/\r?\n/);
        const header = (lines[0] ?? '').split('\t');
        const adverse = header.indexOf('adverse_effect');
        const accidental = header.indexOf('poisoning_accidental');
        const table = new Map<string, string>();
        for (const line of lines.slice(1)) {
          const cols = line.split('\t');
          const substance = (cols[0] ?? '').trim().toLowerCase();
          const code = [cols[adverse], cols[accidental]].find((c) => c && /^T\d/.test(c));
          if (substance && code && !table.has(substance)) table.set(substance, code);
        }
        drugTable = table;
      }
    } catch {
      drugTable = null;
    }
  }
  return drugTable?.get(name.toLowerCase());
}
