import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { SuggestInput } from '../../../server/coding/codes.suggest.js';
import { draftOffline, type OfflineResources } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { sharedDir } from '../../../shared/node/shared-dir.js';
import { asrLikeDialogue } from '../notes/asr-like.js';

const labelSchema = z.object({
  encounters: z.array(
    z.object({
      encounterId: z.string(),
      codes: z.array(
        z.object({ code: z.string().regex(/^[A-Z][0-9A-Z.]{2,7}$/), reasoning: z.string().min(10) }),
      ),
    }),
  ),
});

export type AciSplit = 'train' | 'valid';

/**
 * Our coder's labels (dotless) for the ACI-Bench valid encounters (aci-bench-valid-codes.json, reported)
 * or a subset of the train encounters (aci-bench-train-codes.json, the only one tuned on).
 */
export function readAciLabels(split: AciSplit = 'valid'): Map<string, string[]> {
  const file = new URL(`./aci-bench-${split}-codes.json`, import.meta.url);
  const parsed = labelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return new Map(parsed.encounters.map((e) => [e.encounterId, e.codes.map((c) => c.code.replace('.', ''))]));
}

const read = (file: string): Record<string, string>[] =>
  z
    .array(z.record(z.string(), z.string()))
    .parse(parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }));

export interface AciTranscript {
  encounterId: string;
  variant: 'labels removed' | 'ASR' | 'ASR-like';
  /** The transcript as the product receives it: plain lines, no speaker labels. */
  text: string;
}

/** "[doctor] … [patient] …" → one line per turn without the speaker, as a microphone recording gives. */
export const withoutSpeakerLabels = (dialogue: string): string =>
  dialogue
    .split(/\[(?:doctor|patient|patient_guest|guest_family|guest_clinician)[^\]]*\]/i)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .join('\n');

/** ASR variants of each split in the team library (train has no raw aci ASR, only virtscribe's). */
const ASR_VARIANTS: Record<AciSplit, string[]> = {
  valid: ['valid_aci_asr', 'valid_virtscribe_asr'],
  train: ['train_virtscribe_asr'],
};

/**
 * The split's encounters without speaker labels, and the ASR variants where they exist; with `asrLike`
 * (train only) also both ASR-like variants of every dialogue (../notes/asr-like.ts: lower case, no or
 * misplaced punctuation, fillers, merged turns), the speech-recognition condition to tune on.
 */
export function readAciTranscripts(split: AciSplit = 'valid', asrLike = false): AciTranscript[] {
  const root = path.join(sharedDir(), 'data/dialogues/aci-bench');
  const valid = read(path.join(root, `${split}.csv`));
  const meta = read(path.join(root, `${split}_metadata.csv`));
  const encounterOfId = new Map(meta.map((m) => [m.id ?? '', m.encounter_id ?? '']));
  const out: AciTranscript[] = valid.map((r) => ({
    encounterId: r.encounter_id ?? '',
    variant: 'labels removed',
    text: withoutSpeakerLabels(r.dialogue ?? ''),
  }));
  if (asrLike && split === 'train') {
    const rows = valid.map((r) => ({ ...r, encounter_id: r.encounter_id ?? '', dialogue: r.dialogue ?? '' }));
    (['unpunctuated', 'misplaced'] as const).forEach((style, s) => {
      rows.forEach((r, i) => {
        out.push({
          encounterId: r.encounter_id,
          variant: 'ASR-like',
          text: withoutSpeakerLabels(asrLikeDialogue(r.dialogue, 1000 * s + i + 1, style)),
        });
      });
    });
  }
  for (const name of ASR_VARIANTS[split]) {
    for (const r of read(path.join(root, 'asr-variants', `${name}.csv`))) {
      const encounterId = encounterOfId.get(r.id ?? '');
      if (encounterId)
        out.push({ encounterId, variant: 'ASR', text: withoutSpeakerLabels(r.dialogue ?? '') });
    }
  }
  return out;
}

/** What the product codes from a transcript: its segments and the offline drafter's note (outpatient). */
export function draftedVisit(
  text: string,
  resources: OfflineResources = loadOfflineResources(),
): SuggestInput {
  const { segments } = importTranscript(text);
  const draft = draftOffline(segments, getBuiltinTemplate('soap'), resources);
  return { mentions: draft.mentions, segments, content: draft.content, setting: 'outpatient' };
}
