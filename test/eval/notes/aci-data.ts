import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { RecordedSex } from '../../../shared/clinical/offline/index.js';
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
  return files.flatMap(loadAciVariant);
}

/** One file of `aci-bench/asr-variants/` (e.g. 'valid_virtscribe_humantrans.csv'). */
export function loadAciVariant(file: string): AciRow[] {
  return z
    .array(asrRowSchema)
    .parse(readCsv(path.join(sharedDir(), 'data/dialogues/aci-bench/asr-variants', file)));
}

/** The patient's recorded sex per encounter id (what the product would have on the encounter). */
export function loadAciSex(split: 'train' | 'valid'): Map<string, RecordedSex> {
  const dir = path.join(sharedDir(), 'data/dialogues/aci-bench');
  const files =
    split === 'valid'
      ? [
          'valid_metadata.csv',
          'asr-variants/valid_aci_asr_metadata.csv',
          'asr-variants/valid_virtscribe_asr_metadata.csv',
        ]
      : [
          'train_metadata.csv',
          'asr-variants/train_aci_asrcorr_metadata.csv',
          'asr-variants/train_virtscribe_asr_metadata.csv',
        ];
  const sexes = new Map<string, RecordedSex>();
  for (const f of files) {
    const rows = z.array(z.record(z.string(), z.string())).parse(readCsv(path.join(dir, f)));
    for (const r of rows) {
      const id = r.encounter_id ?? r.id ?? '';
      const g = (r.patient_gender ?? '').trim().toLowerCase();
      sexes.set(id, g === 'female' || g === 'male' ? g : 'unknown');
    }
  }
  return sexes;
}
