import { precisionSuffixes } from '../../../shared/asr/decoder/model-files.js';
import type { Precision } from '../../../shared/asr/index.js';

/** The command that puts a model on the Scribe server (run where the server runs). */
export const modelFetchCommand = (modelId: string, precision: Precision = 'fp32') =>
  `npm run models:fetch -- ${modelId}${precision === 'fp32' ? '' : ` --precision ${precision}`}`;

/**
 * Whether the Scribe server has the model's files for `precision` (its config and an encoder graph
 * under any of the precision's names); a catalog entry alone does not mean the files were fetched.
 */
export async function modelOnServer(
  serverUrl: string,
  modelId: string,
  precision: Precision = 'fp32',
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  const base = `${serverUrl.replace(/\/+$/, '')}/models/${modelId}`;
  const exists = (url: string) =>
    fetchImpl(url, { method: 'HEAD' }).then(
      (r) => r.ok,
      () => false,
    );
  if (!(await exists(`${base}/config.json`))) return false;
  for (const suffix of precisionSuffixes[precision]) {
    if (await exists(`${base}/onnx/encoder_model${suffix}.onnx`)) return true;
  }
  return false;
}
