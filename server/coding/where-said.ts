import type { CodingSetting } from './coding-setting.js';

/**
 * Log-odds added to a candidate's blended confidence for where its problem was said in an office visit
 * (transcripts are not in the ranker's CodiEsp training data, so these are fitted on our ACI-Bench
 * train labels): named in a clinician's problem statement, cited by the note's assessment, or said only
 * elsewhere in the conversation. Whether the clinician stated any problem at all changes what the
 * rest means: beside stated problems, a code said only in passing is rarely a coder's.
 */
export interface WhereSaidOffsets {
  /** Named in a clinician's problem statement. */
  stated: number;
  /** Cited by the note's assessment, no problem stated in the visit. */
  assessed: number;
  /** Cited by the note's assessment, beside problems the clinician stated. */
  assessedBesideStated: number;
  /** Said only elsewhere in the conversation, beside problems the clinician stated. */
  unassessedBesideStated: number;
  /** Said only elsewhere, no problem stated in the visit. */
  unassessed: number;
}

/**
 * Set by hand and checked by test/eval/codes/fit-where-said.ts on ACI-Bench train (labels removed and
 * ASR-like): −3 beside stated problems is where P@5 of the codes shown peaks (−2 0.777, −1 0.664, −0.5
 * 0.626 labels removed, against 0.803), while R@10 gains at most 0.02; the same offsets fitted as a
 * logistic model of the coder's labels over every candidate score no better (P@5 0.798, R@10 0.829).
 */
export const WHERE_SAID_OFFSETS: WhereSaidOffsets = {
  stated: 4,
  assessed: 1.5,
  assessedBesideStated: 0,
  unassessedBesideStated: -3,
  unassessed: 0,
};

/** The log-odds a candidate gets for where it was said (none in the inpatient setting: case reports). */
export function whereSaidOffset(
  code: { stated: boolean; assessed: boolean },
  statedAny: boolean,
  setting: CodingSetting,
  offsets: WhereSaidOffsets = WHERE_SAID_OFFSETS,
): number {
  if (setting === 'inpatient') return 0;
  if (code.stated) return offsets.stated;
  if (code.assessed) return statedAny ? offsets.assessedBesideStated : offsets.assessed;
  return statedAny ? offsets.unassessedBesideStated : offsets.unassessed;
}
