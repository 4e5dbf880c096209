import { toSentenceUnits } from '../offline/units.js';
import type { TranscriptSegment } from '../transcript.js';
import { withInferredRoles } from './index.js';
import type { InferredRole } from './role-model.js';

/** Who most likely spoke a segment recorded as `unknown`, and how sure the model is (0..1). */
export interface SegmentRole {
  role: InferredRole;
  confidence: number;
}

// Transcripts whose guesses are kept: a server serves a handful of open encounters at a time, a side
// panel one. Each entry holds its transcript's text as the key.
const CACHE_SIZE = 64;
const cache = new Map<string, ReadonlyMap<number, SegmentRole>>();

/**
 * Everything the guesses depend on, exactly (not a hash, so two transcripts never share an entry):
 * each segment's order, recorded speaker, correction and text.
 */
function cacheKey(segments: readonly TranscriptSegment[]): string {
  return JSON.stringify(segments.map((s) => [s.seq, s.speaker, s.correctedRole ?? null, s.text]));
}

/**
 * The speaker-role model's guesses for a transcript (see `computeSegmentRoles`), remembered for the
 * last transcripts asked about: a transcript read again unchanged costs a lookup, while a new or
 * edited segment or a correction changes the key and is guessed afresh.
 */
export function segmentRoles(segments: readonly TranscriptSegment[]): ReadonlyMap<number, SegmentRole> {
  const key = cacheKey(segments);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const roles = computeSegmentRoles(segments);
  cache.set(key, roles);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return roles;
}

/**
 * The speaker-role model's guess per segment whose recorded speaker is `unknown` and that no
 * clinician corrected: the role most of its sentences get, with the mean confidence of those
 * sentences spread over all of them (a segment split between speakers is shown as less sure).
 * Recorded labels and corrections are not guessed at: they anchor their neighbours instead.
 */
export function computeSegmentRoles(segments: readonly TranscriptSegment[]): Map<number, SegmentRole> {
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
