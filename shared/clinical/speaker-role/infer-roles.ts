import { roleFeatures } from './role-features.js';
import { type InferredRole, QUANTUM, ROLE_CLASSES, type RoleModel } from './role-model.js';

/** One sentence of a transcript, in order; `known` is a recorded label that must be kept. */
export interface RoleUnit {
  seq: number;
  text: string;
  known?: InferredRole;
  isQuestion: boolean;
}

export interface RoleGuess {
  role: InferredRole;
  /** Posterior probability of `role` (0..1) given the whole transcript. */
  confidence: number;
}

const K = ROLE_CLASSES.length;

function logSumExp(xs: readonly number[]): number {
  const m = Math.max(...xs);
  if (m === Number.NEGATIVE_INFINITY) return m;
  return m + Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0));
}

/** Log-likelihood of the sentence under each role (tempered; the prior is applied by the chain). */
function emission(model: RoleModel, unit: RoleUnit, previous: RoleUnit | undefined, index: number): number[] {
  if (unit.known) return ROLE_CLASSES.map((c) => (c === unit.known ? 0 : Number.NEGATIVE_INFINITY));
  const scores = [0, 0, 0];
  const features = roleFeatures({
    text: unit.text,
    index,
    afterQuestionInOtherSegment: Boolean(previous?.isQuestion && previous.seq !== unit.seq),
  });
  for (const f of features) {
    const w = model.features[f];
    if (!w) continue;
    for (let c = 0; c < K; c++) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0) / QUANTUM;
  }
  return scores.map((s) => s / model.temperature);
}

/**
 * Who most likely said each sentence, with a confidence: per-sentence evidence from the learned
 * model, combined over the conversation by forward-backward (speakers alternate between segments
 * and rarely change within one). Sentences with a recorded label keep it (confidence 1).
 */
export function inferRoles(units: readonly RoleUnit[], model: RoleModel): RoleGuess[] {
  const n = units.length;
  if (n === 0) return [];
  const prior = model.logPrior.map((x) => x / QUANTUM);
  const stay = model.logStayInSegment.map((row) => row.map((x) => x / QUANTUM));
  const next = model.logNextSegment.map((row) => row.map((x) => x / QUANTUM));
  const emit = units.map((u, i) => emission(model, u, units[i - 1], i));
  const trans = (i: number): number[][] => (units[i - 1]?.seq === units[i]?.seq ? stay : next);

  const alpha: number[][] = [];
  alpha[0] = prior.map((p, c) => p + (emit[0]?.[c] ?? 0));
  for (let i = 1; i < n; i++) {
    const t = trans(i);
    const prev = alpha[i - 1] ?? [];
    alpha[i] = ROLE_CLASSES.map(
      (_, c) =>
        logSumExp(ROLE_CLASSES.map((__, p) => (prev[p] ?? 0) + (t[p]?.[c] ?? 0))) + (emit[i]?.[c] ?? 0),
    );
  }
  const beta: number[][] = [];
  beta[n - 1] = [0, 0, 0];
  for (let i = n - 2; i >= 0; i--) {
    const t = trans(i + 1);
    const after = beta[i + 1] ?? [];
    beta[i] = ROLE_CLASSES.map((_, c) =>
      logSumExp(ROLE_CLASSES.map((__, d) => (t[c]?.[d] ?? 0) + (emit[i + 1]?.[d] ?? 0) + (after[d] ?? 0))),
    );
  }
  return units.map((_, i) => {
    const joint = ROLE_CLASSES.map((__, c) => (alpha[i]?.[c] ?? 0) + (beta[i]?.[c] ?? 0));
    const z = logSumExp(joint);
    let best = 0;
    for (let c = 1; c < K; c++) if ((joint[c] ?? 0) > (joint[best] ?? 0)) best = c;
    return { role: ROLE_CLASSES[best] ?? 'patient', confidence: Math.exp((joint[best] ?? 0) - z) };
  });
}
