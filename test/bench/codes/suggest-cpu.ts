/**
 * CPU of code suggestion alone (the drafting worker's second half), its caches warmed on other
 * visits: drafts ACI-Bench train visits (speaker labels removed) once, warms on the first `--warm`
 * of them, then measures `suggestCodesIn` on the rest, `--rounds` times with fresh per-visit memos
 * (cross-visit caches stay, as in a server). `--profile FILE` writes a CPU profile of the rounds from
 * `--profile-from` (default 1; 2 on leaves out the first pass over the measured visits: the steady state
 * of a server that codes the same visits again, as the load benches do); open it in Chrome DevTools.
 * Usage: tsx test/bench/codes/suggest-cpu.ts [--warm 30] [--rounds 1] [--profile FILE [--profile-from 2]]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { suggestCodesIn } from '../../../server/coding/codes.suggest.js';
import { withDraftMemo } from '../../../shared/clinical/offline/draft-memo.js';
import { draftOffline } from '../../../shared/clinical/offline/index.js';
import { loadOfflineResources } from '../../../shared/clinical/offline/node-resources.js';
import { getBuiltinTemplate } from '../../../shared/clinical/templates/index.js';
import { importTranscript } from '../../../shared/clinical/transcript/index.js';
import { readAciTranscripts } from '../../eval/codes/aci-codes.js';
import { releaseCandidateIndex } from './release-index.js';

const { values } = parseArgs({
  options: {
    warm: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '1' },
    profile: { type: 'string' },
    'profile-from': { type: 'string', default: '1' },
  },
});
const index = await releaseCandidateIndex();
const resources = loadOfflineResources();
const template = getBuiltinTemplate('soap');
const visits = readAciTranscripts('train')
  .filter((t) => t.variant === 'labels removed')
  .map((t) => {
    const { segments } = importTranscript(t.text);
    const draft = draftOffline(segments, template, resources);
    return { mentions: draft.mentions, segments, content: draft.content, setting: 'outpatient' as const };
  });
const warm = Number(values.warm);
// One memo per visit, as the drafting worker has (draftWithCodes).
const suggest = (v: (typeof visits)[number]) => withDraftMemo(() => suggestCodesIn(index, v));
for (const v of visits.slice(0, warm)) suggest(v);
const measured = visits.slice(warm);
let total = 0;
const session = values.profile ? new Session() : undefined;
for (let r = 0; r < Number(values.rounds); r++) {
  if (session && r + 1 === Number(values['profile-from'])) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const start = process.cpuUsage();
  for (const v of measured) suggest(v);
  const used = process.cpuUsage(start);
  total += (used.user + used.system) / 1000;
  console.log(
    `round ${r + 1}: ${((used.user + used.system) / 1000 / measured.length).toFixed(2)} CPU ms per visit`,
  );
}
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  session.disconnect();
}
console.log(
  `${measured.length} visits; mean ${(total / Number(values.rounds) / measured.length).toFixed(2)} CPU ms per visit`,
);
