/**
 * Speaker-role accuracy alone (fast; eval:notes prints the same beside the drafts): ACI-Bench valid
 * human and ASR transcripts and MTS-Dialog valid, labels removed, first as the datasets cut turns and
 * then with every sentence its own segment (no turn boundaries). Usage: npm run eval:roles [-- --split train]
 */
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { loadAciAsr, loadAciSplit } from './aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from './mts-data.js';
import {
  addRoleConfusion,
  formatRoleRow,
  ROLE_TABLE_HEADER,
  type RoleConfusion,
  withoutLabels,
  withoutTurns,
  zeroConfusion,
} from './role-accuracy.js';

function confusion(
  dialogues: readonly TranscriptSegment[][],
  strip: (s: readonly TranscriptSegment[]) => TranscriptSegment[],
): RoleConfusion {
  const c = zeroConfusion();
  for (const gold of dialogues) addRoleConfusion(c, gold, strip(gold));
  return c;
}

function main(): void {
  const split = process.argv.includes('train') ? 'train' : 'valid';
  const aci = loadAciSplit(split).map((r) => parseAciDialogue(r.dialogue).segments);
  const asrRows = loadAciAsr(split);
  const asr = (dataset: string) =>
    asrRows.filter((r) => r.dataset === dataset).map((r) => parseAciDialogue(r.dialogue).segments);
  const mts = loadMtsSplit(split).map((r) => parseMtsDialogue(r.dialogue));
  console.log(
    `Speaker roles, labels removed, ${split} splits (clin→pat = clinician sentences guessed as the patient's, % of clinician sentences)`,
  );
  console.log(ROLE_TABLE_HEADER);
  for (const [label, dialogues] of [
    ['ACI human', aci],
    ['ACI ASR aci', asr('aci')],
    // Raw ASR whose tags alternate mechanically: its gold labels are often wrong (VS024: dictation and
    // the patient's answers tagged as the other speaker), so its accuracy understates the model.
    ['ACI ASR virtscribe', asr('virtscribe')],
    ['MTS', mts],
  ] as const) {
    console.log(formatRoleRow(`${label} (turns)`, confusion(dialogues, withoutLabels)));
    console.log(formatRoleRow(`${label} (no turns)`, confusion(dialogues, withoutTurns)));
  }
}

main();
