import { writeFileSync } from 'node:fs';
/**
 * Prose defects of notes drafted from speech-recognition-like variants of ACI-Bench train dialogues
 * (./asr-like.ts: lowercase, punctuation stripped or moved, numbers as words, fillers, turns merged),
 * speaker labels removed and roles inferred by a model trained without the dialogue (5 folds): how
 * first-person and question handling survive text the drafter was not tuned on. Train only.
 * Usage: npx tsx test/eval/notes/eval-asr-like.ts [--dump FILE]
 */
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import {
  isHeadingSection,
  type ProseDefect,
  proseDefects,
} from '../../../shared/clinical/quality/prose-defects.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSex, loadAciSplit } from './aci-data.js';
import { ASR_LIKE_VARIANTS, asrLike } from './asr-like.js';
import { aciGroup, trainRoleFolds } from './role-folds.js';

const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const rows = loadAciSplit('train');
const sexes = loadAciSex('train');
const folds = trainRoleFolds(5);
const dump: string[] = [];

for (const variant of ASR_LIKE_VARIANTS) {
  let sentences = 0;
  let defective = 0;
  let flagged = 0;
  let dropped = 0;
  const kinds: Partial<Record<ProseDefect, number>> = {};
  dump.push(`## ${variant}`);
  for (const row of rows) {
    const segments = parseAciDialogue(asrLike(row.dialogue, variant)).segments.map((s) => ({
      ...s,
      speaker: 'unknown' as const,
    }));
    const draft = draftOffline(
      segments,
      template,
      { ...resources, roleModel: folds.modelFor(aciGroup(row.note)) },
      { sex: sexes.get(row.encounter_id) ?? 'unknown' },
    );
    dropped += draft.dropped ?? 0;
    for (const section of draft.content.sections)
      for (const s of section.sentences) {
        sentences++;
        if (s.review !== undefined) flagged++;
        const found = proseDefects(s.text, { heading: s.heading === true || isHeadingSection(section.id) });
        if (found.length === 0) continue;
        defective++;
        for (const k of found) kinds[k] = (kinds[k] ?? 0) + 1;
        dump.push(`[${found.join(', ')}${s.review ? '; flagged' : ''}] ${s.text}`);
      }
  }
  const pct = (n: number) => ((100 * n) / Math.max(1, sentences)).toFixed(1);
  console.log(
    `${variant.padEnd(9)} ${sentences} sentences, defect ${pct(defective)} % (${defective}), flagged ${pct(flagged)} %, dropped ${dropped}; ${Object.entries(
      kinds,
    )
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
}
const i = process.argv.indexOf('--dump');
const file = i > 0 ? process.argv[i + 1] : undefined;
if (file) writeFileSync(file, dump.join('\n'));
