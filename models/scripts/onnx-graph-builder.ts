import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

export type Dim = number | string;
type AttrValue = number | number[] | string | onnxProto.onnx.IGraphProto | { float: number };

const DT = onnx.TensorProto.DataType;
export const dtype = { float: DT.FLOAT, int64: DT.INT64, bool: DT.BOOL } as const;
export type DType = keyof typeof dtype;

export function valueInfo(name: string, type: DType, shape?: Dim[]): onnxProto.onnx.IValueInfoProto {
  const dims = shape?.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return {
    name,
    type: { tensorType: { elemType: dtype[type], ...(dims ? { shape: { dim: dims } } : {}) } },
  };
}

function attribute(name: string, value: AttrValue): onnxProto.onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if (typeof value === 'number') return { name, type: T.INT, i: value };
  if (typeof value === 'string') return { name, type: T.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: T.INTS, ints: value };
  if ('float' in value) return { name, type: T.FLOAT, f: value.float };
  return { name, type: T.GRAPH, g: value };
}

/**
 * Minimal ONNX graph builder: enough to write Whisper-shaped graphs by hand. Names are made unique
 * with a counter so helper functions can be called repeatedly (one call per transformer layer).
 */
export class GraphBuilder {
  readonly nodes: onnxProto.onnx.INodeProto[] = [];
  readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private counter = 0;
  private readonly constants = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  fresh(hint: string): string {
    this.counter += 1;
    return `${this.prefix}${hint}_${this.counter}`;
  }

  op(opType: string, inputs: string[], attrs: Record<string, AttrValue> = {}, outputName?: string): string {
    const out = outputName ?? this.fresh(opType);
    this.opMulti(opType, inputs, [out], attrs);
    return out;
  }

  opMulti(
    opType: string,
    inputs: string[],
    outputs: string[],
    attrs: Record<string, AttrValue> = {},
  ): string[] {
    this.nodes.push({
      opType,
      input: inputs,
      output: outputs,
      name: this.fresh(`${opType}_node`),
      attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
    });
    return outputs;
  }

  floatTensor(name: string, data: Float32Array, dims: number[]): string {
    this.initializers.push({
      name,
      dataType: DT.FLOAT,
      dims,
      rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    });
    return name;
  }

  /** An int64 constant, emitted once per distinct value (graph inputs of Reshape/Slice/Unsqueeze). */
  int64s(values: number[]): string {
    const key = `i64:${values.join(',')}`;
    const existing = this.constants.get(key);
    if (existing) return existing;
    const name = this.fresh('const_i64');
    const raw = new BigInt64Array(values.map((v) => BigInt(v)));
    this.nodes.push({
      opType: 'Constant',
      input: [],
      output: [name],
      name: this.fresh('Constant_node'),
      attribute: [
        {
          name: 'value',
          type: onnx.AttributeProto.AttributeType.TENSOR,
          t: { dataType: DT.INT64, dims: [values.length], rawData: new Uint8Array(raw.buffer) },
        },
      ],
    });
    this.constants.set(key, name);
    return name;
  }

  /** A 0-d int64 constant (Range bounds). */
  int64Scalar(value: number): string {
    const key = `i64s:${value}`;
    const existing = this.constants.get(key);
    if (existing) return existing;
    const name = this.fresh('const_i64s');
    const raw = new BigInt64Array([BigInt(value)]);
    this.nodes.push({
      opType: 'Constant',
      input: [],
      output: [name],
      name: this.fresh('Constant_node'),
      attribute: [
        {
          name: 'value',
          type: onnx.AttributeProto.AttributeType.TENSOR,
          t: { dataType: DT.INT64, dims: [], rawData: new Uint8Array(raw.buffer) },
        },
      ],
    });
    this.constants.set(key, name);
    return name;
  }

  /** A float constant with a zero-sized dimension (placeholder outputs). */
  emptyFloat(dims: number[], outputName: string): string {
    this.nodes.push({
      opType: 'Constant',
      input: [],
      output: [outputName],
      name: this.fresh('Constant_node'),
      attribute: [
        {
          name: 'value',
          type: onnx.AttributeProto.AttributeType.TENSOR,
          t: { dataType: DT.FLOAT, dims, rawData: new Uint8Array(0) },
        },
      ],
    });
    return outputName;
  }

  /** A scalar float constant. */
  scalar(value: number): string {
    const key = `f32:${value}`;
    const existing = this.constants.get(key);
    if (existing) return existing;
    const name = this.fresh('const_f32');
    this.nodes.push({
      opType: 'Constant',
      input: [],
      output: [name],
      name: this.fresh('Constant_node'),
      attribute: [{ name: 'value_float', type: onnx.AttributeProto.AttributeType.FLOAT, f: value }],
    });
    this.constants.set(key, name);
    return name;
  }

  graph(
    name: string,
    inputs: onnxProto.onnx.IValueInfoProto[],
    outputs: onnxProto.onnx.IValueInfoProto[],
  ): onnxProto.onnx.IGraphProto {
    return { name, node: this.nodes, initializer: this.initializers, input: inputs, output: outputs };
  }
}

/** Serialises a graph as an ONNX model (opset 17: LayerNormalization is native, If subgraphs allowed). */
export function encodeModel(graph: onnxProto.onnx.IGraphProto): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'scribe-make-test-model',
    opsetImport: [{ domain: '', version: 17 }],
    graph,
  });
  return onnx.ModelProto.encode(model).finish();
}
