import type { CandidateSupport } from './code-ranker.js';
import { PROPOSED_CONFIDENCE } from './coding-rules.js';
import type { CodingSetting } from './coding-setting.js';

/**
 * The lowest confidence at which a code is offered at all (below the confident ones, on request).
 * The ranker is fitted on hospital case reports, whose coders rarely code a conversation's lay,
 * site-bearing complaints ("pain in my left knee", "a rash on her forearm"), so it scores the code the
 * visit's own words name far below the floor a learned guess needs. In an office visit the code that
 * best names a current mention (the first of its title or index matches, after the specificity rules)
 * is offered however low it scores, after the more confident ones; its siblings with a form or site
 * nobody said, and codes proposed only by learned profiles or learned links, still need
 * PROPOSED_CONFIDENCE. Case reports keep the one floor (their candidates are many).
 */
export function offerFloor(code: { supports: readonly CandidateSupport[] }, setting: CodingSetting): number {
  const bestForMention = code.supports.some((s) => !s.learnedOnly && s.position === 0);
  return setting === 'outpatient' && bestForMention ? 0 : PROPOSED_CONFIDENCE;
}
