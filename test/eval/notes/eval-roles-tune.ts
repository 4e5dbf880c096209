/**
 * Speaker-role accuracy on the TUNE half of our own labelled visits only (the report half is never
 * read here): labels removed, as turns, pause cuts and no turns. With --errors, prints each wrongly
 * attributed tune sentence (our own wording, no PHI) to guide changes to the role model.
 * Usage: npx tsx test/eval/notes/eval-roles-tune.ts [--errors]
 */
import { toSentenceUnits } from '../../../shared/clinical/offline/units.js';
import { withInferredRoles } from '../../../shared/clinical/speaker-role/index.js';
import {
  labelledSegments,
  OWN_TUNE_DIALOGUES,
} from '../../../shared/clinical/speaker-role/test-support/own-labelled-dialogues.js';
import {
  addRoleConfusion,
  formatRoleRow,
  ROLE_TABLE_HEADER,
  withoutLabels,
  withoutTurns,
  withPauseCuts,
  zeroConfusion,
} from './role-accuracy.js';

function main(): void {
  const errors = process.argv.includes('--errors');
  console.log(ROLE_TABLE_HEADER);
  for (const [cut, strip] of [
    ['turns', withoutLabels],
    ['pause cuts', withPauseCuts],
    ['no turns', withoutTurns],
  ] as const) {
    const c = zeroConfusion();
    for (const d of OWN_TUNE_DIALOGUES) {
      const segments = labelledSegments(d);
      addRoleConfusion(c, segments, strip(segments));
      if (!errors || cut !== 'turns') continue;
      const gold = toSentenceUnits(segments);
      const guessed = withInferredRoles(toSentenceUnits(strip(segments)));
      guessed.forEach((u, i) => {
        const g = gold[i]?.speaker;
        if (u.speaker !== g)
          console.log(`  ${d.name}: ${g} -> ${u.speaker} (${u.roleConfidence?.toFixed(2)}) ${u.text}`);
      });
    }
    console.log(formatRoleRow(`Own tune (${cut})`, c));
  }
}

main();
