import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { withSyntheticTimes } from '../../../shared/clinical/transcript/timing.js';
import type { Speaker, TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { sharedDir } from '../../../shared/node/shared-dir.js';

const rowSchema = z.object({
  ID: z.string(),
  section_header: z.string().min(1),
  section_text: z.string(),
  dialogue: z.string().min(1),
});
export type MtsRow = z.infer<typeof rowSchema>;

const MTS_DIR = 'data/dialogues/mts-dialog';
const FILES = {
  train: ['MTS-Dialog-TrainingSet.csv'],
  augmented: [
    'augmented/MTS-Dialog-Augmented-TrainingSet-1-En-FR-EN-2402-Pairs.csv',
    'augmented/MTS-Dialog-Augmented-TrainingSet-2-EN-ES-EN-2402-Pairs.csv',
  ],
  valid: ['MTS-Dialog-ValidationSet.csv'],
} as const;

/** MTS-Dialog rows: 'train' (1,201), 'augmented' (back-translated train; training only) or 'valid' (100). */
export function loadMtsSplit(split: keyof typeof FILES): MtsRow[] {
  return FILES[split].flatMap((f) =>
    z.array(rowSchema).parse(
      parse(readFileSync(path.join(sharedDir(), MTS_DIR, f), 'utf8'), {
        columns: true,
        skip_empty_lines: true,
      }),
    ),
  );
}

// A second doctor or family member is numbered ("Doctor_2:", "Guest_family_1:").
const TAG = /(?:^|\s)(Doctor|Patient|Guest_family|Guest_clinician)(?:_\d+)?\s*:\s*/gi;

function role(tag: string): Speaker {
  const t = tag.toLowerCase();
  if (t === 'doctor' || t === 'guest_clinician') return 'clinician';
  if (t === 'patient') return 'patient';
  return 'other';
}

/** "Doctor: … Patient: …" dialogue as labelled segments. */
export function parseMtsDialogue(dialogue: string): TranscriptSegment[] {
  const matches = [...dialogue.matchAll(TAG)];
  const turns: Array<{ speaker: Speaker; text: string }> = [];
  matches.forEach((m, i) => {
    const body = dialogue
      .slice(m.index + m[0].length, matches[i + 1]?.index ?? dialogue.length)
      .replace(/\s+/g, ' ')
      .trim();
    if (body) turns.push({ speaker: role(m[1] ?? ''), text: body });
  });
  return withSyntheticTimes(turns);
}
