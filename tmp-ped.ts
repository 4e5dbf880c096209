import { toSentenceUnits } from './shared/clinical/offline/units.js';
import { withInferredRoles } from './shared/clinical/speaker-role/index.js';
import { withSyntheticTimes } from './shared/clinical/transcript/timing.js';
import { OWN_DIALOGUES } from './shared/clinical/offline/test-support/own-dialogues.js';
for (const [name, lines] of Object.entries(OWN_DIALOGUES)) {
  const segs = withSyntheticTimes(lines.map((text) => ({ speaker: 'unknown' as const, text })));
  console.log('==', name);
  for (const u of withInferredRoles(toSentenceUnits(segs))) console.log(u.seq, u.speaker, (u.roleConfidence??0).toFixed(2), u.text.slice(0,70));
}
