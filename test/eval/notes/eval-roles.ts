/**
 * Speaker-role accuracy alone (fast; eval:notes prints the same beside the drafts): ACI-Bench valid
 * human and ASR transcripts and MTS-Dialog valid, labels removed: as the datasets cut turns, as a
 * recorder cuts at pauses (turns split, some segments holding two speakers), and with every sentence
 * its own segment (no turn boundaries). Also our own labelled visits in new wording (not ACI's or
 * MTS's), both halves: tune (trained on) and report (only ever scored). Usage: npm run eval:roles [-- --split train]
 */

import { toSentenceUnits } from '../../../shared/clinical/offline/units.js';
import {
  labelledSegments,
  OWN_REPORT_DIALOGUES,
  OWN_TUNE_DIALOGUES,
} from '../../../shared/clinical/speaker-role/test-support/own-labelled-dialogues.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { Speaker, TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { loadAciAsr, loadAciSplit } from './aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from './mts-data.js';
import {
  addRoleConfusion,
  formatRoleRow,
  ROLE_TABLE_HEADER,
  type RoleConfusion,
  trustedRoles,
  withoutLabels,
  withoutTurns,
  withPauseCuts,
  zeroConfusion,
} from './role-accuracy.js';

type Labelled = { segments: TranscriptSegment[]; roles: Speaker[] };

function confusion(
  dialogues: readonly Labelled[],
  strip: (s: readonly TranscriptSegment[]) => TranscriptSegment[],
): RoleConfusion {
  const c = zeroConfusion();
  for (const d of dialogues) addRoleConfusion(c, d.roles, strip(d.segments));
  return c;
}

const labelled = (segments: TranscriptSegment[]): Labelled => ({
  segments,
  roles: toSentenceUnits(segments).map((u) => u.speaker),
});

function main(): void {
  const split = process.argv.includes('train') ? 'train' : 'valid';
  const aci = loadAciSplit(split).map((r) => labelled(parseAciDialogue(r.dialogue).segments));
  const asrRows = loadAciAsr(split);
  const asr = (dataset: string, trusted: boolean) =>
    asrRows
      .filter((r) => r.dataset === dataset)
      .map((r) => {
        const segments = parseAciDialogue(r.dialogue).segments;
        return trusted ? { segments, roles: trustedRoles(r, segments) } : labelled(segments);
      });
  const mts = loadMtsSplit(split).map((r) => labelled(parseMtsDialogue(r.dialogue)));
  console.log(
    `Speaker roles, labels removed, ${split} splits (clin→pat = clinician sentences guessed as the patient's, % of clinician sentences)`,
  );
  console.log(ROLE_TABLE_HEADER);
  for (const [label, dialogues] of [
    ['ACI human', aci],
    ['ACI ASR', asr('aci', false)],
    // Raw ASR whose tags alternate by turn whoever speaks (VS024: dictation and the patient's answers
    // under one tag): scored against its own tags and against the human transcript of the same visit.
    ['VS ASR own tags', asr('virtscribe', false)],
    ['VS ASR vs human', asr('virtscribe', true)],
    ['MTS', mts],
    ['Own tune', OWN_TUNE_DIALOGUES.map((d) => labelled(labelledSegments(d)))],
    ['Own report', OWN_REPORT_DIALOGUES.map((d) => labelled(labelledSegments(d)))],
  ] as const) {
    console.log(formatRoleRow(`${label} (turns)`, confusion(dialogues, withoutLabels)));
    console.log(formatRoleRow(`${label} (pause cuts)`, confusion(dialogues, withPauseCuts)));
    console.log(formatRoleRow(`${label} (no turns)`, confusion(dialogues, withoutTurns)));
  }
}

main();
