/**
 * Train the speaker-role model from the team library (never the validation splits) and write
 * shared/clinical/speaker-role/speaker-role-weights.json. Deterministic: the same ../shared gives the
 * same bytes. Usage: npm run models:train-speaker-role
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  classifierLogits,
  inferRoles,
  type RoleUnit,
} from '../../shared/clinical/speaker-role/infer-roles.js';
import { featuresAt, isActFeature } from '../../shared/clinical/speaker-role/role-features.js';
import {
  QUANTUM,
  ROLE_CLASSES,
  type RoleModel,
  roleModelSchema,
} from '../../shared/clinical/speaker-role/role-model.js';
import { roleUnits } from '../../shared/clinical/speaker-role/role-units.js';
import {
  labelledSegments,
  OWN_TUNE_DIALOGUES,
} from '../../shared/clinical/speaker-role/test-support/own-labelled-dialogues.js';
import { parseAciDialogue } from '../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../shared/clinical/transcript.js';
import { loadAciAsr, loadAciSplit } from '../../test/eval/notes/aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from '../../test/eval/notes/mts-data.js';
import { pauseCutSegments } from '../../test/eval/notes/role-accuracy.js';
import { mulberry32 } from './seeded-random.js';

export const WEIGHTS_PATH = fileURLToPath(
  new URL('../../shared/clinical/speaker-role/speaker-role-weights.json', import.meta.url),
);

// Features seen in fewer sentences than this are noise and only grow the file.
export const CLASSIFIER = {
  minCount: 10,
  // Trained weights (hundredths) smaller than this for every role are dropped.
  minWeight: 5,
  epochs: 3,
  learningRate: 0.1,
  l2: 1e-6,
};
export type ClassifierOptions = typeof CLASSIFIER;
// Not learnable from turn-segmented training data (a turn never changes speaker): a recorder's
// segment may hold two speakers, so keep a chance of a change inside a segment, small or larger (a
// recorder that runs answers and questions together); each transcript uses the more likely one.
const CHANGE_IN_SEGMENT = [0.02, 0.05, 0.2, 0.4];
const SCALES = [0.6, 0.8, 1];
// How much more evidence 'other' needs than the other roles (natural log).
const OTHER_OFFSETS = [1, 2];
// A recorder's segment boundary is a pause, not always a change of turn: at a boundary the chain
// mixes the turn-to-turn transitions with the sentence-to-sentence ones (both learned). How much of
// each depends on the recorder (one segment per turn, or one per pause), so the model keeps one mix
// per share below and each transcript uses the one under which it is most likely. Shares above one
// half fit transcripts cut exactly at turns best, but then a clinician's turn that the recorder cut
// at a pause is forced to alternate (the second segment goes to the patient), so they are left out.
const BOUNDARY_IS_TURN = [0.05, 0.25, 0.5];
// How much of the word classifier's and of the act classifier's evidence (role-acts.ts) each sentence
// gets: words fit the training dialogues' wording best, acts carry over to other wording.
const WORD_WEIGHTS = [1, 0.8];
const ACT_WEIGHTS = [0, 0.5, 0.75, 1];

type Role = (typeof ROLE_CLASSES)[number];
type Sentence = RoleUnit & {
  role: Role;
  features: string[];
  wordLogits?: number[];
  actLogits?: number[];
};
/** One training conversation; `group` is shared by versions of the same one (ASR, paraphrases). */
export type Dialogue = Sentence[] & { group?: string; source?: string };

function toDialogue(segments: readonly TranscriptSegment[], group: string, source: string): Dialogue {
  // The units the drafter asks about (a run-on without punctuation cut into its sentences), so what the
  // model learns from an unpunctuated turn is what it is shown when drafting.
  const units = roleUnits(segments).filter((u) => u.speaker !== 'unknown');
  const dialogue: Dialogue = units.map((u, i) => ({
    seq: u.seq,
    text: u.text,
    isQuestion: u.isQuestion,
    role: u.speaker as Role,
    features: featuresAt(units, i),
  }));
  dialogue.group = group;
  dialogue.source = source;
  return dialogue;
}

const AUGMENTED = 'aci-unpunctuated';

/** The group of an ACI-Bench row: its reference note, which its ASR variants share. */
export const aciGroup = (note: string): string => `aci:${note}`;
/** The group of an MTS-Dialog row: its row number, which its back-translations share. */
export const mtsGroup = (id: string): string => `mts:${/\d+$/.exec(id)?.[0] ?? id}`;

function unpunctuated(segments: readonly TranscriptSegment[]): TranscriptSegment[] {
  return segments.map((s) => ({
    ...s,
    text: s.text
      .toLowerCase()
      .replace(/[^a-z0-9'\s-]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

/**
 * Every training dialogue: ACI-Bench train and its ASR variants (grouped by their shared reference
 * note), MTS-Dialog train with its two back-translations (the augmented files hold the originals too,
 * once each; grouped by row number).
 */
export function trainingDialogues(): Dialogue[] {
  const seen = new Set<string>();
  const mts = loadMtsSplit('augmented').filter((r) => !seen.has(r.dialogue) && seen.add(r.dialogue));
  const aci = loadAciSplit('train').map((r) => ({ r, segments: parseAciDialogue(r.dialogue).segments }));
  return [
    ...aci.map(({ r, segments }) => toDialogue(segments, aciGroup(r.note), 'aci')),
    // The same visits as speech recognisers without punctuation write them (lower case, no marks): more
    // correctly labelled text of that kind than the ASR variants give. Trained on, never scored.
    ...aci.map(({ r, segments }) => toDialogue(unpunctuated(segments), aciGroup(r.note), AUGMENTED)),
    // The VirtScribe raw-ASR variants are left out: their [doctor]/[patient] tags alternate by turn
    // whoever spoke (dictation and answers run together under one tag), so their labels teach noise.
    ...loadAciAsr('train')
      .filter((r) => r.dataset !== 'virtscribe')
      .map((r) => toDialogue(parseAciDialogue(r.dialogue).segments, aciGroup(r.note), 'aci-asr')),
    ...mts.map((r) => toDialogue(parseMtsDialogue(r.dialogue), mtsGroup(r.ID), 'mts')),
    // MTS-Dialog train as the same unpunctuated speech (originals only: their back-translations too
    // lowered accuracy on train folds without punctuation or turns).
    ...loadMtsSplit('train').map((r) =>
      toDialogue(unpunctuated(parseMtsDialogue(r.dialogue)), mtsGroup(r.ID), AUGMENTED),
    ),
  ].filter((d) => d.length > 0);
}

/** Which of `folds` stable folds a group falls in (versions of one conversation share a fold). */
export function groupFold(group: string | undefined, folds: number): number {
  let h = 0;
  for (const ch of group ?? '') h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h % folds;
}

/** A stable fifth of the groups, held out to choose the scale. */
export function heldOutGroup(group: string | undefined): boolean {
  return groupFold(group, 5) === 0;
}

const q = (x: number) => Math.round(x * QUANTUM);

/** Multinomial logistic regression by AdaGrad over the sentences, in a seeded order. */
export function fitClassifier(
  dialogues: readonly Dialogue[],
  { minCount, minWeight, epochs, learningRate, l2 }: ClassifierOptions = CLASSIFIER,
  pick: (feature: string) => boolean = () => true,
): RoleModel['features'] {
  const seen = new Map<string, number>();
  for (const d of dialogues)
    for (const u of d) for (const f of u.features) if (pick(f)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = [...seen.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const K = ROLE_CLASSES.length;
  const w = new Float64Array(kept.length * K);
  const g2 = new Float64Array(kept.length * K).fill(1e-8);
  const examples = dialogues.flatMap((d) =>
    d.map((u) => ({
      role: ROLE_CLASSES.indexOf(u.role),
      ids: u.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    })),
  );
  const random = mulberry32(20261130);
  const order = examples.map((_, i) => i);
  const logits = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const e of order) {
      const ex = examples[e];
      if (!ex) continue;
      logits.fill(0);
      for (const id of ex.ids)
        for (let c = 0; c < K; c++) logits[c] = (logits[c] ?? 0) + (w[id * K + c] ?? 0);
      const m = Math.max(...logits);
      let z = 0;
      for (let c = 0; c < K; c++) z += Math.exp((logits[c] ?? 0) - m);
      for (let c = 0; c < K; c++) {
        const p = Math.exp((logits[c] ?? 0) - m) / z;
        const grad = p - (c === ex.role ? 1 : 0);
        for (const id of ex.ids) {
          const k = id * K + c;
          const gk = grad + l2 * (w[k] ?? 0);
          g2[k] = (g2[k] ?? 0) + gk * gk;
          w[k] = (w[k] ?? 0) - (learningRate * gk) / Math.sqrt(g2[k] ?? 1);
        }
      }
    }
  }
  const features: RoleModel['features'] = {};
  kept.forEach((f, i) => {
    const v: [number, number, number] = [q(w[i * K] ?? 0), q(w[i * K + 1] ?? 0), q(w[i * K + 2] ?? 0)];
    if (v.some((x) => Math.abs(x) >= minWeight) || f === 'bias') features[f] = v;
  });
  return features;
}

/** The two classifiers, each on its own features: the sentence's words, and its acts (role-acts.ts). */
export interface Classifiers {
  words: RoleModel['features'];
  acts: RoleModel['features'];
}

export function fitClassifiers(dialogues: readonly Dialogue[]): Classifiers {
  return {
    words: fitClassifier(dialogues, CLASSIFIER, (f) => !isActFeature(f)),
    acts: fitClassifier(dialogues, CLASSIFIER, isActFeature),
  };
}

/** One weight table adding the two classifiers' log-odds, weighted (`mix`); acts left out at weight 0. */
export function mixClassifiers({ words, acts }: Classifiers, mix: RoleModel['mix']): RoleModel['features'] {
  const scaled = (table: RoleModel['features'], by: number): RoleModel['features'] =>
    Object.fromEntries(
      Object.entries(table).map(([f, v]) => [
        f,
        v.map((x) => Math.round(x * by)) as [number, number, number],
      ]),
    );
  return { ...scaled(words, mix.words), ...(mix.acts > 0 ? scaled(acts, mix.acts) : {}) };
}

export function fitModel(
  dialogues: readonly Dialogue[],
  features: RoleModel['features'],
  scale: number,
  otherOffset = 0,
  mix: RoleModel['mix'] = { words: 1, acts: 0 },
): RoleModel {
  const classCount = [0, 0, 0];
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
    });
  }
  const total = classCount.reduce((a, b) => a + b, 0);
  const share = (row: number[] | undefined, c: number) =>
    (row?.[c] ?? 0) / (row ?? []).reduce((a, b) => a + b, 0);
  const boundaryRow = (turnShare: number, p: number) =>
    ROLE_CLASSES.map((_, c) =>
      q(Math.log(turnShare * share(next[p], c) + (1 - turnShare) * share(sentenceNext[p], c))),
    );
  const stayRow = (change: number, c: number) =>
    ROLE_CLASSES.map((_, d) => q(Math.log(c === d ? 1 - change : change / 2)));
  return roleModelSchema.parse({
    version: 3,
    classes: [...ROLE_CLASSES],
    scale,
    mix,
    logPrior: classCount.map((x) => q(Math.log((x + 1) / (total + 3)))),
    logOffset: [0, 0, q(-otherOffset)],
    logStayInSegment: CHANGE_IN_SEGMENT.map((x) => [stayRow(x, 0), stayRow(x, 1), stayRow(x, 2)]),
    logNextSegment: BOUNDARY_IS_TURN.map((b) => [boundaryRow(b, 0), boundaryRow(b, 1), boundaryRow(b, 2)]),
    features,
  });
}

/**
 * Share of sentences whose role the model gets right with every label removed; `same` says what
 * counts as right (by default the exact role).
 */
export function roleAccuracy(
  dialogues: readonly Dialogue[],
  model: RoleModel,
  same: (guess: Role | undefined, gold: Role) => boolean = (guess, gold) => guess === gold,
): number {
  let right = 0;
  let total = 0;
  for (const d of dialogues) {
    const guesses = inferRoles(
      d.map(({ seq, text, isQuestion, logits }) => ({
        seq,
        text,
        isQuestion,
        ...(logits ? { logits } : {}),
      })),
      model,
    );
    d.forEach((u, i) => {
      total++;
      if (same(guesses[i]?.role, u.role)) right++;
    });
  }
  return total ? right / total : 0;
}

/**
 * Held-out accuracy as the product would see it: every source (ACI-Bench human, its ASR, MTS-Dialog)
 * counts the same, each scored as turns, as a recorder cutting at pauses would segment it (turns
 * split, some segments holding two speakers) and with every sentence its own segment. What counts is
 * whether a sentence is the clinician's: the drafter documents the patient's and a guest's words alike
 * as history, while a clinician's sentence taken for a guest's loses an exam finding or an order.
 */
const clinicianOrNot = (guess: Role | undefined, gold: Role) =>
  (guess === 'clinician') === (gold === 'clinician');

/** The mean held-out accuracy, and each source's accuracy per cut (turns, pause cuts, no turns). */
function heldOutScore(heldOut: readonly Dialogue[], model: RoleModel): { mean: number; parts: number[] } {
  const sources = [...new Set(heldOut.map((d) => d.source))].sort();
  const perSource = sources.map((source) => {
    const ds = heldOut.filter((d) => d.source === source);
    const pauseCut = ds.map((d) => {
      const segments = pauseCutSegments(d.map((u) => u.seq));
      return d.map((u, i) => ({ ...u, seq: segments[i] ?? i }));
    });
    const perSentence = ds.map((d) => d.map((u, i) => ({ ...u, seq: i })));
    return [ds, pauseCut, perSentence].map((x) => roleAccuracy(x, model, clinicianOrNot));
  });
  if (process.env.SCRIBE_TRAIN_VERBOSE)
    console.log(
      perSource
        .map((accuracies, i) => `${sources[i]} ${accuracies.map((a) => (100 * a).toFixed(1)).join('/')}`)
        .join('  '),
    );
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  return { mean: mean(perSource.map(mean)), parts: perSource.flat() };
}

/** Our own labelled tune visits (never the report half) as training-format dialogues, scored only. */
export function ownTuneDialogues(): Dialogue[] {
  return OWN_TUNE_DIALOGUES.map((d) => toDialogue(labelledSegments(d), `own:${d.name}`, 'own'));
}

/** Accuracy on `dialogues` as turns, pause cuts and no turns (mean), exact role. */
function cutsAccuracy(dialogues: readonly Dialogue[], model: RoleModel): number {
  const pauseCut = dialogues.map((d) => {
    const segments = pauseCutSegments(d.map((u) => u.seq));
    return d.map((u, i) => ({ ...u, seq: segments[i] ?? i }));
  });
  const perSentence = dialogues.map((d) => d.map((u, i) => ({ ...u, seq: i })));
  return [dialogues, pauseCut, perSentence].reduce((a, x) => a + roleAccuracy(x, model), 0) / 3;
}

function setLogits(dialogues: readonly Dialogue[], words: RoleModel, acts: RoleModel): void {
  for (const d of dialogues) {
    const w = classifierLogits(d, words);
    const a = classifierLogits(d, acts);
    d.forEach((u, i) => {
      u.wordLogits = [...(w[i] ?? [])];
      u.actLogits = [...(a[i] ?? [])];
    });
  }
}

function mixLogits(dialogues: readonly Dialogue[], mix: RoleModel['mix']): void {
  for (const d of dialogues)
    for (const u of d)
      u.logits = (u.wordLogits ?? []).map((x, c) => mix.words * x + mix.acts * (u.actLogits?.[c] ?? 0));
}

/**
 * The weights file's text. Scale, 'other' offset and the mix of word and act evidence are chosen on a
 * held-out fifth of the training groups (classifiers trained on the rest): the mix that scores best on
 * our own tune visits among those whose held-out training score is no lower than words alone give.
 */
export function trainSpeakerRoleModel(): { json: string; heldOutAccuracy: number; ownTuneAccuracy: number } {
  const dialogues = trainingDialogues();
  const heldOut = dialogues.filter((d) => heldOutGroup(d.group) && d.source !== AUGMENTED);
  const own = ownTuneDialogues();
  const fold = dialogues.filter((d) => !heldOutGroup(d.group));
  const foldClassifiers = fitClassifiers(fold);
  // The classifiers' log-odds do not change with the chain settings searched below: computed once.
  setLogits(
    [...heldOut, ...own],
    fitModel(fold, foldClassifiers.words, 1),
    fitModel(fold, foldClassifiers.acts, 1),
  );
  const verbose = Boolean(process.env.SCRIBE_TRAIN_VERBOSE);
  type Choice = {
    scale: number;
    otherOffset: number;
    mix: RoleModel['mix'];
    accuracy: number;
    parts: number[];
    own: number;
  };
  const choices: Choice[] = [];
  for (const words of WORD_WEIGHTS)
    for (const acts of ACT_WEIGHTS) {
      const mix = { words, acts };
      mixLogits([...heldOut, ...own], mix);
      for (const scale of SCALES)
        for (const otherOffset of OTHER_OFFSETS) {
          const model = fitModel(fold, {}, scale, otherOffset, mix);
          const { mean: accuracy, parts } = heldOutScore(heldOut, model);
          const ownAccuracy = cutsAccuracy(own, model);
          choices.push({ scale, otherOffset, mix, accuracy, parts, own: ownAccuracy });
          if (verbose)
            console.log(
              `words ${words} acts ${acts} scale ${scale} other ${otherOffset}: held-out ${(100 * accuracy).toFixed(2)}% own tune ${(100 * ownAccuracy).toFixed(2)}%`,
            );
        }
    }
  // Words alone at their best setting: a mix is kept only if no source in no cut scores lower, by more
  // than a tenth of a point (one held-out fifth's noise: a sentence in a thousand).
  const wordsOnly = choices
    .filter((c) => c.mix.acts === 0 && c.mix.words === 1)
    .reduce((a, b) => (b.accuracy > a.accuracy ? b : a));
  const best = choices
    .filter(
      (c) =>
        c.accuracy >= wordsOnly.accuracy && c.parts.every((x, i) => x >= (wordsOnly.parts[i] ?? 0) - 0.001),
    )
    .reduce((a, b) => (b.own > a.own || (b.own === a.own && b.accuracy > a.accuracy) ? b : a));
  const model = fitModel(
    dialogues,
    mixClassifiers(fitClassifiers(dialogues), best.mix),
    best.scale,
    best.otherOffset,
    best.mix,
  );
  return { json: `${JSON.stringify(model)}\n`, heldOutAccuracy: best.accuracy, ownTuneAccuracy: best.own };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, heldOutAccuracy, ownTuneAccuracy } = trainSpeakerRoleModel();
  writeFileSync(WEIGHTS_PATH, json);
  const model = roleModelSchema.parse(JSON.parse(json));
  console.log(
    `speaker-role model: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} KiB, scale ${model.scale}, mix ${JSON.stringify(model.mix)}, held-out train accuracy (clinician or not) ${(100 * heldOutAccuracy).toFixed(1)}%, own tune ${(100 * ownTuneAccuracy).toFixed(1)}%`,
  );
}
