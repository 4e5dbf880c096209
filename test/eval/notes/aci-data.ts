import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

const rowSchema = z.object({
  dataset: z.string(),
  encounter_id: z.string(),
  dialogue: z.string().min(1),
  note: z.string().min(1),
});
export type AciRow = z.infer<typeof rowSchema>;

import { sharedDir } from '../../../shared/node/shared-dir.js';

/** Read an ACI-Bench split ('train' | 'valid') from the shared data folder. */
export function loadAciSplit(split: 'train' | 'valid'): AciRow[] {
  const file = path.join(sharedDir(), 'data/dialogues/aci-bench', `${split}.csv`);
  const records: unknown = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  return z.array(rowSchema).parse(records);
}
