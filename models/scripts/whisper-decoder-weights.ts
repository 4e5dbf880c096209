import type { GraphBuilder } from './onnx-graph-builder.js';
import { normalArray } from './seeded-random.js';
import {
  type AttentionWeights,
  type LinearWeights,
  type NormWeights,
  WeightFactory,
} from './transformer-layers.js';
import type { WhisperDims } from './whisper-encoder-graph.js';

export interface DecoderConditioning {
  eotId: number;
  timestampBeginId: number;
  /** Roughly how many tokens a window decodes before EOT wins (a "clock" in the positions). */
  typicalLength: number;
}

export interface DecoderLayerWeights {
  selfAttn: AttentionWeights;
  selfNorm: NormWeights;
  crossAttn: AttentionWeights;
  crossNorm: NormWeights;
  fc1: LinearWeights;
  fc2: LinearWeights;
  ffnNorm: NormWeights;
}
export interface DecoderWeights {
  embedTokens: string;
  embedPositions: string;
  layers: DecoderLayerWeights[];
  finalNorm: NormWeights;
}

/**
 * Seeded decoder weights, conditioned so greedy decoding is informative: with tied embeddings a
 * random model tends to repeat its input token, which would hide a broken KV cache. So token
 * embeddings are small against the (large, random) learned positions, the final LN gain restores
 * a peaked logit scale, and a "clock" direction in the positions makes EOT win after a while.
 */
export function makeDecoderWeights(
  b: GraphBuilder,
  rand: () => number,
  dims: WhisperDims,
  c: DecoderConditioning,
) {
  const w = new WeightFactory(b, rand);
  const d = dims.dModel;
  const tokenStd = 0.02;
  const clock = normalArray(rand, d, 1);
  const clockNorm = Math.hypot(...clock);
  for (let i = 0; i < d; i++) clock[i] = (clock[i] ?? 0) / clockNorm;

  const tokens = normalArray(rand, dims.vocabSize * d, tokenStd);
  // Timestamp tokens are most of a small vocabulary; damp them so text tokens win without timestamps.
  for (let t = c.timestampBeginId; t < dims.vocabSize; t++) {
    for (let i = 0; i < d; i++) tokens[t * d + i] = (tokens[t * d + i] ?? 0) * 0.5;
  }
  // Only EOT may follow the clock: project it out of every other token.
  for (let t = 0; t < dims.vocabSize; t++) {
    let along = 0;
    for (let i = 0; i < d; i++) along += (tokens[t * d + i] ?? 0) * (clock[i] ?? 0);
    if (t === c.eotId) along -= 4 * tokenStd;
    for (let i = 0; i < d; i++) tokens[t * d + i] = (tokens[t * d + i] ?? 0) - along * (clock[i] ?? 0);
  }

  const positions = normalArray(rand, dims.maxTargetPositions * d, 1);
  for (let t = 0; t < dims.maxTargetPositions; t++) {
    const tick = 4 * (t / c.typicalLength) ** 2;
    for (let i = 0; i < d; i++) positions[t * d + i] = (positions[t * d + i] ?? 0) + tick * (clock[i] ?? 0);
  }

  const weights: DecoderWeights = {
    embedTokens: b.floatTensor('embed_tokens', tokens, [dims.vocabSize, d]),
    embedPositions: b.floatTensor('embed_positions', positions, [dims.maxTargetPositions, d]),
    layers: [],
    // Gain 1/(tokenStd·√d)·k puts the logits' spread at about k nats: a peaked but not one-hot softmax.
    finalNorm: w.norm('layer_norm', d, 12 / (tokenStd * Math.sqrt(d))),
  };
  for (let i = 0; i < dims.decoderLayers; i++) {
    const p = `layers.${i}`;
    weights.layers.push({
      selfAttn: w.attention(`${p}.self_attn`, d),
      selfNorm: w.norm(`${p}.self_attn_layer_norm`, d),
      crossAttn: w.attention(`${p}.encoder_attn`, d, 0.3),
      crossNorm: w.norm(`${p}.encoder_attn_layer_norm`, d),
      fc1: w.linear(`${p}.fc1`, d, dims.ffnDim),
      fc2: w.linear(`${p}.fc2`, dims.ffnDim, d, true, 0.3),
      ffnNorm: w.norm(`${p}.final_layer_norm`, d),
    });
  }
  return weights;
}
