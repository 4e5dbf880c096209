/**
 * Speaker-role accuracy on the training splits, each dialogue scored with a model trained without
 * its conversation (./role-folds.ts): the honest training-split reading used to choose changes to the
 * role model (validation is only reported). ACI-Bench train human transcripts, their corrected ASR
 * (the VirtScribe raw ASR is left out: its tags alternate by turn whoever speaks) and MTS-Dialog
 * train, labels removed: as the datasets cut turns, cut at pauses, with no turns at all, and (ACI) in
 * the units the drafter asks about (run-ons without punctuation cut into sentences).
 * Usage: npx tsx test/eval/notes/eval-role-folds.ts [--folds 5]
 */
import { withInferredRoles } from '../../../shared/clinical/speaker-role/index.js';
import type { RoleModel } from '../../../shared/clinical/speaker-role/role-model.js';
import { ROLE_CLASSES } from '../../../shared/clinical/speaker-role/role-model.js';
import { roleUnits } from '../../../shared/clinical/speaker-role/role-units.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { loadAciAsr, loadAciSplit } from './aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from './mts-data.js';
import {
  addRoleConfusion,
  confusionAccuracy,
  formatRoleRow,
  ROLE_TABLE_HEADER,
  type RoleConfusion,
  withoutLabels,
  withoutTurns,
  withPauseCuts,
  zeroConfusion,
} from './role-accuracy.js';
import { aciGroup, mtsGroup, trainRoleFolds } from './role-folds.js';

type Grouped = { group: string; segments: TranscriptSegment[] };

/**
 * Roles of the units the drafter asks about (run-ons cut: roleUnits) against the speaker of the turn
 * each came from (the datasets cut at turns, so a turn's pieces are all its speaker's).
 */
function addDraftedConfusion(into: RoleConfusion, segments: readonly TranscriptSegment[], model: RoleModel) {
  const gold = new Map(segments.map((s) => [s.seq, s.speaker]));
  for (const u of withInferredRoles(roleUnits(withoutLabels(segments)), model)) {
    const g = ROLE_CLASSES.indexOf(gold.get(u.seq) as (typeof ROLE_CLASSES)[number]);
    const p = ROLE_CLASSES.indexOf(u.speaker as (typeof ROLE_CLASSES)[number]);
    const row = into[g];
    if (row && p >= 0) row[p] = (row[p] ?? 0) + 1;
  }
}

function main(): void {
  const at = process.argv.indexOf('--folds');
  const folds = trainRoleFolds(Number(at > 0 ? process.argv[at + 1] : 5));
  const aci = loadAciSplit('train').map((r) => ({
    group: aciGroup(r.note),
    segments: parseAciDialogue(r.dialogue).segments,
  }));
  const asr = loadAciAsr('train')
    .filter((r) => r.dataset !== 'virtscribe')
    .map((r) => ({ group: aciGroup(r.note), segments: parseAciDialogue(r.dialogue).segments }));
  const mts = loadMtsSplit('train').map((r) => ({
    group: mtsGroup(r.ID),
    segments: parseMtsDialogue(r.dialogue),
  }));
  console.log(`Speaker roles on train, ${folds.folds} folds (each dialogue by a model trained without it)`);
  console.log(ROLE_TABLE_HEADER);
  const means: number[] = [];
  for (const [label, dialogues] of [
    ['ACI human', aci],
    ['ACI ASR', asr],
    ['MTS', mts],
  ] as const) {
    for (const [cut, strip] of [
      ['turns', withoutLabels],
      ['pause cuts', withPauseCuts],
      ['no turns', withoutTurns],
    ] as const) {
      const c = zeroConfusion();
      for (const d of dialogues as readonly Grouped[])
        addRoleConfusion(c, d.segments, strip(d.segments), folds.modelFor(d.group));
      const [right, total] = confusionAccuracy(c);
      means.push(right / total);
      console.log(formatRoleRow(`${label} (${cut})`, c));
    }
    if (label === 'MTS') continue;
    // The drafter's own units (run-ons cut into sentences), the ASR rows' condition in eval:notes.
    const c = zeroConfusion();
    for (const d of dialogues as readonly Grouped[])
      addDraftedConfusion(c, d.segments, folds.modelFor(d.group));
    const [right, total] = confusionAccuracy(c);
    means.push(right / total);
    console.log(formatRoleRow(`${label} (as drafted)`, c));
  }
  console.log(`mean of the rows: ${((100 * means.reduce((a, b) => a + b, 0)) / means.length).toFixed(2)}%`);
}

main();
