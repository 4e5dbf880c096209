/**
 * Logit filters of OpenAI Whisper's decoder (whisper/decoding.py), applied in place to one row of
 * logits. `sampled` is the list of tokens generated so far in this window (after the prompt).
 */

export interface TimestampRuleTokens {
  eotId: number;
  noTimestampsId: number;
  timestampBeginId: number;
  /** Largest allowed first timestamp, in 0.02 s steps (OpenAI: round(1.0 / 0.02) = 50). */
  maxInitialTimestampIndex: number | undefined;
}

export function suppressTokens(logits: Float32Array, ids: Iterable<number>): void {
  for (const id of ids) if (id >= 0 && id < logits.length) logits[id] = Number.NEGATIVE_INFINITY;
}

export function logSumExp(values: Float32Array, from: number, to: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) if ((values[i] ?? 0) > max) max = values[i] ?? 0;
  if (max === Number.NEGATIVE_INFINITY) return max;
  let sum = 0;
  for (let i = from; i < to; i++) {
    const d = (values[i] ?? 0) - max;
    // e^−36 of the largest term is below float64 resolution (see greedy-row.ts): skip the exp.
    if (d > -36) sum += Math.exp(d);
  }
  return max + Math.log(sum);
}

/** log-softmax of a row (new array). */
export function logSoftmax(logits: Float32Array): Float32Array {
  const lse = logSumExp(logits, 0, logits.length);
  return logits.map((x) => x - lse);
}

/** OpenAI's `ApplyTimestampRules`, rule for rule. */
export function applyTimestampRules(
  logits: Float32Array,
  sampled: readonly number[],
  t: TimestampRuleTokens,
): void {
  const tsBegin = t.timestampBeginId;
  const isTs = (id: number) => id >= tsBegin;
  const vocab = logits.length;
  const fill = (from: number, to: number) =>
    logits.fill(Number.NEGATIVE_INFINITY, Math.max(0, from), Math.min(vocab, to));

  // <|notimestamps|> is what the without-timestamps mode is for.
  fill(t.noTimestampsId, t.noTimestampsId + 1);

  // Timestamps come in pairs, except directly before EOT.
  const last = sampled.at(-1);
  const penultimate = sampled.at(-2);
  const lastWasTimestamp = last !== undefined && isTs(last);
  const penultimateWasTimestamp = sampled.length < 2 || (penultimate !== undefined && isTs(penultimate));
  if (lastWasTimestamp) {
    if (penultimateWasTimestamp)
      fill(tsBegin, vocab); // a closed pair: text must follow
    else fill(0, t.eotId); // an open pair: close it (or end)
  }

  // Timestamps never decrease; and a segment must have non-zero length to avoid infinite loops.
  let lastTimestamp: number | undefined;
  for (const id of sampled) if (isTs(id)) lastTimestamp = id;
  if (lastTimestamp !== undefined) {
    const forbidBelow = lastWasTimestamp && !penultimateWasTimestamp ? lastTimestamp : lastTimestamp + 1;
    fill(tsBegin, forbidBelow);
  }

  if (sampled.length === 0) {
    // The window must start with a timestamp, and not too late.
    fill(0, tsBegin);
    if (t.maxInitialTimestampIndex !== undefined) fill(tsBegin + t.maxInitialTimestampIndex + 1, vocab);
  }

  // If the timestamps together are likelier than any single text token, emit a timestamp.
  const lse = logSumExp(logits, 0, vocab);
  const timestampLogprob = logSumExp(logits, tsBegin, vocab) - lse;
  let maxText = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < tsBegin; i++) if ((logits[i] ?? 0) > maxText) maxText = logits[i] ?? 0;
  if (timestampLogprob > maxText - lse) fill(0, tsBegin);
}
