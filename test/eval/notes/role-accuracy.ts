import { toSentenceUnits } from '../../../shared/clinical/offline/units.js';
import { builtinRoleModel, withInferredRoles } from '../../../shared/clinical/speaker-role/index.js';
import { ROLE_CLASSES, type RoleModel } from '../../../shared/clinical/speaker-role/role-model.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';

/** Sentence counts by gold role (rows) and guessed role (columns), in ROLE_CLASSES order. */
export type RoleConfusion = number[][];

export const zeroConfusion = (): RoleConfusion => ROLE_CLASSES.map(() => ROLE_CLASSES.map(() => 0));

/** The gold transcript with every speaker `unknown`, as one microphone records it. */
export const withoutLabels = (segments: readonly TranscriptSegment[]): TranscriptSegment[] =>
  segments.map((s) => ({ ...s, speaker: 'unknown' as const }));

/**
 * The same transcript with every sentence its own unlabelled segment: a recorder cuts at pauses, not
 * at turns, so this shows what the model does without the turn boundaries the datasets give away.
 */
export function withoutTurns(segments: readonly TranscriptSegment[]): TranscriptSegment[] {
  return toSentenceUnits(segments).map((u, i) => ({
    seq: i,
    startMs: i * 1000,
    endMs: i * 1000 + 900,
    speaker: 'unknown' as const,
    text: u.text,
  }));
}

/**
 * Add the sentence roles inferred for `input` (labels removed) against the labels of `gold` to
 * `into`. `input` must split into the same sentences as `gold` (same text).
 */
export function addRoleConfusion(
  into: RoleConfusion,
  gold: readonly TranscriptSegment[],
  input: readonly TranscriptSegment[],
  model: RoleModel = builtinRoleModel(),
): void {
  const truth = toSentenceUnits(gold);
  const guessed = withInferredRoles(toSentenceUnits(input), model);
  if (guessed.length !== truth.length)
    throw new Error(`role accuracy: ${guessed.length} sentences guessed for ${truth.length} labelled`);
  truth.forEach((u, i) => {
    const g = ROLE_CLASSES.indexOf(u.speaker as (typeof ROLE_CLASSES)[number]);
    const p = ROLE_CLASSES.indexOf(guessed[i]?.speaker as (typeof ROLE_CLASSES)[number]);
    const row = into[g];
    if (row && p >= 0) row[p] = (row[p] ?? 0) + 1;
  });
}

/** [right, total] of a confusion table. */
export function confusionAccuracy(c: RoleConfusion): [number, number] {
  let right = 0;
  let total = 0;
  c.forEach((row, g) => {
    row.forEach((n, p) => {
      total += n;
      if (g === p) right += n;
    });
  });
  return [right, total];
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-').padStart(6);

export const ROLE_TABLE_HEADER =
  'role condition                 sentences  acc%   clin→pat  pat→clin  →other  other→';

/** One row: accuracy, clinician sentences taken for the patient's and the reverse (share of their gold). */
export function formatRoleRow(label: string, c: RoleConfusion): string {
  const [right, total] = confusionAccuracy(c);
  const row = (g: number) => c[g] ?? [];
  const sum = (r: number[]) => r.reduce((a, b) => a + b, 0);
  const clin = row(0);
  const pat = row(1);
  const toOther = (clin[2] ?? 0) + (pat[2] ?? 0);
  const fromOther = sum(row(2)) - (row(2)[2] ?? 0);
  return `${label.padEnd(30)} ${String(total).padStart(9)} ${pct(right, total)}   ${pct(clin[1] ?? 0, sum(clin))}    ${pct(pat[0] ?? 0, sum(pat))}  ${String(toOther).padStart(6)}  ${String(fromOther).padStart(6)}`;
}
