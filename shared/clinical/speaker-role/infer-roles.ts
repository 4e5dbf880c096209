import { visitFeaturesAt } from './role-features.js';
import { type InferredRole, QUANTUM, ROLE_CLASSES, type RoleModel } from './role-model.js';

/** One sentence of a transcript, in order; `known` is a recorded label that must be kept. */
export interface RoleUnit {
  seq: number;
  text: string;
  known?: InferredRole;
  isQuestion: boolean;
  /** The classifier's log-odds per role when already known (`classifierLogits`): training reuses them. */
  logits?: readonly number[];
}

export interface RoleGuess {
  role: InferredRole;
  /** Posterior probability of `role` (0..1) given the whole transcript. */
  confidence: number;
}

const K = ROLE_CLASSES.length;
const NEG = Number.NEGATIVE_INFINITY;

/** The weights as plain numbers (natural log), built once per model. */
interface Compiled {
  features: FeatureWeights;
  scale: number;
  /**
   * The scaled log prior, taken off each sentence's evidence (the chain adds it back once), less the
   * per-role offset.
   */
  scaledPrior: Float64Array;
  prior: Float64Array;
  stay: Float64Array[];
  next: Float64Array[];
}

/**
 * Each feature's weights (K per feature, by its number), its number found by the feature's kind and
 * words (`kind`, `kind:a`, `kind:a b`: visitRoleFeatures) without building its name.
 */
interface FeatureWeights {
  weights: Float64Array;
  named: Map<string, number>;
  one: Map<string, Map<string, number>>;
  two: Map<string, Map<string, Map<string, number>>>;
  /** The sentence that last counted each feature (each counts once per sentence). */
  counted: Int32Array;
  sentence: number;
}

const compiledCache = new WeakMap<RoleModel, Compiled>();

function featureWeights(features: RoleModel['features']): FeatureWeights {
  const names = Object.keys(features);
  const out: FeatureWeights = {
    weights: new Float64Array(names.length * K),
    named: new Map(),
    one: new Map(),
    two: new Map(),
    counted: new Int32Array(names.length),
    sentence: 0,
  };
  names.forEach((name, id) => {
    const w = features[name] ?? [];
    for (let c = 0; c < K; c++) out.weights[id * K + c] = (w[c] ?? 0) / QUANTUM;
    out.named.set(name, id);
    // Words hold no colon and no space: the last colon ends the kind, a space parts the two words.
    const colon = name.lastIndexOf(':');
    if (colon < 0) return;
    const kind = name.slice(0, colon);
    const words = name.slice(colon + 1);
    const space = words.indexOf(' ');
    if (space < 0) {
      const byWord = out.one.get(kind) ?? new Map<string, number>();
      byWord.set(words, id);
      out.one.set(kind, byWord);
      return;
    }
    const byFirst = out.two.get(kind) ?? new Map<string, Map<string, number>>();
    const bySecond = byFirst.get(words.slice(0, space)) ?? new Map<string, number>();
    bySecond.set(words.slice(space + 1), id);
    byFirst.set(words.slice(0, space), bySecond);
    out.two.set(kind, byFirst);
  });
  return out;
}

function compile(model: RoleModel): Compiled {
  const cached = compiledCache.get(model);
  if (cached) return cached;
  const scale = model.scale / QUANTUM;
  const matrix = (rows: readonly (readonly number[])[]) => Float64Array.from(rows.flat(), (x) => x / QUANTUM);
  const compiled: Compiled = {
    features: featureWeights(model.features),
    scale: model.scale,
    prior: Float64Array.from(model.logPrior, (x) => x / QUANTUM),
    scaledPrior: Float64Array.from(model.logPrior, (x, c) => x * scale - (model.logOffset[c] ?? 0) / QUANTUM),
    stay: model.logStayInSegment.map(matrix),
    next: model.logNextSegment.map(matrix),
  };
  compiledCache.set(model, compiled);
  return compiled;
}

function logSumExp3(a: number, b: number, c: number): number {
  const m = Math.max(a, b, c);
  if (m === NEG) return m;
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
}

function logitsAt(model: Compiled, units: readonly RoleUnit[], index: number): Float64Array {
  const scores = new Float64Array(K);
  const f = model.features;
  const { weights, counted } = f;
  // Each feature counts once, in the order roleFeatures names them (the weights added in that order).
  if (f.sentence === 0x7fffffff) {
    counted.fill(0);
    f.sentence = 0;
  }
  const sentence = ++f.sentence;
  visitFeaturesAt(units, index, (kind, a, b) => {
    const id =
      a === undefined
        ? f.named.get(kind)
        : b === undefined
          ? f.one.get(kind)?.get(a)
          : f.two.get(kind)?.get(a)?.get(b);
    if (id === undefined || counted[id] === sentence) return;
    counted[id] = sentence;
    for (let c = 0; c < K; c++) scores[c] = (scores[c] ?? 0) + (weights[id * K + c] ?? 0);
  });
  return scores;
}

/**
 * The classifier's log-odds per role of each sentence, before scale, prior and chain: what depends
 * only on the feature weights, so training can score many chain settings without recomputing it.
 */
export function classifierLogits(units: readonly RoleUnit[], roleModel: RoleModel): Float64Array[] {
  const model = compile(roleModel);
  return units.map((_, i) => logitsAt(model, units, i));
}

/**
 * Evidence of the sentence for each role: the classifier's scaled log-odds with the prior taken off,
 * so that it acts as a likelihood in the chain.
 */
function emission(model: Compiled, units: readonly RoleUnit[], index: number): Float64Array {
  const unit = units[index];
  if (unit?.known) {
    const scores = new Float64Array(K);
    for (let c = 0; c < K; c++) scores[c] = ROLE_CLASSES[c] === unit.known ? 0 : NEG;
    return scores;
  }
  const logits = unit?.logits ? Float64Array.from(unit.logits) : logitsAt(model, units, index);
  for (let c = 0; c < K; c++) logits[c] = (logits[c] ?? 0) * model.scale - (model.scaledPrior[c] ?? 0);
  return logits;
}

/** Transitions inside a segment (`stay`) and across a boundary (`next`): one reading of the recorder. */
interface Chain {
  stay: Float64Array;
  next: Float64Array;
}

/** Forward pass of the chain: alpha per sentence (log). */
function forward(
  model: Compiled,
  units: readonly RoleUnit[],
  emit: readonly Float64Array[],
  { stay, next }: Chain,
): Float64Array[] {
  const alpha = units.map(() => new Float64Array(K));
  const first = alpha[0] as Float64Array;
  for (let c = 0; c < K; c++) first[c] = at(model.prior, c) + at(emit[0] as Float64Array, c);
  for (let i = 1; i < units.length; i++) {
    const t = units[i - 1]?.seq === units[i]?.seq ? stay : next;
    const prev = alpha[i - 1] as Float64Array;
    const cur = alpha[i] as Float64Array;
    const e = emit[i] as Float64Array;
    for (let c = 0; c < K; c++) {
      cur[c] =
        logSumExp3(at(prev, 0) + at(t, c), at(prev, 1) + at(t, K + c), at(prev, 2) + at(t, 2 * K + c)) +
        at(e, c);
    }
  }
  return alpha;
}

const at = (a: Float64Array, i: number) => a[i] ?? NEG;

/**
 * Who most likely said each sentence, with a confidence: per-sentence evidence from the learned
 * model, combined over the conversation by forward-backward (speakers alternate between turns and
 * rarely change within a segment). How often this transcript's segment boundaries are changes of
 * turn is chosen among the model's candidates by the likelihood of the transcript. Sentences with a
 * recorded label keep it (confidence 1).
 */
export function inferRoles(units: readonly RoleUnit[], roleModel: RoleModel): RoleGuess[] {
  const n = units.length;
  if (n === 0) return [];
  const model = compile(roleModel);
  const emit = units.map((_, i) => emission(model, units, i));
  let best: { alpha: Float64Array[]; chain: Chain; logLikelihood: number } | undefined;
  for (const stay of model.stay)
    for (const next of model.next) {
      const alpha = forward(model, units, emit, { stay, next });
      const last = alpha[n - 1] as Float64Array;
      const logLikelihood = logSumExp3(at(last, 0), at(last, 1), at(last, 2));
      if (!best || logLikelihood > best.logLikelihood) best = { alpha, chain: { stay, next }, logLikelihood };
    }
  if (!best) return [];
  const { alpha, chain } = best;
  const trans = (i: number) => (units[i - 1]?.seq === units[i]?.seq ? chain.stay : chain.next);
  const beta = units.map(() => new Float64Array(K));
  for (let i = n - 2; i >= 0; i--) {
    const t = trans(i + 1);
    const after = beta[i + 1] as Float64Array;
    const e = emit[i + 1] as Float64Array;
    const cur = beta[i] as Float64Array;
    for (let c = 0; c < K; c++) {
      const row = c * K;
      cur[c] = logSumExp3(
        at(t, row) + at(e, 0) + at(after, 0),
        at(t, row + 1) + at(e, 1) + at(after, 1),
        at(t, row + 2) + at(e, 2) + at(after, 2),
      );
    }
  }
  return units.map((_, i) => {
    const a = alpha[i] as Float64Array;
    const b = beta[i] as Float64Array;
    const j0 = at(a, 0) + at(b, 0);
    const j1 = at(a, 1) + at(b, 1);
    const j2 = at(a, 2) + at(b, 2);
    const z = logSumExp3(j0, j1, j2);
    const best = j0 >= j1 && j0 >= j2 ? 0 : j1 >= j2 ? 1 : 2;
    const joint = [j0, j1, j2][best] ?? NEG;
    return { role: ROLE_CLASSES[best] ?? 'patient', confidence: Math.exp(joint - z) };
  });
}
