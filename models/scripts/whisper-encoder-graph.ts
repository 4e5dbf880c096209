import { encodeModel, GraphBuilder, valueInfo } from './onnx-graph-builder.js';
import { normalArray } from './seeded-random.js';
import {
  attend,
  feedForward,
  gelu,
  layerNorm,
  linear,
  mergeHeads,
  splitHeads,
  WeightFactory,
} from './transformer-layers.js';

export interface WhisperDims {
  nMels: number;
  dModel: number;
  heads: number;
  ffnDim: number;
  encoderLayers: number;
  decoderLayers: number;
  vocabSize: number;
  maxSourcePositions: number; // 1500: 3000 mel frames after the stride-2 conv
  maxTargetPositions: number; // 448
}

/** Whisper's fixed sinusoidal encoder positions (whisper/model.py `sinusoids`). */
export function sinusoids(length: number, channels: number): Float32Array {
  const half = channels / 2;
  const logTimescaleIncrement = Math.log(10000) / (half - 1);
  const out = new Float32Array(length * channels);
  for (let t = 0; t < length; t++) {
    for (let i = 0; i < half; i++) {
      const angle = t * Math.exp(-logTimescaleIncrement * i);
      out[t * channels + i] = Math.sin(angle);
      out[t * channels + half + i] = Math.cos(angle);
    }
  }
  return out;
}

/** Encoder: 2 conv1d + GELU, sinusoidal positions, pre-LN transformer blocks, final LN. */
export function buildEncoder(dims: WhisperDims, rand: () => number): Uint8Array {
  const b = new GraphBuilder('enc_');
  const w = new WeightFactory(b, rand);
  const { dModel: d, nMels, heads } = dims;
  const headDim = d / heads;

  const conv1W = b.floatTensor('conv1.weight', normalArray(rand, d * nMels * 3, 1 / Math.sqrt(nMels * 3)), [
    d,
    nMels,
    3,
  ]);
  const conv1B = w.constant('conv1.bias', [d], 0);
  const conv2W = b.floatTensor('conv2.weight', normalArray(rand, d * d * 3, 1 / Math.sqrt(d * 3)), [d, d, 3]);
  const conv2B = w.constant('conv2.bias', [d], 0);
  const positions = b.floatTensor('embed_positions', sinusoids(dims.maxSourcePositions, d), [
    dims.maxSourcePositions,
    d,
  ]);

  const c1 = gelu(b, b.op('Conv', ['input_features', conv1W, conv1B], { pads: [1, 1], kernel_shape: [3] }));
  const c2 = gelu(b, b.op('Conv', [c1, conv2W, conv2B], { pads: [1, 1], strides: [2], kernel_shape: [3] }));
  let h = b.op('Add', [b.op('Transpose', [c2], { perm: [0, 2, 1] }), positions]);

  for (let i = 0; i < dims.encoderLayers; i++) {
    const p = `layers.${i}`;
    const attn = w.attention(`${p}.self_attn`, d);
    const ln1 = w.norm(`${p}.self_attn_layer_norm`, d);
    const r = layerNorm(b, h, ln1);
    const q = splitHeads(b, b.op('Mul', [linear(b, r, attn.q), b.scalar(headDim ** -0.5)]), heads, headDim);
    const k = splitHeads(b, linear(b, r, attn.k), heads, headDim);
    const v = splitHeads(b, linear(b, r, attn.v), heads, headDim);
    h = b.op('Add', [h, linear(b, mergeHeads(b, attend(b, q, k, v), d), attn.out)]);
    const ln2 = w.norm(`${p}.final_layer_norm`, d);
    const fc1 = w.linear(`${p}.fc1`, d, dims.ffnDim);
    const fc2 = w.linear(`${p}.fc2`, dims.ffnDim, d);
    h = b.op('Add', [h, feedForward(b, layerNorm(b, h, ln2), fc1, fc2)]);
  }
  layerNorm(b, h, w.norm('layer_norm', d));
  // Rename the last node's output to the Optimum output name.
  const last = b.nodes[b.nodes.length - 1];
  if (last?.output) last.output = ['last_hidden_state'];

  const graph = b.graph(
    'whisper_encoder',
    [valueInfo('input_features', 'float', ['batch_size', nMels, 'encoder_sequence_length'])],
    [valueInfo('last_hidden_state', 'float', ['batch_size', dims.maxSourcePositions, d])],
  );
  return encodeModel(graph);
}
