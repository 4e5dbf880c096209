import type { Db } from '../db/client.js';
import { candidateIndexFor } from './candidate-index.js';
import type { ClinicalVocabulary } from './narrative-mentions.js';

/**
 * The transcript-mention vocabulary of the release loaded in `db` (index main terms as heads when the
 * importer stored them, else the first words of the loaded index terms), from the release's candidate
 * index. Null when no codes are loaded.
 */
export async function clinicalVocabularyFor(db: Db): Promise<ClinicalVocabulary | null> {
  const vocabulary = (await candidateIndexFor(db)).vocabulary;
  return vocabulary && vocabulary.headStems.size > 0 ? vocabulary : null;
}
