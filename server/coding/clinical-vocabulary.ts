import type { CandidateIndex } from './candidate-index.js';
import type { ClinicalVocabulary } from './narrative-mentions.js';

/**
 * The transcript-mention vocabulary of a release's candidate index (index main terms as heads when
 * the importer stored them, else the first words of the loaded index terms); null when it has none.
 */
export function vocabularyOf(index: CandidateIndex): ClinicalVocabulary | null {
  const { vocabulary } = index;
  return vocabulary && vocabulary.headStems.size > 0 ? vocabulary : null;
}
