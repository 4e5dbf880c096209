import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import type { Db } from '../../db/client.js';
import { type Icd10ImportResult, importIcd10 } from '../icd10-import.js';

/** The official FY2026 release zip in the team's shared data library. */
export const releaseZipPath = (): string => sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip');

/** Categories common in primary care: enough for search and suggestion tests, fast to import. */
export const TEST_CATEGORIES = [
  'E11',
  'E10',
  'E78',
  'E66',
  'E03',
  'I10',
  'I11',
  'I48',
  'I50',
  'I25',
  'J44',
  'J45',
  'J06',
  'J18',
  'J02',
  'K21',
  'N39',
  'N18',
  'M17',
  'M54',
  'R05',
  'R11',
  'R07',
  'R50',
  'R51',
  'F32',
  'F41',
  'G43',
  'Z00',
  'Z87',
  'Z82',
  'QA0',
  'A23',
  'N45',
  'J20',
  // The coding-rule visits: pneumonia, allergy, kidney stone and the codes they must not get.
  'J82',
  'L50',
  'R10',
  'R68',
  'R06',
  'Z88',
  'N20',
  'N23',
  'R31',
  'R39',
  'S86',
  'S83',
  'S39',
  'Z79',
  'O24',
  'M25',
  'D50',
  'D64',
  // A condition named without its form or site: the index's own (unspecified) code.
  'M19',
  'M13',
  // A smoker: nicotine dependence by product, tobacco use.
  'F17',
  'Z72',
  // A stated problem with a qualifier no title carries ("scalp psoriasis").
  'L40',
  // Lay words the index refers elsewhere ("enlarged liver" → Hypertrophy, liver → hepatomegaly).
  'R16',
  'K76',
] as const;

/** Imports only TEST_CATEGORIES of the real release (with hierarchy and index synonyms). */
export function importTestSubset(db: Db): Promise<Icd10ImportResult> {
  const keep = new Set<string>(TEST_CATEGORIES);
  return importIcd10(db, { orderPath: releaseZipPath(), filter: (code) => keep.has(code.slice(0, 3)) });
}
