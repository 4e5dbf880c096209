import type onnxProto from 'onnx-proto';
import { encodeModel, GraphBuilder, valueInfo } from './onnx-graph-builder.js';
import { attend, feedForward, layerNorm, linear, mergeHeads, splitHeads } from './transformer-layers.js';
import {
  type DecoderConditioning,
  type DecoderWeights,
  makeDecoderWeights,
} from './whisper-decoder-weights.js';
import type { WhisperDims } from './whisper-encoder-graph.js';

export type { DecoderConditioning } from './whisper-decoder-weights.js';

const pastName = (i: number, kind: 'decoder' | 'encoder', kv: 'key' | 'value') =>
  `past_key_values.${i}.${kind}.${kv}`;
const presentName = (i: number, kind: 'decoder' | 'encoder', kv: 'key' | 'value') =>
  `present.${i}.${kind}.${kv}`;

/**
 * One decoder forward pass. Without past: full causal self-attention over `input_ids` and cross K/V
 * computed from `encoder_hidden_states`. With past: K/V appended to the past, cross K/V reused.
 * Writes `logits` and `present.*` to the names `outName` gives.
 */
function decoderBody(
  b: GraphBuilder,
  W: DecoderWeights,
  dims: WhisperDims,
  withPast: boolean,
  outName: (canonical: string) => string,
  encoderPresent: 'computed' | 'empty' | 'none',
): void {
  const { dModel: d, heads } = dims;
  const headDim = d / heads;
  const axis0 = b.int64s([0]);
  const newLen = b.op('Squeeze', [b.op('Shape', ['input_ids'], { start: 1, end: 2 }), axis0]);
  const pastLen = withPast
    ? b.op('Squeeze', [b.op('Shape', [pastName(0, 'decoder', 'key')], { start: 2, end: 3 }), axis0])
    : b.int64Scalar(0);
  const totalLen = b.op('Add', [pastLen, newLen]);
  const one = b.int64Scalar(1);
  const positions = b.op('Range', [pastLen, totalLen, one]);
  let h = b.op('Add', [
    b.op('Gather', [W.embedTokens, 'input_ids']),
    b.op('Gather', [W.embedPositions, positions]),
  ]);

  // Causal mask over [new positions] × [all positions], additive.
  const keyPos = b.op('Unsqueeze', [b.op('Range', [b.int64Scalar(0), totalLen, one]), axis0]);
  const queryPos = b.op('Unsqueeze', [positions, b.int64s([1])]);
  const future = b.op('Greater', [keyPos, queryPos]);
  const mask = b.op('Where', [future, b.scalar(-1e9), b.scalar(0)]);

  W.layers.forEach((L, i) => {
    const r = layerNorm(b, h, L.selfNorm);
    const q = splitHeads(
      b,
      b.op('Mul', [linear(b, r, L.selfAttn.q), b.scalar(headDim ** -0.5)]),
      heads,
      headDim,
    );
    let k = splitHeads(b, linear(b, r, L.selfAttn.k), heads, headDim);
    let v = splitHeads(b, linear(b, r, L.selfAttn.v), heads, headDim);
    if (withPast) {
      k = b.op('Concat', [pastName(i, 'decoder', 'key'), k], { axis: 2 });
      v = b.op('Concat', [pastName(i, 'decoder', 'value'), v], { axis: 2 });
    }
    b.op('Identity', [k], {}, outName(presentName(i, 'decoder', 'key')));
    b.op('Identity', [v], {}, outName(presentName(i, 'decoder', 'value')));
    h = b.op('Add', [h, linear(b, mergeHeads(b, attend(b, q, k, v, mask), d), L.selfAttn.out)]);

    const rc = layerNorm(b, h, L.crossNorm);
    const qc = splitHeads(
      b,
      b.op('Mul', [linear(b, rc, L.crossAttn.q), b.scalar(headDim ** -0.5)]),
      heads,
      headDim,
    );
    const kc = withPast
      ? pastName(i, 'encoder', 'key')
      : splitHeads(b, linear(b, 'encoder_hidden_states', L.crossAttn.k), heads, headDim);
    const vc = withPast
      ? pastName(i, 'encoder', 'value')
      : splitHeads(b, linear(b, 'encoder_hidden_states', L.crossAttn.v), heads, headDim);
    if (encoderPresent === 'computed') {
      b.op('Identity', [kc], {}, outName(presentName(i, 'encoder', 'key')));
      b.op('Identity', [vc], {}, outName(presentName(i, 'encoder', 'value')));
    } else if (encoderPresent === 'empty') {
      // As Optimum's merge does: the cached branch returns empty cross K/V (callers keep the first
      // step's), because passing 2 × layers × 1500 × d_model floats through every step is costly.
      b.emptyFloat([1, heads, 0, headDim], outName(presentName(i, 'encoder', 'key')));
      b.emptyFloat([1, heads, 0, headDim], outName(presentName(i, 'encoder', 'value')));
    }
    h = b.op('Add', [h, linear(b, mergeHeads(b, attend(b, qc, kc, vc), d), L.crossAttn.out)]);
    h = b.op('Add', [h, feedForward(b, layerNorm(b, h, L.ffnNorm), L.fc1, L.fc2)]);
  });
  // Tied output projection without a transposed copy of the embedding: Gemm(transB) on [B·T, d].
  const flat = b.op('Reshape', [layerNorm(b, h, W.finalNorm), b.int64s([-1, d])]);
  const logits2d = b.op('Gemm', [flat, W.embedTokens], { transB: 1 });
  const logitsShape = b.op('Concat', [b.op('Shape', ['input_ids']), b.int64s([dims.vocabSize])], { axis: 0 });
  b.op('Reshape', [logits2d, logitsShape], {}, outName('logits'));
}

type Kind = 'decoder' | 'encoder';
function presentOutputs(dims: WhisperDims, kinds: Kind[], rename: (n: string) => string = (n) => n) {
  const out: onnxProto.onnx.IValueInfoProto[] = [
    valueInfo(rename('logits'), 'float', ['batch_size', 'decoder_sequence_length', dims.vocabSize]),
  ];
  const headDim = dims.dModel / dims.heads;
  for (let i = 0; i < dims.decoderLayers; i++) {
    for (const kind of kinds) {
      const len = kind === 'decoder' ? 'present_decoder_sequence_length' : 'encoder_sequence_length_out';
      for (const kv of ['key', 'value'] as const) {
        out.push(
          valueInfo(rename(presentName(i, kind, kv)), 'float', ['batch_size', dims.heads, len, headDim]),
        );
      }
    }
  }
  return out;
}

function pastInputs(dims: WhisperDims, kinds: Kind[]) {
  const headDim = dims.dModel / dims.heads;
  const out: onnxProto.onnx.IValueInfoProto[] = [];
  for (let i = 0; i < dims.decoderLayers; i++) {
    for (const kind of kinds) {
      const len = kind === 'decoder' ? 'past_decoder_sequence_length' : 'encoder_sequence_length_out';
      for (const kv of ['key', 'value'] as const) {
        out.push(valueInfo(pastName(i, kind, kv), 'float', ['batch_size', dims.heads, len, headDim]));
      }
    }
  }
  return out;
}

const baseInputs = (dims: WhisperDims) => [
  valueInfo('input_ids', 'int64', ['batch_size', 'decoder_sequence_length']),
  valueInfo('encoder_hidden_states', 'float', ['batch_size', 'encoder_sequence_length / 2', dims.dModel]),
];

/** Optimum's merged decoder: an `If` on `use_cache_branch` whose branches are the two graphs. */
export function buildMergedDecoder(
  dims: WhisperDims,
  rand: () => number,
  c: DecoderConditioning,
): Uint8Array {
  const main = new GraphBuilder('dec_');
  const W = makeDecoderWeights(main, rand, dims, c);
  const outputs = presentOutputs(dims, ['decoder', 'encoder']);
  const branch = (withPast: boolean) => {
    const prefix = withPast ? 'with_past_' : 'no_past_';
    const b = new GraphBuilder(prefix);
    decoderBody(b, W, dims, withPast, (n) => `${prefix}${n}`, withPast ? 'empty' : 'computed');
    return b.graph(
      prefix,
      [],
      presentOutputs(dims, ['decoder', 'encoder'], (n) => `${prefix}${n}`),
    );
  };
  main.opMulti(
    'If',
    ['use_cache_branch'],
    outputs.map((o) => o.name ?? ''),
    { then_branch: branch(true), else_branch: branch(false) },
  );
  const inputs = [
    ...baseInputs(dims),
    ...pastInputs(dims, ['decoder', 'encoder']),
    valueInfo('use_cache_branch', 'bool', [1]),
  ];
  return encodeModel(main.graph('whisper_decoder_merged', inputs, outputs));
}

/** The older pair: `decoder_model` (no past) and `decoder_with_past_model` (decoder presents only). */
export function buildDecoderPair(dims: WhisperDims, seed: () => () => number, c: DecoderConditioning) {
  const build = (withPast: boolean) => {
    const b = new GraphBuilder('dec_');
    const W = makeDecoderWeights(b, seed(), dims, c);
    decoderBody(b, W, dims, withPast, (n) => n, withPast ? 'none' : 'computed');
    const inputs = withPast
      ? [baseInputs(dims)[0]!, ...pastInputs(dims, ['decoder', 'encoder'])]
      : baseInputs(dims);
    return encodeModel(
      b.graph(
        'whisper_decoder',
        inputs,
        presentOutputs(dims, withPast ? ['decoder'] : ['decoder', 'encoder']),
      ),
    );
  };
  return { decoder: build(false), decoderWithPast: build(true) };
}
