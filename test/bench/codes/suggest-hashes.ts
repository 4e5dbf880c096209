/**
 * Output fingerprint of code suggestion, for speed work that must not change a single byte: codes every
 * ACI-Bench train and valid transcript without speaker labels (and the ASR variants, and train's two
 * ASR-like variants) as the drafting worker does (draft and codes in one step, outpatient), and every
 * CodiEsp dev case report (inpatient, as eval:codes); top 20 with no confidence floor (the product's
 * top 10 above 0.05 is a prefix of it). Hashes each input's suggestions as JSON (codes, order,
 * confidences, evidence, words) and prints one hash per condition and one over all (`--each`: one per
 * input). Only hashes are printed, never text. CPU is printed for the suggestion half alone.
 * Usage: npx tsx test/bench/codes/suggest-hashes.ts [--each] [--write FILE] [--compare FILE]
 * (--write stores every input's hash; --compare names the inputs whose hash changed.)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { suggestCodesIn } from '../../../server/coding/codes.suggest.js';
import { asEncounter, readCodiEsp } from '../../../server/coding/training/codiesp.js';
import { withDraftMemo } from '../../../shared/clinical/offline/draft-memo.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { readAciTranscripts } from '../../eval/codes/aci-codes.js';
import { releaseCandidateIndex } from './release-index.js';

const { values } = parseArgs({
  options: {
    each: { type: 'boolean', default: false },
    write: { type: 'string' },
    compare: { type: 'string' },
  },
});
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const options = { limit: 20, minConfidence: 0 };

const index = await releaseCandidateIndex();
const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');

/** Hash of every input's suggestions, keyed by condition and input. */
const hashes = new Map<string, string>();
let suggestUs = 0;

/** Suggestion CPU alone is counted (the draft before it shares the memo, as in draftWithCodes). */
function timedSuggest<T>(run: () => T): T {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  suggestUs += used.user + used.system;
  return result;
}

function condition(name: string, inputs: Iterable<[string, string]>): void {
  const all = createHash('sha256');
  let n = 0;
  for (const [id, json] of inputs) {
    const h = sha(json);
    hashes.set(`${name} ${id}`, h);
    all.update(h);
    n++;
    if (values.each) console.log(`  ${name} ${id}  ${h.slice(0, 16)}`);
  }
  console.log(`${name.padEnd(28)} ${String(n).padStart(5)} inputs  ${all.digest('hex').slice(0, 16)}`);
}

function* aci(split: 'train' | 'valid', variant: string) {
  const transcripts = readAciTranscripts(split, variant === 'ASR-like').filter((t) => t.variant === variant);
  let i = 0;
  for (const t of transcripts) {
    const { segments } = importTranscript(t.text);
    const codes = withDraftMemo(() => {
      const draft = draftOffline(segments, template, resources);
      const input = {
        mentions: draft.mentions,
        segments,
        content: draft.content,
        setting: 'outpatient' as const,
      };
      return timedSuggest(() => suggestCodesIn(index, input, options));
    });
    yield [`#${i++} ${t.encounterId}`, JSON.stringify(codes)] as [string, string];
  }
}

function* codiEsp() {
  for (const c of readCodiEsp('dev')) {
    const input = asEncounter(c, 'inpatient');
    const codes = timedSuggest(() => suggestCodesIn(index, input, options));
    yield [c.id, JSON.stringify(codes)] as [string, string];
  }
}

const cpu0 = process.cpuUsage();
for (const split of ['train', 'valid'] as const) {
  condition(`ACI ${split} labels removed`, aci(split, 'labels removed'));
  condition(`ACI ${split} ASR`, aci(split, 'ASR'));
}
condition('ACI train ASR-like', aci('train', 'ASR-like'));
condition('CodiEsp dev', codiEsp());
const total = sha([...hashes.values()].join(''));
const cpu = process.cpuUsage(cpu0);
console.log(
  `all ${hashes.size} inputs: ${total}  (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU, suggestion ${(suggestUs / 1e6).toFixed(1)} s)`,
);
if (values.write) writeFileSync(values.write, JSON.stringify(Object.fromEntries(hashes)));
if (values.compare) {
  const before = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>;
  const changed = [...hashes].filter(([k, h]) => before[k] !== h).map(([k]) => k);
  console.log(changed.length === 0 ? 'identical to the stored hashes' : `CHANGED: ${changed.join(' | ')}`);
  if (changed.length > 0) process.exitCode = 1;
}
