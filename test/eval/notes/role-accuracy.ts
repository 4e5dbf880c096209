import { mulberry32 } from '../../../models/scripts/seeded-random.js';
import { toSentenceUnits } from '../../../shared/clinical/offline/units.js';
import { builtinRoleModel, withInferredRoles } from '../../../shared/clinical/speaker-role/index.js';
import { ROLE_CLASSES, type RoleModel } from '../../../shared/clinical/speaker-role/role-model.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { Speaker, TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { type AciRow, loadAciVariant } from './aci-data.js';
import { rolesFromHumanTranscript } from './asr-gold.js';

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
 * Segments a recorder that cuts at pauses might make of sentences whose turns are `turns` (one entry
 * per sentence, its turn's number): a turn of several sentences is split after each sentence half the
 * time, and one turn in five runs on into the next speaker's segment (a short answer with no pause
 * before the next question). Returns each sentence's segment number. Deterministic.
 */
export function pauseCutSegments(turns: readonly number[]): number[] {
  const random = mulberry32(20261130);
  let segment = 0;
  return turns.map((turn, i) => {
    if (i > 0 && random() < (turn === turns[i - 1] ? 0.5 : 0.8)) segment++;
    return segment;
  });
}

/** The transcript's sentences, unlabelled, in the segments of `pauseCutSegments`. */
export function withPauseCuts(segments: readonly TranscriptSegment[]): TranscriptSegment[] {
  const units = toSentenceUnits(segments);
  const plan = pauseCutSegments(units.map((u) => u.seq));
  const out: TranscriptSegment[] = [];
  let sentences = 0;
  units.forEach((u, i) => {
    const last = out.at(-1);
    const sentence = `${u.text}${/[.?!]$/.test(u.text) ? '' : u.isQuestion ? '?' : '.'}`;
    if (last && plan[i] === plan[i - 1]) {
      // A merge the sentence splitter would read differently (two sentences run together, a question
      // lost) is cut instead.
      const merged = toSentenceUnits([{ ...last, text: `${last.text} ${sentence}` }]);
      if (merged.length === sentences + 1 && merged.at(-1)?.isQuestion === u.isQuestion) {
        last.text = `${last.text} ${sentence}`;
        last.endMs += 1000;
        sentences++;
        return;
      }
    }
    const seq = out.length;
    out.push({ seq, startMs: seq * 1000, endMs: seq * 1000 + 900, speaker: 'unknown', text: sentence });
    sentences = 1;
  });
  return out;
}

let humanTranscripts: Map<string, TranscriptSegment[]> | undefined;

/**
 * The speaker of each sentence of an ACI-Bench row as far as it can be trusted: the VirtScribe raw
 * ASR tags alternate by turn whoever speaks, so for those rows the speakers come from the human
 * transcript of the same visit (aligned word by word); every other row keeps its own tags.
 */
export function trustedRoles(row: AciRow, segments: readonly TranscriptSegment[]): Speaker[] {
  if (row.dataset === 'virtscribe' && /^VS/.test(row.encounter_id)) {
    humanTranscripts ??= new Map(
      loadAciVariant('valid_virtscribe_humantrans.csv').map((r) => [
        r.encounter_id,
        parseAciDialogue(r.dialogue).segments,
      ]),
    );
    const human = humanTranscripts.get(row.encounter_id);
    if (human) return rolesFromHumanTranscript(segments, human);
  }
  return toSentenceUnits(segments).map((u) => u.speaker);
}

/**
 * Add the sentence roles inferred for `input` (labels removed) against the gold roles to `into`:
 * the labels of `gold` segments, or one role per sentence of `input`. `input` must split into the
 * same sentences as the gold (same text); sentences whose gold is `unknown` are not counted.
 */
export function addRoleConfusion(
  into: RoleConfusion,
  gold: readonly TranscriptSegment[] | readonly Speaker[],
  input: readonly TranscriptSegment[],
  model: RoleModel = builtinRoleModel(),
): void {
  const roles =
    typeof gold[0] === 'string'
      ? (gold as readonly Speaker[])
      : toSentenceUnits(gold as readonly TranscriptSegment[]).map((u) => u.speaker);
  const guessed = withInferredRoles(toSentenceUnits(input), model);
  if (guessed.length !== roles.length)
    throw new Error(`role accuracy: ${guessed.length} sentences guessed for ${roles.length} labelled`);
  roles.forEach((speaker, i) => {
    const g = ROLE_CLASSES.indexOf(speaker as (typeof ROLE_CLASSES)[number]);
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
