/**
 * Deterministic L2-regularised logistic regression by full-batch gradient descent on standardised
 * features (weights returned on the raw scale), so retraining gives the same numbers byte for byte.
 */
export function fitLogistic(
  rows: readonly number[][],
  labels: readonly number[],
  options: { iterations?: number; learningRate?: number; l2?: number } = {},
): { weights: number[]; bias: number; logLoss: number } {
  const iterations = options.iterations ?? 800;
  const rate = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-3;
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  if (n === 0 || d === 0) return { weights: [], bias: 0, logLoss: Number.NaN };
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0) / n);
  const std = Array.from({ length: d }, (_, j) => {
    const v = rows.reduce((s, r) => s + ((r[j] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / n;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const x = rows.map((r) => r.map((v, j) => (v - (mean[j] ?? 0)) / (std[j] ?? 1)));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const predict = (r: readonly number[]) => {
    let z = b;
    for (let j = 0; j < d; j++) z += (w[j] ?? 0) * (r[j] ?? 0);
    return 1 / (1 + Math.exp(-z));
  };
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    let gradB = 0;
    for (let i = 0; i < n; i++) {
      const r = x[i] ?? [];
      const error = predict(r) - (labels[i] ?? 0);
      for (let j = 0; j < d; j++) grad[j] = (grad[j] ?? 0) + error * (r[j] ?? 0);
      gradB += error;
    }
    for (let j = 0; j < d; j++) w[j] = (w[j] ?? 0) - rate * ((grad[j] ?? 0) / n + l2 * (w[j] ?? 0));
    b -= (rate * gradB) / n;
  }
  let logLoss = 0;
  for (let i = 0; i < n; i++) {
    const p = Math.min(Math.max(predict(x[i] ?? []), 1e-12), 1 - 1e-12);
    logLoss -= (labels[i] ?? 0) === 1 ? Math.log(p) : Math.log(1 - p);
  }
  const weights = w.map((wj, j) => wj / (std[j] ?? 1));
  const bias = b - w.reduce((s, wj, j) => s + (wj * (mean[j] ?? 0)) / (std[j] ?? 1), 0);
  return { weights, bias, logLoss: logLoss / n };
}
