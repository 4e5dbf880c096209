/**
 * Speaker-role inference on the longest ACI-Bench valid transcript with every speaker unknown (what
 * one microphone gives): the model run afresh, and the same transcript read again (the cache the
 * server's GET of segments and the side panel use). Usage: npm run bench:roles
 */
import { performance } from 'node:perf_hooks';
import { computeSegmentRoles, segmentRoles } from '../../../shared/clinical/speaker-role/segment-roles.js';
import { parseAciDialogue } from '../../../shared/clinical/transcript/aci.js';
import { loadAciSplit } from '../../eval/notes/aci-data.js';

const RUNS = 20;

function median(run: () => void): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    wall.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { wall: mid(wall), cpu: mid(cpu) };
}

function main(): void {
  const transcripts = loadAciSplit('valid').map((r) =>
    parseAciDialogue(r.dialogue).segments.map((s) => ({ ...s, speaker: 'unknown' as const })),
  );
  const words = (segs: (typeof transcripts)[number]) =>
    segs.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  const longest = transcripts.reduce((a, b) => (words(b) > words(a) ? b : a));
  for (const t of transcripts) computeSegmentRoles(t); // warm-up
  const fresh = median(() => computeSegmentRoles(longest));
  segmentRoles(longest);
  // A GET builds new segment objects from the rows each time: copy them so only the content matches.
  const cached = median(() => segmentRoles(longest.map((s) => ({ ...s }))));
  const minutes = words(longest) / 150;
  console.log(
    `speaker roles, longest ACI-Bench valid transcript (${longest.length} lines, ${words(longest)} words ≈ ${minutes.toFixed(1)} min), speakers unknown:`,
  );
  console.log(`  inferred afresh: median ${fresh.wall.toFixed(2)} ms wall, ${fresh.cpu.toFixed(2)} ms CPU`);
  console.log(
    `  read again (cached): median ${cached.wall.toFixed(3)} ms wall, ${cached.cpu.toFixed(3)} ms CPU`,
  );
}

main();
