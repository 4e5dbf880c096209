/**
 * Output fingerprint of the offline drafter, for speed work that must not change a single byte: drafts
 * every ACI-Bench train and valid dialogue (labelled, labels removed, ASR variants) and MTS-Dialog valid
 * (labelled, unlabelled), hashes each full draft as JSON (sentences, sections, evidence, flags,
 * mentions) and prints one hash per condition and one over all. Only hashes are printed, never text.
 * Usage: npx tsx test/bench/draft/draft-hashes.ts [--write FILE] [--compare FILE]
 * (--write stores every draft's hash; --compare names the drafts whose hash changed.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { draftOffline, extractFacts } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import type { TranscriptSegment } from '../../../shared/clinical/transcript.js';
import { type AciRow, loadAciAsr, loadAciSex, loadAciSplit } from '../../eval/notes/aci-data.js';
import { loadMtsSplit, parseMtsDialogue } from '../../eval/notes/mts-data.js';

const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const unlabelled = (segments: readonly TranscriptSegment[]): TranscriptSegment[] =>
  segments.map((s) => ({ ...s, speaker: 'unknown' as const }));

/** Hash of every draft, keyed by condition and row index. */
const hashes = new Map<string, string>();

function conditionHash(name: string, drafts: Iterable<string>): void {
  const all = createHash('sha256');
  let i = 0;
  for (const json of drafts) {
    const h = sha(json);
    hashes.set(`${name}#${i++}`, h);
    all.update(h);
  }
  console.log(`${name.padEnd(28)} ${String(i).padStart(5)} drafts  ${all.digest('hex').slice(0, 16)}`);
}

function* aciDrafts(rows: readonly AciRow[], split: 'train' | 'valid', removeLabels: boolean) {
  const sexes = loadAciSex(split);
  for (const row of rows) {
    const gold = parseAciDialogue(row.dialogue).segments;
    const sex = sexes.get(row.encounter_id) ?? 'unknown';
    yield JSON.stringify(draftOffline(removeLabels ? unlabelled(gold) : gold, template, resources, { sex }));
  }
}

function* mtsDrafts(removeLabels: boolean) {
  for (const row of loadMtsSplit('valid')) {
    const gold = parseMtsDialogue(row.dialogue);
    const segments = removeLabels ? unlabelled(gold) : gold;
    yield JSON.stringify([draftOffline(segments, template, resources), extractFacts(segments, resources)]);
  }
}

function main(): void {
  const cpu0 = process.cpuUsage();
  for (const split of ['train', 'valid'] as const) {
    const rows = loadAciSplit(split);
    conditionHash(`ACI ${split} labelled`, aciDrafts(rows, split, false));
    conditionHash(`ACI ${split} unlabelled`, aciDrafts(rows, split, true));
    conditionHash(`ACI ${split} ASR unlabelled`, aciDrafts(loadAciAsr(split), split, true));
    conditionHash(`ACI ${split} ASR labelled`, aciDrafts(loadAciAsr(split), split, false));
  }
  conditionHash('MTS valid labelled', mtsDrafts(false));
  conditionHash('MTS valid unlabelled', mtsDrafts(true));
  const total = sha([...hashes.values()].join(''));
  const cpu = process.cpuUsage(cpu0);
  console.log(`all ${hashes.size} drafts: ${total}  (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU)`);
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const write = arg('--write');
  if (write) writeFileSync(write, JSON.stringify(Object.fromEntries(hashes)));
  const compare = arg('--compare');
  if (compare) {
    const before = JSON.parse(readFileSync(compare, 'utf8')) as Record<string, string>;
    const changed = [...hashes].filter(([k, h]) => before[k] !== h).map(([k]) => k);
    console.log(changed.length === 0 ? 'identical to the stored hashes' : `CHANGED: ${changed.join(' ')}`);
    if (changed.length > 0) process.exitCode = 1;
  }
}

main();
