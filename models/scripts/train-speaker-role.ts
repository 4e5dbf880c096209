/**
 * Train the speaker-role model from the team library (never the validation splits) and write
 * shared/clinical/speaker-role/speaker-role-weights.json. Deterministic: the same ../shared gives the
 * same bytes. Usage: npm run models:train-speaker-role
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toSentenceUnits } from '../../shared/clinical/offline/units.js';
import { inferRoles, type RoleUnit } from '../../shared/clinical/speaker-role/infer-roles.js';
import { roleFeatures } from '../../shared/clinical/speaker-role/role-features.js';
import {
  QUANTUM,
  ROLE_CLASSES,
  type RoleModel,
  roleModelSchema,
} from '../../shared/clinical/speaker-role/role-model.js';
import { parseAciDialogue } from '../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { loadAciAsr, loadAciSplit } from '../../test/eval/notes/aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from '../../test/eval/notes/mts-data.js';

export const WEIGHTS_PATH = fileURLToPath(
  new URL('../../shared/clinical/speaker-role/speaker-role-weights.json', import.meta.url),
);

// Features seen fewer times than this are noise and only grow the file.
const MIN_COUNT = 12;
// Features whose clinician and patient weights differ by less than this (natural log) are dropped.
const MIN_SPREAD = 0.8;
// Additive smoothing of feature counts.
const ALPHA = 0.5;
// Not learnable from turn-segmented training data (a turn never changes speaker): a recorder's
// segment may hold two speakers, so keep a small chance of a change inside a segment.
const CHANGE_IN_SEGMENT = 0.05;
const TEMPERATURES = [2, 3, 4, 6, 8, 12];
// A recorder's segment boundary is a pause, not always a change of turn: at a boundary the chain
// mixes the turn-to-turn transitions with the sentence-to-sentence ones (both learned) half and half.
const BOUNDARY_IS_TURN = 0.5;

type Dialogue = Array<RoleUnit & { role: (typeof ROLE_CLASSES)[number]; features: string[] }>;

function toDialogue(segments: readonly TranscriptSegment[]): Dialogue {
  const units = toSentenceUnits(segments);
  return units.flatMap((u, i) => {
    if (u.speaker === 'unknown') return [];
    const prev = units[i - 1];
    const features = roleFeatures({
      text: u.text,
      index: i,
      afterQuestionInOtherSegment: Boolean(prev?.isQuestion && prev.seq !== u.seq),
    });
    return [{ seq: u.seq, text: u.text, isQuestion: u.isQuestion, role: u.speaker, features }];
  });
}

/** Every training dialogue: ACI-Bench train and its ASR variants, MTS-Dialog train and augmented. */
export function trainingDialogues(): Dialogue[] {
  return [
    ...[...loadAciSplit('train'), ...loadAciAsr('train')].map((r) =>
      toDialogue(parseAciDialogue(r.dialogue).segments),
    ),
    ...[...loadMtsSplit('train'), ...loadMtsSplit('augmented')].map((r) =>
      toDialogue(parseMtsDialogue(r.dialogue)),
    ),
  ].filter((d) => d.length > 0);
}

const q = (x: number) => Math.round(x * QUANTUM);

function fitModel(dialogues: readonly Dialogue[], temperature: number): RoleModel {
  const classCount = [0, 0, 0];
  const featureTotals = [0, 0, 0];
  const counts = new Map<string, number[]>();
  const next = [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ];
  const sentenceNext = [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ];
  for (const d of dialogues) {
    d.forEach((u, i) => {
      const c = ROLE_CLASSES.indexOf(u.role);
      classCount[c] = (classCount[c] ?? 0) + 1;
      const prev = d[i - 1];
      if (prev) {
        const p = ROLE_CLASSES.indexOf(prev.role);
        const sentenceRow = sentenceNext[p];
        if (sentenceRow) sentenceRow[c] = (sentenceRow[c] ?? 0) + 1;
        const row = next[p];
        if (row && prev.seq !== u.seq) row[c] = (row[c] ?? 0) + 1;
      }
      for (const f of u.features) {
        const v = counts.get(f) ?? [0, 0, 0];
        v[c] = (v[c] ?? 0) + 1;
        counts.set(f, v);
        featureTotals[c] = (featureTotals[c] ?? 0) + 1;
      }
    });
  }
  const vocabulary = counts.size;
  const features: RoleModel['features'] = {};
  for (const f of [...counts.keys()].sort()) {
    const v = counts.get(f) ?? [0, 0, 0];
    if (v.reduce((a, b) => a + b, 0) < MIN_COUNT) continue;
    const logs = v.map((x, c) => Math.log((x + ALPHA) / ((featureTotals[c] ?? 0) + ALPHA * vocabulary)));
    if (Math.abs((logs[0] ?? 0) - (logs[1] ?? 0)) < MIN_SPREAD && (v[2] ?? 0) < MIN_COUNT) continue;
    features[f] = [q(logs[0] ?? 0), q(logs[1] ?? 0), q(logs[2] ?? 0)];
  }
  const total = classCount.reduce((a, b) => a + b, 0);
  const share = (row: number[] | undefined, c: number) =>
    (row?.[c] ?? 0) / (row ?? []).reduce((a, b) => a + b, 0);
  const boundaryRow = (p: number) =>
    ROLE_CLASSES.map((_, c) =>
      q(Math.log(BOUNDARY_IS_TURN * share(next[p], c) + (1 - BOUNDARY_IS_TURN) * share(sentenceNext[p], c))),
    );
  const stayRow = (c: number) =>
    ROLE_CLASSES.map((_, d) => q(Math.log(c === d ? 1 - CHANGE_IN_SEGMENT : CHANGE_IN_SEGMENT / 2)));
  return roleModelSchema.parse({
    version: 1,
    classes: [...ROLE_CLASSES],
    temperature,
    logPrior: classCount.map((x) => q(Math.log((x + 1) / (total + 3)))),
    logStayInSegment: [stayRow(0), stayRow(1), stayRow(2)],
    logNextSegment: [boundaryRow(0), boundaryRow(1), boundaryRow(2)],
    features,
  });
}

/** Share of sentences whose role the model gets right with every label removed. */
export function roleAccuracy(dialogues: readonly Dialogue[], model: RoleModel): number {
  let right = 0;
  let total = 0;
  for (const d of dialogues) {
    const guesses = inferRoles(
      d.map(({ seq, text, isQuestion }) => ({ seq, text, isQuestion })),
      model,
    );
    d.forEach((u, i) => {
      total++;
      if (guesses[i]?.role === u.role) right++;
    });
  }
  return total ? right / total : 0;
}

/** The weights file's text: temperature chosen on a held-out fifth of the training dialogues. */
export function trainSpeakerRoleModel(): { json: string; heldOutAccuracy: number } {
  const dialogues = trainingDialogues();
  const heldOut = dialogues.filter((_, i) => i % 5 === 0);
  const fold = dialogues.filter((_, i) => i % 5 !== 0);
  let best = { temperature: TEMPERATURES[0] ?? 1, accuracy: -1 };
  // A recorder does not cut segments at turns: score the held-out dialogues both as turns and with
  // every sentence its own segment, so the chosen temperature does not lean on turn boundaries.
  const perSentence = heldOut.map((d) => d.map((u, i) => ({ ...u, seq: i })));
  for (const temperature of TEMPERATURES) {
    const model = fitModel(fold, temperature);
    const accuracy = (roleAccuracy(heldOut, model) + roleAccuracy(perSentence, model)) / 2;
    if (accuracy > best.accuracy) best = { temperature, accuracy };
  }
  const model = fitModel(dialogues, best.temperature);
  return { json: `${JSON.stringify(model)}\n`, heldOutAccuracy: best.accuracy };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, heldOutAccuracy } = trainSpeakerRoleModel();
  writeFileSync(WEIGHTS_PATH, json);
  const model = roleModelSchema.parse(JSON.parse(json));
  console.log(
    `speaker-role model: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} KiB, temperature ${model.temperature}, held-out train accuracy ${(100 * heldOutAccuracy).toFixed(1)}%`,
  );
}
