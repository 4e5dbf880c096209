/**
 * Identity check for behaviour-preserving changes to code suggestion: writes every suggestion (code,
 * rank, confidence, evidence, words) for CodiEsp (inpatient, top 20, no confidence floor) and
 * ACI-Bench (every variant, outpatient, top 20, no floor) to a file, to compare byte for byte
 * between two revisions (ACI-Bench through the drafting worker's path: draft and codes in one step);
 * prints CPU per visit. No cache is shared between visits (the product path). The file holds public
 * data derived from ../shared: keep it outside the repository.
 * Usage: tsx test/bench/codes/dump-suggestions.ts OUT.txt [--limit N] [--only aci|codiesp]
 *   [--aci-splits valid,train] [--codiesp-splits dev,train]   (defaults: valid / dev)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { candidateIndexFor } from '../../../server/coding/candidate-index.js';
import { suggestCodes } from '../../../server/coding/codes.suggest.js';
import { importIcd10 } from '../../../server/coding/icd10-import.js';
import { asEncounter, readCodiEsp } from '../../../server/coding/training/codiesp.js';
import { openDatabase } from '../../../server/db/client.js';
import { draftWithCodes } from '../../../server/drafting/coded-draft.js';
import type { CodeSuggestion } from '../../../shared/clinical/codes.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { sharedDataPath } from '../../../shared/node/shared-dir.js';
import { readAciTranscripts } from '../../eval/codes/aci-codes.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string' },
    only: { type: 'string' },
    'aci-splits': { type: 'string' },
    'codiesp-splits': { type: 'string' },
  },
});
const out = positionals[0];
if (!out) throw new Error('Usage: dump-suggestions.ts OUT.txt [--limit N] [--only aci|codiesp]');
const limit = values.limit ? Number(values.limit) : undefined;
const aciSplits = (values['aci-splits'] ?? 'valid')
  .split(',')
  .map((s) => (s === 'train' ? 'train' : 'valid'));
const codiEspSplits = (values['codiesp-splits'] ?? 'dev')
  .split(',')
  .map((s) => (s === 'train' ? 'train' : 'dev'));

const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
await database.migrate();
await importIcd10(database.db, {
  orderPath: sharedDataPath('icd10cm', 'icd10cm-Code_Descriptions-2026.zip'),
});

const lines: string[] = [];
const dump = (id: string, suggestions: readonly CodeSuggestion[]) =>
  suggestions.forEach((s, rank) => {
    lines.push(`${id}\t${rank}\t${JSON.stringify(s)}`);
  });
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const timed = async <T>(cpu: number[], run: () => Promise<T>) => {
  const start = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(start);
  cpu.push((used.user + used.system) / 1000);
  return result;
};
const report = (name: string, cpu: number[]) =>
  console.log(
    `${name}: ${cpu.length} visits, suggestion CPU per visit p50 ${percentile(cpu, 50).toFixed(2)} ms, p95 ${percentile(cpu, 95).toFixed(2)} ms, total ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  );

if (values.only !== 'codiesp') {
  const resources = loadOfflineResources();
  const template = getBuiltinTemplate('soap');
  const index = await candidateIndexFor(database.db);
  for (const split of aciSplits) {
    const cpu: number[] = [];
    for (const t of readAciTranscripts(split).slice(0, limit)) {
      const { segments } = importTranscript(t.text);
      // As the drafting worker does it: the draft and its codes in one step, sharing the draft's memo.
      const { codes } = await timed(cpu, async () =>
        draftWithCodes(
          segments,
          template,
          resources,
          {},
          {
            index,
            setting: 'outpatient',
            suggestOptions: { limit: 20, minConfidence: 0 },
          },
        ),
      );
      dump(`aci ${split} ${t.encounterId} ${t.variant}`, codes);
    }
    report(`ACI-Bench ${split} (all variants), draft and suggestion`, cpu);
  }
}
if (values.only !== 'aci') {
  for (const split of codiEspSplits) {
    const cpu: number[] = [];
    for (const c of readCodiEsp(split).slice(0, limit)) {
      const input = asEncounter(c, 'inpatient');
      const suggestions = await timed(cpu, () =>
        suggestCodes(database.db, input, { limit: 20, minConfidence: 0 }),
      );
      dump(`codiesp ${split} ${c.id}`, suggestions);
    }
    report(`CodiEsp ${split} (inpatient)`, cpu);
  }
}
await database.close();
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} suggestions written to ${out}`);
