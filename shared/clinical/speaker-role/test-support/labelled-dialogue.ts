import { withSyntheticTimes } from '../../transcript/timing.js';
import type { TranscriptSegment } from '../../transcript.js';

export type LabelledRole = 'clinician' | 'patient' | 'other';

/** A visit written in our own words, one recorded turn per line, who said it known. */
export interface LabelledDialogue {
  name: string;
  turns: ReadonlyArray<readonly [LabelledRole, string]>;
}

const ROLE_OF_TAG: Record<string, LabelledRole> = { C: 'clinician', P: 'patient', O: 'other' };

/**
 * A dialogue from lines `C: …` (clinician), `P: …` (patient) or `O: …` (a parent, carer or other
 * guest); blank lines are skipped. Throws on a line without a tag, so a typo cannot mislabel a turn.
 */
export function labelledDialogue(name: string, text: string): LabelledDialogue {
  const turns = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): readonly [LabelledRole, string] => {
      const match = /^([CPO]):\s+(.+)$/.exec(line);
      const role = match ? ROLE_OF_TAG[match[1] ?? ''] : undefined;
      if (!match || !role) throw new Error(`${name}: a line without a C:, P: or O: tag`);
      return [role, match[2] ?? ''];
    });
  return { name, turns };
}

/** The dialogue as recorded segments with its speakers (one segment per turn). */
export function labelledSegments(dialogue: LabelledDialogue): TranscriptSegment[] {
  return withSyntheticTimes(dialogue.turns.map(([speaker, text]) => ({ speaker, text })));
}
