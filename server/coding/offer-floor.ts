import type { CandidateSupport } from './code-ranker.js';
import { PROPOSED_CONFIDENCE } from './coding-rules.js';
import type { CodingSetting } from './coding-setting.js';

/**
 * The lowest confidence at which a code is offered at all (below the confident ones, on request).
 * The ranker is fitted on hospital case reports, whose coders rarely code a conversation's lay,
 * site-bearing complaints ("pain in my left knee", "a rash on her forearm"), so it scores the code the
 * visit's own words name far below the floor a learned guess needs. In an office visit a code that a
 * current mention names in its title or index term is offered however low it scores, after the more
 * confident ones; a code proposed only by learned profiles or learned links (no words of the visit
 * name it) still needs PROPOSED_CONFIDENCE. Case reports keep the one floor (their candidates are many).
 * Chosen on ACI-Bench train (labels removed): R@10 0.817 → 0.863, ASR-like 0.773 → 0.828.
 */
export function offerFloor(code: { supports: readonly CandidateSupport[] }, setting: CodingSetting): number {
  const namedInWords = code.supports.some((s) => !s.learnedOnly);
  return setting === 'outpatient' && namedInWords ? 0 : PROPOSED_CONFIDENCE;
}
