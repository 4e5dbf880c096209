import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import type { CodingSetting } from '../coding-setting.js';

const caseSchema = z.object({
  id: z.string(),
  split: z.enum(['train', 'dev', 'test']),
  text_en: z.string(),
  codes_icd10_D: z.array(z.string()),
});
export type CodiEspCase = z.infer<typeof caseSchema>;

/** CodiEsp diagnosis-coded case reports (English) of one split, from the team library. */
export function readCodiEsp(split: CodiEspCase['split']): CodiEspCase[] {
  return readFileSync(sharedDataPath('coding', 'codiesp', 'codiesp_en_D_train_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => caseSchema.parse(JSON.parse(l)))
    .filter((c) => c.split === split);
}

/** Gold codes without dots, deduplicated. */
export const goldCodes = (c: CodiEspCase): string[] => [
  ...new Set(c.codes_icd10_D.map((code) => code.toUpperCase().replace('.', ''))),
];

/**
 * A case report as the engine's input: one clinician segment, no drafted note. CodiEsp's reports are
 * hospital cases coded inpatient-style (coding-setting.ts), so training and evaluation use that setting.
 */
export const asEncounter = (c: CodiEspCase, setting: CodingSetting = 'inpatient') => ({
  mentions: [],
  segments: [{ seq: 0, startMs: 0, endMs: 0, speaker: 'clinician' as const, text: c.text_en }],
  content: { sections: [], drafter: 'offline' as const, warnings: [] },
  setting,
});
