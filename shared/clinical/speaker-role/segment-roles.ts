import { toSentenceUnits } from '../offline/units.js';
import type { TranscriptSegment } from '../transcript.js';
import { withInferredRoles } from './index.js';
import type { InferredRole } from './role-model.js';

/** Who most likely spoke a segment recorded as `unknown`, and how sure the model is (0..1). */
export interface SegmentRole {
  role: InferredRole;
  confidence: number;
}

/**
 * The speaker-role model's guess per segment whose recorded speaker is `unknown` and that no
 * clinician corrected: the role most of its sentences get, with the mean confidence of those
 * sentences spread over all of them (a segment split between speakers is shown as less sure).
 * Recorded labels and corrections are not guessed at: they anchor their neighbours instead.
 */
export function segmentRoles(segments: readonly TranscriptSegment[]): Map<number, SegmentRole> {
  const roles = new Map<number, SegmentRole>();
  if (!segments.some((s) => s.speaker === 'unknown' && !s.correctedRole)) return roles;
  const votes = new Map<number, { count: number; byRole: Map<InferredRole, number> }>();
  for (const unit of withInferredRoles(toSentenceUnits(segments))) {
    if (unit.roleConfidence === undefined || unit.speaker === 'unknown') continue;
    const v = votes.get(unit.seq) ?? { count: 0, byRole: new Map<InferredRole, number>() };
    v.count++;
    v.byRole.set(unit.speaker, (v.byRole.get(unit.speaker) ?? 0) + unit.roleConfidence);
    votes.set(unit.seq, v);
  }
  for (const [seq, v] of votes) {
    const best = [...v.byRole.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) roles.set(seq, { role: best[0], confidence: best[1] / v.count });
  }
  return roles;
}
