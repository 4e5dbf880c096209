/**
 * Regular-expression runs per offline draft on ACI-Bench valid (labelled and speakers unknown): each
 * call of test, exec, match, matchAll, replace, search or split with a regex counts once (the engine's
 * own calls inside one of them do not). A cost proxy that does not move with the machine's load, for
 * speed work on the drafter. The counting itself slows regexes down: never judge CPU time here.
 * Usage: npx tsx test/bench/draft/regex-runs.ts
 */
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSplit } from '../../eval/notes/aci-data.js';

let runs = 0;
let depth = 0;
type Method = (this: RegExp, ...args: unknown[]) => unknown;
const proto = RegExp.prototype as unknown as Record<string | symbol, Method>;
for (const key of [
  'exec',
  'test',
  Symbol.match,
  Symbol.matchAll,
  Symbol.replace,
  Symbol.search,
  Symbol.split,
] as const) {
  const original = proto[key];
  if (!original) continue;
  proto[key] = function counted(this: RegExp, ...args: unknown[]) {
    if (depth === 0) runs++;
    depth++;
    try {
      return original.apply(this, args);
    } finally {
      depth--;
    }
  };
}

const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const transcripts = loadAciSplit('valid').map((r) => parseAciDialogue(r.dialogue).segments);
// Lazily built rules and one-off loading are not a draft's cost.
for (const segs of transcripts) draftOffline(segs, template, resources);

for (const [label, unknown] of [
  ['labelled', false],
  ['speakers unknown', true],
] as const) {
  runs = 0;
  for (const segs of transcripts) {
    draftOffline(
      unknown ? segs.map((s) => ({ ...s, speaker: 'unknown' as const })) : segs,
      template,
      resources,
    );
  }
  console.log(
    `ACI valid ${label}: ${Math.round(runs / transcripts.length)} regex runs per draft (${transcripts.length} drafts)`,
  );
}
