import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { sharedDir } from '../../../shared/node/shared-dir.js';

const rowSchema = z.object({
  dataset: z.string(),
  encounter_id: z.string(),
  dialogue: z.string().min(1),
  note: z.string().min(1),
});
export type AciRow = z.infer<typeof rowSchema>;

const asrRowSchema = z
  .object({ dataset: z.string(), id: z.string(), dialogue: z.string().min(1), note: z.string().min(1) })
  .transform(({ id, ...rest }) => ({ ...rest, encounter_id: id }));

function readCsv(file: string): unknown {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
}

/** Read an ACI-Bench split ('train' | 'valid') from the shared data folder. */
export function loadAciSplit(split: 'train' | 'valid'): AciRow[] {
  const file = path.join(sharedDir(), 'data/dialogues/aci-bench', `${split}.csv`);
  return z.array(rowSchema).parse(readCsv(file));
}

/**
 * The speech-recognition variants of a split (raw ASR for valid: aci_asr + virtscribe_asr; for train
 * the ones that exist: asrcorr + virtscribe_asr), each with its reference note.
 */
export function loadAciAsr(split: 'train' | 'valid'): AciRow[] {
  const files =
    split === 'valid'
      ? ['valid_aci_asr.csv', 'valid_virtscribe_asr.csv']
      : ['train_aci_asrcorr.csv', 'train_virtscribe_asr.csv'];
  return files.flatMap((f) =>
    z.array(asrRowSchema).parse(readCsv(path.join(sharedDir(), 'data/dialogues/aci-bench/asr-variants', f))),
  );
}
