import type { SentenceUnit } from './units.js';

// "You're here to follow up on your blood pressure", "I'm checking in on your depression today",
// "we wanted to check on your diabetes",
// "this is a follow-up for her asthma": the problem the visit follows up, as said.
const FOLLOW_UP_REASON =
  /\b(?:here (?:today )?(?:to |for (?:an? )?)(?:follow[- ]?up|check in|recheck|see how)|follow(?:ing)?[- ]?up|check(?:ing)?[- ]in|check(?:ing)?(?= on\b)|recheck(?:ing)?|touch(?:ing)? base)\s+(?:on|of|for|about|with)\s+(?:how\s+)?(?:(?:your|her|his|their|my|the)\s+)?([a-z][a-z' -]{2,40}?)(?=\s*[,.?!;]|\s*$|\s+(?:today|and|since|now|that|which|because|so|is|are|has|have|from|after|we|you|doing|going)\b)/d;

// Words that say no problem: "follow up on that", "check in on things".
const NOT_A_PROBLEM =
  /^(?:that|this|it|things|everything|you|how|what|the (?:results?|labs?)|results?|labs?)\b/;

export interface FollowUpReason {
  /** The problem as said ("blood pressure", "depression"). */
  problem: string;
  unit: SentenceUnit;
  /** Offsets of the problem's words within the unit's text. */
  range: [number, number];
}

/**
 * The problem a follow-up visit is for, from how the visit opens ("here to follow up on your blood
 * pressure", "checking in on your depression"): the reason for the visit, which a side effect, an
 * allergy or an answer to a review question said later never replaces.
 */
export function followUpReason(units: readonly SentenceUnit[]): FollowUpReason | undefined {
  const early = units.slice(0, Math.max(8, Math.ceil(units.length * 0.3)));
  for (const unit of early) {
    const m = FOLLOW_UP_REASON.exec(unit.text.toLowerCase());
    const range = m?.indices?.[1];
    const problem = m?.[1]?.trim();
    if (!problem || !range || NOT_A_PROBLEM.test(problem) || problem.split(' ').length > 5) continue;
    // toLowerCase can change lengths outside ASCII; only trust offsets that still match.
    if (unit.text.slice(range[0], range[0] + problem.length).toLowerCase() !== problem) continue;
    return { problem, unit, range: [range[0], range[0] + problem.length] };
  }
  return undefined;
}

// A clinician's question whose answer is no reason for the visit: allergies, side effects, how a
// medicine is going, or a review-of-systems "any …?" question.
const ASIDE_QUESTION =
  /\b(?:allerg\w*|side[- ]effects?|reactions?|medicines?|medications?|meds|pills?|on the|taking|since (?:starting|we started)|any\b|do you (?:have|get|ever)|have you (?:had|noticed|been having)|are you having)/i;
// A statement that is about a reaction to a drug, not the complaint: "sulfa gives me a rash".
const REACTION =
  /\b(?:allerg\w*|gives? (?:me|her|him|them) (?:a |an )?|side[- ]effects?|reaction|makes? (?:me|her|him|them) (?:break out|itch|sick|nauseous))\b/i;

/**
 * Whether the patient's words in segment `seq` answer a question about allergies, side effects, a
 * medicine or a review of systems, or tell of a reaction to a drug: what they name is not the chief
 * complaint ("sulfa gives me a rash" in a visit for burning on urination).
 */
export function answersAsideQuestion(units: readonly SentenceUnit[], seq: number): boolean {
  const at = units.findIndex((u) => u.seq === seq);
  if (at < 0) return false;
  const said = units.filter((u) => u.seq === seq);
  if (said.some((u) => REACTION.test(u.text))) return true;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const u = units[i];
    if (!u || u.seq === seq) continue;
    if (u.speaker === 'clinician' && u.isQuestion) return ASIDE_QUESTION.test(u.text);
    if (u.speaker === 'clinician') return false;
  }
  return false;
}
