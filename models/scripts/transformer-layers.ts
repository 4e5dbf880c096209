import type { GraphBuilder } from './onnx-graph-builder.js';
import { normalArray } from './seeded-random.js';

export interface LinearWeights {
  weight: string; // [in, out], stored pre-transposed so the graph is a plain MatMul
  bias: string | undefined;
}
export interface AttentionWeights {
  q: LinearWeights;
  k: LinearWeights; // Whisper's k_proj has no bias
  v: LinearWeights;
  out: LinearWeights;
}
export interface NormWeights {
  gamma: string;
  beta: string;
}

/** Creates seeded initializers on one builder (the outer graph, so If branches can share them). */
export class WeightFactory {
  constructor(
    private readonly b: GraphBuilder,
    private readonly rand: () => number,
  ) {}

  tensor(name: string, dims: number[], std: number): string {
    const size = dims.reduce((a, d) => a * d, 1);
    return this.b.floatTensor(name, normalArray(this.rand, size, std), dims);
  }

  constant(name: string, dims: number[], value: number): string {
    const size = dims.reduce((a, d) => a * d, 1);
    return this.b.floatTensor(name, new Float32Array(size).fill(value), dims);
  }

  linear(name: string, inDim: number, outDim: number, withBias = true, gain = 1): LinearWeights {
    return {
      weight: this.tensor(`${name}.weight`, [inDim, outDim], gain / Math.sqrt(inDim)),
      bias: withBias ? this.tensor(`${name}.bias`, [outDim], 0.02) : undefined,
    };
  }

  /** `outGain` scales what the block adds to the residual stream. */
  attention(name: string, dModel: number, outGain = 1): AttentionWeights {
    return {
      q: this.linear(`${name}.q_proj`, dModel, dModel),
      k: this.linear(`${name}.k_proj`, dModel, dModel, false),
      v: this.linear(`${name}.v_proj`, dModel, dModel),
      out: this.linear(`${name}.out_proj`, dModel, dModel, true, outGain),
    };
  }

  norm(name: string, dModel: number, gamma = 1): NormWeights {
    return {
      gamma: this.constant(`${name}.weight`, [dModel], gamma),
      beta: this.constant(`${name}.bias`, [dModel], 0),
    };
  }
}

export function linear(b: GraphBuilder, x: string, w: LinearWeights): string {
  const y = b.op('MatMul', [x, w.weight]);
  return w.bias ? b.op('Add', [y, w.bias]) : y;
}

export function layerNorm(b: GraphBuilder, x: string, w: NormWeights): string {
  return b.op('LayerNormalization', [x, w.gamma, w.beta], { axis: -1, epsilon: { float: 1e-5 } });
}

/** Exact (erf) GELU as in Whisper; opset 17 has no Gelu op. */
export function gelu(b: GraphBuilder, x: string): string {
  const erf = b.op('Erf', [b.op('Mul', [x, b.scalar(Math.SQRT1_2)])]);
  return b.op('Mul', [b.op('Mul', [x, b.scalar(0.5)]), b.op('Add', [erf, b.scalar(1)])]);
}

/** [B, T, D] → [B, H, T, D/H] */
export function splitHeads(b: GraphBuilder, x: string, heads: number, headDim: number): string {
  const r = b.op('Reshape', [x, b.int64s([0, -1, heads, headDim])]);
  return b.op('Transpose', [r], { perm: [0, 2, 1, 3] });
}

/** [B, H, T, Dh] → [B, T, D] */
export function mergeHeads(b: GraphBuilder, x: string, dModel: number): string {
  const t = b.op('Transpose', [x], { perm: [0, 2, 1, 3] });
  return b.op('Reshape', [t, b.int64s([0, -1, dModel])]);
}

/** Scaled dot-product attention on head-split tensors; `mask` is additive ([T, S], broadcast). */
export function attend(b: GraphBuilder, q: string, k: string, v: string, mask?: string): string {
  const scores = b.op('MatMul', [q, b.op('Transpose', [k], { perm: [0, 1, 3, 2] })]);
  const masked = mask ? b.op('Add', [scores, mask]) : scores;
  return b.op('MatMul', [b.op('Softmax', [masked], { axis: -1 }), v]);
}

export function feedForward(b: GraphBuilder, x: string, fc1: LinearWeights, fc2: LinearWeights): string {
  return linear(b, gelu(b, linear(b, x, fc1)), fc2);
}
