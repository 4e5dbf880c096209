import { AppError } from '../../errors.js';
import type { FileReader } from '../runtime/ort-types.js';

export type Precision = 'fp32' | 'fp16' | 'q8' | 'q4';

/** File-name suffixes Optimum / transformers.js use for each precision, most common first. */
export const precisionSuffixes: Record<Precision, readonly string[]> = {
  fp32: [''],
  fp16: ['_fp16'],
  q8: ['_quantized', '_int8', '_uint8'],
  q4: ['_q4'],
};

export type DecoderFiles =
  | { layout: 'merged'; merged: Uint8Array }
  | { layout: 'pair'; decoder: Uint8Array; decoderWithPast: Uint8Array };

export interface OnnxFiles {
  encoder: Uint8Array;
  decoder: DecoderFiles;
  precision: Precision;
  names: string[];
}

async function tryRead(read: FileReader, path: string): Promise<Uint8Array | undefined> {
  try {
    return await read(path);
  } catch {
    return undefined;
  }
}

/** Joins model-folder paths without node:path (the core also runs in the browser). */
export const joinPath = (dir: string, file: string) =>
  dir === '' ? file : `${dir.replace(/\/+$/, '')}/${file}`;

/**
 * Finds the encoder and decoder graphs for a precision: `onnx/decoder_model_merged{suffix}.onnx`
 * (Optimum's merged export) or the older `decoder_model` + `decoder_with_past_model` pair.
 */
export async function readOnnxFiles(
  read: FileReader,
  modelDir: string,
  precision: Precision,
): Promise<OnnxFiles> {
  for (const suffix of precisionSuffixes[precision]) {
    const file = (name: string) => joinPath(modelDir, `onnx/${name}${suffix}.onnx`);
    const encoder = await tryRead(read, file('encoder_model'));
    if (!encoder) continue;
    const merged = await tryRead(read, file('decoder_model_merged'));
    if (merged) {
      return {
        encoder,
        decoder: { layout: 'merged', merged },
        precision,
        names: [file('encoder_model'), file('decoder_model_merged')],
      };
    }
    const decoder = await tryRead(read, file('decoder_model'));
    const decoderWithPast = await tryRead(read, file('decoder_with_past_model'));
    if (decoder && decoderWithPast) {
      return {
        encoder,
        decoder: { layout: 'pair', decoder, decoderWithPast },
        precision,
        names: [file('encoder_model'), file('decoder_model'), file('decoder_with_past_model')],
      };
    }
  }
  throw new AppError(
    'model_not_found',
    `No ${precision} Whisper ONNX files in ${modelDir}/onnx (expected encoder_model${precisionSuffixes[precision][0]}.onnx and decoder_model_merged or decoder_model + decoder_with_past_model). Fetch one with: npm run models:fetch -- <id> --precision ${precision}`,
    { details: { modelDir, precision } },
  );
}
