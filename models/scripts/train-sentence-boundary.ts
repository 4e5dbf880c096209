/**
 * Train the sentence-boundary model from the team library (never the validation splits) and write
 * shared/clinical/sentence-boundary/sentence-boundary-weights.json. Training pairs come from punctuated
 * transcripts: every gap between two words of a turn, labelled by whether a sentence mark stood there,
 * the marks themselves unseen by the model. Deterministic: the same ../shared gives the same bytes.
 * Usage: npm run models:train-sentence-boundary
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gapFeatures } from '../../shared/clinical/sentence-boundary/boundary-features.js';
import {
  BOUNDARY_QUANTUM,
  type BoundaryModel,
  boundaryGaps,
  boundaryModelSchema,
} from '../../shared/clinical/sentence-boundary/boundary-model.js';
import { type BoundaryWord, boundaryWords } from '../../shared/clinical/sentence-boundary/boundary-words.js';
import { MIN_SENTENCE_WORDS } from '../../shared/clinical/sentence-boundary/index.js';
import { parseAciDialogue } from '../../shared/clinical/transcript/aci.js';
import { loadAciSplit, loadAciVariant } from '../../test/eval/notes/aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from '../../test/eval/notes/mts-data.js';
import { mulberry32 } from './seeded-random.js';
import { heldOutGroup } from './train-speaker-role.js';

export const BOUNDARY_WEIGHTS_PATH = fileURLToPath(
  new URL('../../shared/clinical/sentence-boundary/sentence-boundary-weights.json', import.meta.url),
);

export const BOUNDARY_TRAINING = {
  // Features seen at fewer gaps than this are noise and only grow the file.
  minCount: 20,
  // Trained weights (hundredths) smaller than this are dropped.
  minWeight: 15,
  epochs: 3,
  learningRate: 0.1,
  l2: 1e-6,
};
// Thresholds tried on the held-out fifth; the one with the best F0.5 (a wrong cut leaves two
// fragments, a missed one a run-on the drafter's rules may still cut) is kept.
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/** One turn's words, from one training conversation. */
export type Turn = BoundaryWord[] & { group: string; source: string };

function turnsOf(texts: readonly string[], group: string, source: string): Turn[] {
  // A turn without a single sentence mark was written without punctuation: its gaps teach nothing.
  return texts
    .filter((t) => /[.?!]/.test(t))
    .map((t) => Object.assign(boundaryWords(t), { group, source }))
    .filter((t) => t.length > 1);
}

/**
 * Every training turn: ACI-Bench train (human transcripts) and its punctuated VirtScribe speech
 * recognition, grouped by their shared note; MTS-Dialog train with its two back-translations (the
 * augmented files hold the originals too, once each), grouped by row number.
 */
export function boundaryTrainingTurns(): Turn[] {
  const seen = new Set<string>();
  const mts = loadMtsSplit('augmented').filter((r) => !seen.has(r.dialogue) && seen.add(r.dialogue));
  const texts = (dialogue: string) => parseAciDialogue(dialogue).segments.map((s) => s.text);
  return [
    ...loadAciSplit('train').flatMap((r) => turnsOf(texts(r.dialogue), `aci:${r.note}`, 'aci')),
    ...loadAciVariant('train_virtscribe_asr.csv').flatMap((r) =>
      turnsOf(texts(r.dialogue), `aci:${r.note}`, 'virtscribe-asr'),
    ),
    ...mts.flatMap((r) =>
      turnsOf(
        parseMtsDialogue(r.dialogue).map((s) => s.text),
        `mts:${/\d+$/.exec(r.ID)?.[0] ?? r.ID}`,
        'mts',
      ),
    ),
  ];
}

const q = (x: number) => Math.round(x * BOUNDARY_QUANTUM);

/** Binary logistic regression by AdaGrad over every gap, in a seeded order. */
export function fitBoundaryFeatures(
  turns: readonly Turn[],
  { minCount, minWeight, epochs, learningRate, l2 } = BOUNDARY_TRAINING,
): BoundaryModel['features'] {
  const seen = new Map<string, number>();
  const gaps: Array<{ label: number; features: string[] }> = [];
  for (const t of turns)
    for (let i = 0; i + 1 < t.length; i++) {
      const features = gapFeatures(t, i);
      for (const f of features) seen.set(f, (seen.get(f) ?? 0) + 1);
      gaps.push({ label: t[i]?.endsSentence ? 1 : 0, features });
    }
  const kept = [...seen.entries()]
    .filter(([, n]) => n >= minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const examples = gaps.map((g) => ({
    label: g.label,
    ids: g.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
  }));
  const w = new Float64Array(kept.length);
  const g2 = new Float64Array(kept.length).fill(1e-8);
  const random = mulberry32(20261201);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const e of order) {
      const ex = examples[e];
      if (!ex) continue;
      let z = 0;
      for (const id of ex.ids) z += w[id] ?? 0;
      const grad = 1 / (1 + Math.exp(-z)) - ex.label;
      for (const id of ex.ids) {
        const gk = grad + l2 * (w[id] ?? 0);
        g2[id] = (g2[id] ?? 0) + gk * gk;
        w[id] = (w[id] ?? 0) - (learningRate * gk) / Math.sqrt(g2[id] ?? 1);
      }
    }
  }
  const features: BoundaryModel['features'] = {};
  kept.forEach((f, i) => {
    const v = q(w[i] ?? 0);
    if (Math.abs(v) >= minWeight || f === 'bias') features[f] = v;
  });
  return features;
}

/** Precision and recall of the boundaries the model places in turns read without their marks. */
export function boundaryScores(
  turns: readonly BoundaryWord[][],
  model: BoundaryModel,
  threshold = model.threshold,
): { precision: number; recall: number; gold: number } {
  let tp = 0;
  let guessed = 0;
  let gold = 0;
  for (const t of turns) {
    const cuts = new Set(boundaryGaps(t, model, MIN_SENTENCE_WORDS, threshold));
    for (let i = 0; i + 1 < t.length; i++) {
      const truth = t[i]?.endsSentence === true;
      if (truth) gold++;
      if (cuts.has(i)) {
        guessed++;
        if (truth) tp++;
      }
    }
  }
  return { precision: guessed ? tp / guessed : 0, recall: gold ? tp / gold : 0, gold };
}

const fScore = (p: number, r: number, beta: number) =>
  p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r);

const toModel = (features: BoundaryModel['features'], threshold: number): BoundaryModel =>
  boundaryModelSchema.parse({ version: 1, threshold, features });

/** The weights file's text: threshold chosen on a held-out fifth of the training groups. */
export function trainSentenceBoundaryModel(): {
  json: string;
  heldOut: Record<string, { precision: number; recall: number; gold: number }>;
} {
  const turns = boundaryTrainingTurns();
  const heldOutTurns = turns.filter((t) => heldOutGroup(t.group));
  const foldFeatures = fitBoundaryFeatures(turns.filter((t) => !heldOutGroup(t.group)));
  let best = { threshold: 0.5, f: -1 };
  for (const threshold of THRESHOLDS) {
    const s = boundaryScores(heldOutTurns, toModel(foldFeatures, threshold));
    const f = fScore(s.precision, s.recall, 0.5);
    if (process.env.SCRIBE_TRAIN_VERBOSE)
      console.log(
        `threshold ${threshold}: P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F0.5 ${(100 * f).toFixed(1)}`,
      );
    if (f > best.f) best = { threshold, f };
  }
  const foldModel = toModel(foldFeatures, best.threshold);
  const sources = [...new Set(heldOutTurns.map((t) => t.source))].sort();
  const heldOut = Object.fromEntries(
    sources.map((s) => [
      s,
      boundaryScores(
        heldOutTurns.filter((t) => t.source === s),
        foldModel,
      ),
    ]),
  );
  const model = toModel(fitBoundaryFeatures(turns), best.threshold);
  return { json: `${JSON.stringify(model)}\n`, heldOut };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { json, heldOut } = trainSentenceBoundaryModel();
  writeFileSync(BOUNDARY_WEIGHTS_PATH, json);
  const model = boundaryModelSchema.parse(JSON.parse(json));
  console.log(
    `sentence-boundary model: ${Object.keys(model.features).length} features, ${(json.length / 1024).toFixed(0)} KiB, threshold ${model.threshold}`,
  );
  for (const [source, s] of Object.entries(heldOut))
    console.log(
      `  held-out train ${source}: precision ${(100 * s.precision).toFixed(1)}%, recall ${(100 * s.recall).toFixed(1)}% (${s.gold} boundaries)`,
    );
}
