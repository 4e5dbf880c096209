import type * as OrtWeb from 'onnxruntime-web';

/**
 * The slice of ONNX Runtime the engine uses. onnxruntime-web and onnxruntime-node both re-export
 * onnxruntime-common, so either module object fits; the engine never imports a runtime itself.
 */
export type OrtModule = Pick<typeof OrtWeb, 'InferenceSession' | 'Tensor'>;
export type OrtSession = OrtWeb.InferenceSession;
export type OrtTensor = OrtWeb.Tensor;
export type SessionOptions = OrtWeb.InferenceSession.SessionOptions;

/** Reads a file of the model folder (fetch in the browser, fs in Node). Rejects when it is missing. */
export type FileReader = (path: string) => Promise<Uint8Array>;

/** Which execution provider actually ran, for logs and the UI. */
export type AsrBackend = 'webgpu' | 'wasm' | 'cpu';
